package io.assistconf.cli;

import io.assistconf.Result;
import io.assistconf.ShownText;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code assistconf explain}: the canonical payload of one file, as {@code normalize} prints it, with each
 * value the normalizer defaulted, renamed, merged or coerced marked by a trailing comment, and secrets not
 * shown ({@link AnnotatedJson}); violations go to stderr, and an invalid payload prints nothing, as in
 * {@code normalize}.
 */
@Command(name = "explain", description = "Print the canonical payload of one file, or a query string, with each"
        + " defaulted, renamed, merged or coerced value marked by a // comment: what the service will get."
        + " Secrets are not shown; violations go to stderr and an invalid payload prints nothing.")
final class ExplainCommand implements Callable<Integer> {

    @Mixin
    private CheckOptions options;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "a JSON or YAML file")
    private String file;

    private final PrintStream out;
    private final PrintStream err;

    ExplainCommand(PrintStream out, PrintStream err) {
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
                        + " is a directory; explain takes one file");
                return ExitStatus.TROUBLE.code();
            }
            checked = checker.file(path);
        }
        new TextReporter(err).violations(checked);
        if (checked.valid()) {
            Result result = checked.result().orElseThrow();
            AnnotatedJson.lines(result.canonical().orElseThrow(), result.changes(),
                    new SecretFields(result.variant().orElseThrow())).forEach(out::println);
        }
        return ExitStatus.of(List.of(checked)).code();
    }
}
