package io.assistconf.lint;

import io.assistconf.Severity;
import io.assistconf.ShownText;
import io.assistconf.Violation;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * The text report: per file, as soon as it and every file before it are checked, per document a line saying
 * what it was checked as and how that was decided ({@code agents.yaml (document 2): ...} in a file of several), then one {@code FILE:LINE:COLUMN: SEVERITY CODE: MESSAGE (at
 * POINTER)} line per violation (the lines of {@code validate}); at the end, the violations of the rules
 * across files the same way, and a summary line. File names, pointers and globs are escaped and shortened
 * ({@link ShownText}), so that no name can start a line of its own.
 */
final class TextReport implements ReportFormat {

    private final PrintStream out;

    TextReport(PrintStream out) {
        this.out = out;
    }

    @Override
    public void file(LintedFile file) {
        for (int d = 0; d < file.documents().size(); d++) {
            CheckedDocument document = file.documents().get(d);
            out.println(ShownText.fileName(file.name(d)) + ": " + header(document));
            document.violations().forEach(violation -> out.println(ViolationText.line(file.name(), violation)));
        }
        out.flush();
    }

    @Override
    public void finish(LintRun run) {
        boolean heading = false;
        for (LintedFile file : run.files()) {
            for (CheckedDocument document : file.documents()) {
                for (Violation violation : document.acrossFiles()) {
                    if (!heading) {
                        out.println("Across files:");
                        heading = true;
                    }
                    out.println(ViolationText.line(file.name(), violation));
                }
            }
        }
        out.println(summary(run.summary()));
        out.flush();
    }

    /** {@code freddy create (config glob 'bodies/**'): 2 errors, 1 warning}; {@code skipped: ...}. */
    private static String header(CheckedDocument document) {
        Decision decision = document.decision();
        return switch (document.status()) {
            case SKIPPED -> "skipped: " + CheckedDocument.SKIPPED_REASON;
            case NOT_CHECKED -> "not checked: " + counts(document.violations());
            case CHECKED -> (decision.variant() == null ? "no variant detected"
                    : decision.variant().id() + " " + decision.kind().id() + " " + decision.label())
                    + ": " + counts(document.violations());
        };
    }

    /**
     * For example {@code 12 files in 0.42 s: 10 checked, 2 skipped; 3 errors, 1 warning}, with the files
     * not checked and a passed {@code --max-warnings} said when there are.
     */
    static String summary(LintRun.Summary summary) {
        StringBuilder line = new StringBuilder(count(summary.files(), "file"))
                .append(String.format(Locale.ROOT, " in %.2f s: ", summary.elapsed().toMillis() / 1000.0))
                .append(summary.checked()).append(" checked, ").append(summary.skipped()).append(" skipped");
        if (summary.notChecked() > 0) {
            line.append(", ").append(summary.notChecked()).append(" not checked");
        }
        line.append("; ").append(count(summary.errors(), "error")).append(", ")
                .append(count(summary.warnings(), "warning"));
        if (summary.tooManyWarnings()) {
            line.append(" (more than --max-warnings ").append(summary.maxWarnings()).append(')');
        }
        return line.toString();
    }

    private static String counts(List<Violation> violations) {
        long errors = violations.stream().filter(v -> v.severity() == Severity.ERROR).count();
        long warnings = violations.size() - errors;
        if (errors == 0 && warnings == 0) {
            return "valid";
        }
        return errors == 0 ? "valid, " + count(warnings, "warning")
                : count(errors, "error") + (warnings == 0 ? "" : ", " + count(warnings, "warning"));
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
