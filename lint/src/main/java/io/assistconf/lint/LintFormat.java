package io.assistconf.lint;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The report formats of {@code lint}, by their ids ({@code --format} on the command line). */
public enum LintFormat {

    TEXT("text", TextReport::new),
    JSON("json", JsonReport::new),
    SARIF("sarif", SarifReport::new),
    JUNIT("junit", JunitReport::new),
    GITHUB("github", GithubReport::new);

    private final String id;
    private final Function<PrintStream, ReportFormat> writer;

    LintFormat(String id, Function<PrintStream, ReportFormat> writer) {
        this.id = id;
        this.writer = writer;
    }

    public String id() {
        return id;
    }

    /** The format of an id; empty for an unknown one. */
    public static Optional<LintFormat> of(String id) {
        return Arrays.stream(values()).filter(format -> format.id.equals(id)).findFirst();
    }

    /** Every id, in the order of the constants. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(LintFormat::id).toList();
    }

    /** The format writing to {@code out}. */
    ReportFormat writingTo(PrintStream out) {
        return writer.apply(out);
    }
}
