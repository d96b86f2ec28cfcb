package io.assistconf.cli;

import io.assistconf.ShownText;
import io.assistconf.Violation;
import java.io.PrintStream;
import java.util.List;

/**
 * The human-readable report: one line per violation, in the {@code FILE:LINE:COLUMN: } style that
 * editors and CI annotations understand, and one summary line.
 */
public final class TextReporter implements Reporter {

    private final PrintStream out;

    TextReporter(PrintStream out) {
        this.out = out;
    }

    @Override
    public void report(List<CheckedInput> checked) {
        checked.forEach(this::violations);
        out.println(summary(checked));
    }

    /** Prints one line per violation of one input; nothing when there are none. */
    void violations(CheckedInput checked) {
        checked.violations().forEach(violation -> out.println(line(checked.name(), violation)));
    }

    /**
     * {@code FILE:LINE:COLUMN: SEVERITY CODE: MESSAGE (at POINTER)}; without {@code LINE:COLUMN:} when the
     * place in the text is unknown and without {@code (at POINTER)} when the violation is about the whole
     * document. File name and pointer are {@link ShownText}; the library writes messages so.
     */
    public static String line(String name, Violation violation) {
        StringBuilder line = new StringBuilder(ShownText.fileName(name)).append(':');
        if (violation.hasLocation()) {
            line.append(violation.line()).append(':').append(violation.column()).append(':');
        }
        line.append(' ').append(violation.severity().label()).append(' ').append(violation.code())
                .append(": ").append(violation.message());
        if (!violation.pointer().isEmpty()) {
            line.append(" (at ").append(ShownText.pointer(violation.pointer())).append(')');
        }
        return line.toString();
    }

    /**
     * For example {@code 3 files checked: 2 valid, 1 invalid (4 errors, 1 warning)}; documents are counted,
     * and named so when a file holds several.
     */
    static String summary(List<CheckedInput> checked) {
        String noun = checked.stream().allMatch(CheckedInput::query) ? "query"
                : checked.stream().anyMatch(one -> one.document() > 0) ? "document" : "file";
        long valid = checked.stream().filter(CheckedInput::valid).count();
        long errors = checked.stream().mapToLong(CheckedInput::errors).sum();
        long warnings = checked.stream().mapToLong(CheckedInput::warnings).sum();
        return count(checked.size(), noun) + " checked: " + valid + " valid, " + (checked.size() - valid)
                + " invalid (" + count(errors, "error") + ", " + count(warnings, "warning") + ")";
    }

    private static String count(long n, String noun) {
        String plural = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
        return n + " " + (n == 1 ? noun : plural);
    }
}
