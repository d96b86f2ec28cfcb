package io.assistconf.lint;

import io.assistconf.Severity;
import io.assistconf.ShownText;
import io.assistconf.Violation;
import java.io.PrintStream;

/**
 * The GitHub Actions report: one workflow command per violation, {@code ::error
 * file=F,line=L,col=C,title=CODE::MESSAGE (at POINTER)} ({@code ::warning} for a warning), which the runner
 * turns into an annotation on the file; written per file as it comes, those across files and the summary
 * line at the end. Every value is escaped as the workflow-command syntax requires, so that no file name,
 * key or message can end the command or start one of its own.
 */
final class GithubReport implements ReportFormat {

    private final PrintStream out;

    GithubReport(PrintStream out) {
        this.out = out;
    }

    @Override
    public void file(LintedFile file) {
        file.documents().forEach(document -> document.violations().forEach(v -> out.println(command(file.name(), v))));
        out.flush();
    }

    @Override
    public void finish(LintRun run) {
        run.files().forEach(file -> file.documents().forEach(
                document -> document.acrossFiles().forEach(v -> out.println(command(file.name(), v)))));
        out.println(TextReport.summary(run.summary()));
        out.flush();
    }

    static String command(String file, Violation violation) {
        StringBuilder command = new StringBuilder("::")
                .append(violation.severity() == Severity.ERROR ? "error" : "warning")
                .append(" file=").append(property(file));
        if (violation.hasLocation()) {
            command.append(",line=").append(violation.line()).append(",col=").append(violation.column());
        }
        command.append(",title=").append(property(violation.code())).append("::")
                .append(data(violation.message()));
        if (!violation.pointer().isEmpty()) {
            command.append(data(" (at " + ShownText.pointer(violation.pointer()) + ")"));
        }
        return command.toString();
    }

    /** The message of a command: {@code %}, CR and LF escaped. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value: as {@link #data}, and {@code :} and {@code ,}, which end it, escaped too. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
