package io.assistconf.cli;

import io.assistconf.lint.ViolationText;
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
        checked.violations().forEach(violation -> out.println(ViolationText.line(checked.name(), violation)));
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
