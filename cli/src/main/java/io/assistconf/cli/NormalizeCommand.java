package io.assistconf.cli;

import io.assistconf.Result;
import io.assistconf.lint.PrettyJson;
import java.io.PrintStream;
import picocli.CommandLine.Command;

/** {@code assistconf normalize}: the canonical payload on stdout, the violations on stderr. */
@Command(name = "normalize", description = "Print the canonical payload of one file, or a query string, as JSON;"
        + " violations go to stderr and an invalid payload prints nothing.")
final class NormalizeCommand extends OneInputCommand {

    private final PrintStream out;

    NormalizeCommand(PrintStream out, PrintStream err) {
        super(err);
        this.out = out;
    }

    @Override
    String name() {
        return "normalize";
    }

    @Override
    void printValid(CheckedInput checked) {
        checked.result().flatMap(Result::canonical).ifPresent(canonical -> out.println(PrettyJson.of(canonical)));
    }
}
