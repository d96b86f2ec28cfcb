package io.assistconf.lint;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The report formats of {@code lint}, by their ids ({@code --format} on the command line). */
public enum LintFormat {

    /** Lines for people, file by file as they are checked, and a summary line (the default). */
    TEXT("text", TextReport::new),
    /** One JSON document when the run is done. */
    JSON("json", JsonReport::new),
    /** One SARIF 2.1.0 log, as code-scanning services read it. */
    SARIF("sarif", SarifReport::new),
    /** One JUnit XML document, a test case per file, as CI servers read it. */
    JUNIT("junit", JunitReport::new),
    /** A GitHub Actions workflow command per violation, which the runner shows as an annotation. */
    GITHUB("github", GithubReport::new);

    private final String id;
    private final Function<PrintStream, ReportFormat> writer;

    LintFormat(String id, Function<PrintStream, ReportFormat> writer) {
        this.id = id;
        this.writer = writer;
    }

    /** {@return the identifier {@code --format} takes, e.g. {@code sarif}} */
    public String id() {
        return id;
    }

    /**
     * {@return the format of an id; empty for an unknown one}
     *
     * @param id a format's identifier, e.g. {@code sarif}
     */
    public static Optional<LintFormat> of(String id) {
        return Arrays.stream(values()).filter(format -> format.id.equals(id)).findFirst();
    }

    /** {@return every id, in the order of the constants} */
    public static List<String> ids() {
        return Arrays.stream(values()).map(LintFormat::id).toList();
    }

    /** The format writing to {@code out}. */
    ReportFormat writingTo(PrintStream out) {
        return writer.apply(out);
    }
}
