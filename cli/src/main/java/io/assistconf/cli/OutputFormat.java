package io.assistconf.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** The report formats of {@code validate}. */
enum OutputFormat {

    TEXT("text", TextReporter::new),
    JSON("json", JsonReporter::new);

    private final String id;
    private final Function<PrintStream, Reporter> reporter;

    OutputFormat(String id, Function<PrintStream, Reporter> reporter) {
        this.id = id;
        this.reporter = reporter;
    }

    /** The name on the command line. */
    String id() {
        return id;
    }

    Reporter reporter(PrintStream out) {
        return reporter.apply(out);
    }

    static Optional<OutputFormat> byId(String id) {
        return Arrays.stream(values()).filter(format -> format.id.equals(id)).findFirst();
    }
}
