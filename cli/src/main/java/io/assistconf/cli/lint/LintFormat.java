package io.assistconf.cli.lint;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The report formats of {@code lint}, by their command-line ids. */
enum LintFormat {

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

    String id() {
        return id;
    }

    /** The format writing to {@code out}. */
    ReportFormat writingTo(PrintStream out) {
        return writer.apply(out);
    }

    /** picocli's converter of {@code --format}. */
    static final class Converter implements ITypeConverter<LintFormat> {
        @Override
        public LintFormat convert(String id) {
            return Arrays.stream(values()).filter(format -> format.id.equals(id)).findFirst()
                    .orElseThrow(() -> new TypeConversionException("unknown format '" + id + "'; use one of "
                            + String.join(", ", new Ids())));
        }
    }

    /** The ids, for the help's {@code ${COMPLETION-CANDIDATES}}. */
    static final class Ids extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Ids() {
            super(Arrays.stream(values()).map(LintFormat::id).toList());
        }
    }
}
