package io.assistconf.cli;

import io.assistconf.Result;
import io.assistconf.ShownText;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/** {@code assistconf normalize}: the canonical payload on stdout, the violations on stderr. */
@Command(name = "normalize", description = "Print the canonical payload of one file, or a query string, as JSON;"
        + " violations go to stderr and an invalid payload prints nothing.")
final class NormalizeCommand implements Callable<Integer> {

    @Mixin
    private CheckOptions options;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "a JSON or YAML file")
    private String file;

    private final PrintStream out;
    private final PrintStream err;

    NormalizeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        options.requireInputs(file == null ? List.of() : List.of(file));
        Checker checker = options.checker();
        CheckedInput checked;
        if (options.query() != null) {
            checked = checker.query(options.query());
        } else {
            Path path = Path.of(file);
            if (Files.isDirectory(path)) {
                err.println("assistconf: " + ShownText.fileName(path.toString())
                        + " is a directory; normalize takes one file");
                return ExitStatus.TROUBLE.code();
            }
            checked = checker.file(path);
        }
        new TextReporter(err).violations(checked);
        Optional<JsonNode> canonical = checked.result().flatMap(Result::canonical);
        if (checked.valid() && canonical.isPresent()) {
            out.println(PrettyJson.of(canonical.get()));
        }
        return ExitStatus.of(List.of(checked)).code();
    }
}
