package io.assistconf.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code assistconf validate}: checks every input, each document of a YAML stream apart, and reports them all. */
@Command(name = "validate", description = "Check files, or a query string, and report every violation.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    private CheckOptions options;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = Ids.FormatConverter.class,
            completionCandidates = Ids.Formats.class,
            description = "the report: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    private OutputFormat format;

    @Parameters(paramLabel = "FILE",
            description = "a JSON or YAML file; a directory stands for every JSON and YAML file under it"
                    + " (*.json, *.yaml, *.yml)")
    private List<String> files = new ArrayList<>();

    private final Function<OutputFormat, Reporter> reporters;

    /** @param reporters the reporter of each format */
    ValidateCommand(Function<OutputFormat, Reporter> reporters) {
        this.reporters = reporters;
    }

    @Override
    public Integer call() {
        options.requireInputs(files);
        Checker checker = options.checker();
        List<CheckedInput> checked = new ArrayList<>();
        if (options.query() != null) {
            checked.add(checker.query(options.query()));
        } else {
            for (InputFiles.Entry entry : InputFiles.expand(files)) {
                if (entry.problem() == null) {
                    checked.addAll(checker.documents(entry.path()));
                } else {
                    checked.add(CheckedInput.unlisted(entry.path().toString(), entry.problem()));
                }
            }
        }
        reporters.apply(format).report(checked);
        return ExitStatus.of(checked).code();
    }
}
