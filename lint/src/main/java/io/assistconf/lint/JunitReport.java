package io.assistconf.lint;

import io.assistconf.Severity;
import io.assistconf.Violation;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * The JUnit XML report, as Surefire, Jenkins and GitLab read it, written when the run is done: one
 * {@code testsuite} holding one {@code testcase} per document checked (its class name
 * {@code assistconf.VARIANT.KIND}, as far as they were decided), with a {@code failure} listing its errors
 * as the text report's lines, its warnings in {@code system-out}, {@code skipped} for a file that is no
 * assistant config and {@code error} for one that could not be read. Text is escaped, and the characters
 * XML 1.0 cannot carry are dropped.
 */
final class JunitReport implements ReportFormat {

    static final String SUITE = "assistconf lint";

    private final PrintStream out;

    JunitReport(PrintStream out) {
        this.out = out;
    }

    @Override
    public void finish(LintRun run) {
        LintRun.Summary summary = run.summary();
        long failures = run.files().stream().flatMap(file -> file.documents().stream())
                .filter(document -> document.status() == CheckedDocument.Status.CHECKED && document.errors() > 0)
                .count();
        String counts = " tests=\"" + (summary.checked() + summary.skipped() + summary.notChecked())
                + "\" failures=\"" + failures + "\" errors=\"" + summary.notChecked() + "\" skipped=\""
                + summary.skipped() + "\" time=\""
                + String.format(Locale.ROOT, "%.3f", summary.elapsed().toMillis() / 1000.0) + "\"";
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuites name=\"").append(SUITE).append('"').append(counts).append(">\n");
        xml.append("  <testsuite name=\"").append(SUITE).append('"').append(counts).append(">\n");
        for (LintedFile file : run.files()) {
            for (CheckedDocument document : file.documents()) {
                testcase(xml, file.name(), document);
            }
        }
        xml.append("  </testsuite>\n</testsuites>");
        out.println(xml);
        out.flush();
    }

    private static void testcase(StringBuilder xml, String name, CheckedDocument document) {
        Decision decision = document.decision();
        String className = "assistconf" + (decision.variant() == null ? "" : "." + decision.variant().id())
                + (decision.kind() == null ? "" : "." + decision.kind().id());
        xml.append("    <testcase name=\"").append(attribute(name)).append("\" classname=\"").append(className)
                .append("\">\n");
        List<Violation> errors = document.all().stream().filter(v -> v.severity() == Severity.ERROR).toList();
        List<Violation> warnings = document.all().stream().filter(v -> v.severity() == Severity.WARNING).toList();
        switch (document.status()) {
            case SKIPPED -> xml.append("      <skipped message=\"").append(attribute(CheckedDocument.SKIPPED_REASON))
                    .append("\"/>\n");
            case NOT_CHECKED -> element(xml, "error", "not checked", errors, name);
            case CHECKED -> {
                if (!errors.isEmpty()) {
                    element(xml, "failure", errors.size() + (errors.size() == 1 ? " error" : " errors"), errors, name);
                }
            }
        }
        if (!warnings.isEmpty()) {
            xml.append("      <system-out>").append(text(lines(name, warnings))).append("</system-out>\n");
        }
        xml.append("    </testcase>\n");
    }

    /** {@code <failure message="2 errors" type="FIRST_CODE">LINES</failure>}. */
    private static void element(StringBuilder xml, String element, String message, List<Violation> violations,
            String name) {
        xml.append("      <").append(element).append(" message=\"").append(attribute(message)).append("\" type=\"")
                .append(violations.isEmpty() ? "" : attribute(violations.get(0).code())).append("\">")
                .append(text(lines(name, violations))).append("</").append(element).append(">\n");
    }

    private static String lines(String name, List<Violation> violations) {
        StringBuilder lines = new StringBuilder();
        violations.forEach(violation -> lines.append(ViolationText.line(name, violation)).append('\n'));
        return lines.toString();
    }

    /** Character data: markup escaped, CR kept as a reference, what XML 1.0 cannot carry dropped. */
    static String text(String text) {
        return escaped(text, false);
    }

    /** An attribute value in double quotes: as {@link #text}, and quotes, tabs and line ends as references. */
    static String attribute(String text) {
        return escaped(text, true);
    }

    private static String escaped(String text, boolean attribute) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '\r' -> escaped.append("&#13;");
                case '"' -> escaped.append(attribute ? "&quot;" : "\"");
                case '\n' -> escaped.append(attribute ? "&#10;" : "\n");
                case '\t' -> escaped.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (isXmlChar(c)) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    /** XML 1.0's {@code Char} production; an unpaired surrogate is none either. */
    private static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
