package io.assistconf.cli;

import io.assistconf.ShownText;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * A command that checks one file or a query string, reports its violations on stderr, and prints on stdout
 * what a valid input gives (an invalid one prints nothing).
 */
abstract class OneInputCommand implements Callable<Integer> {

    @Mixin
    private CheckOptions options;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "a JSON or YAML file")
    private String file;

    private final PrintStream err;

    OneInputCommand(PrintStream err) {
        this.err = err;
    }

    /** The command's name, as the message refusing a directory says it. */
    abstract String name();

    /** Prints what the valid input gives. */
    abstract void printValid(CheckedInput checked);

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
                err.println("assistconf: " + ShownText.fileName(path.toString()) + " is a directory; " + name()
                        + " takes one file");
                return ExitStatus.TROUBLE.code();
            }
            checked = checker.file(path);
        }
        new TextReporter(err).violations(checked);
        if (checked.valid()) {
            printValid(checked);
        }
        return ExitStatus.of(List.of(checked)).code();
    }
}
