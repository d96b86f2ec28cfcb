package io.assistconf.cli;

import io.assistconf.Result;
import java.io.PrintStream;
import picocli.CommandLine.Command;

/**
 * {@code assistconf explain}: the canonical payload of one file, as {@code normalize} prints it, with each
 * value the normalizer defaulted, renamed, merged or coerced marked by a trailing comment, and secrets not
 * shown ({@link AnnotatedJson}); violations go to stderr, and an invalid payload prints nothing, as in
 * {@code normalize}.
 */
@Command(name = "explain", description = "Print the canonical payload of one file, or a query string, with each"
        + " defaulted, renamed, merged or coerced value marked by a // comment: what the service will get."
        + " Secrets are not shown; violations go to stderr and an invalid payload prints nothing.")
final class ExplainCommand extends OneInputCommand {

    private final PrintStream out;

    ExplainCommand(PrintStream out, PrintStream err) {
        super(err);
        this.out = out;
    }

    @Override
    String name() {
        return "explain";
    }

    @Override
    void printValid(CheckedInput checked) {
        Result result = checked.result().orElseThrow();
        AnnotatedJson.lines(result.canonical().orElseThrow(), result.changes(),
                new SecretFields(result.variant().orElseThrow())).forEach(out::println);
    }
}
