package io.assistconf.lint;

import java.util.Objects;

/**
 * One report a run writes.
 *
 * @param format the format
 * @param file   the file written, relative to the working folder or absolute; null for the standard output
 */
public record LintReport(LintFormat format, String file) {

    /**
     * Refuses a null format.
     *
     * @param format the format
     * @param file   the file written, or null for the standard output
     * @throws NullPointerException when {@code format} is null
     */
    public LintReport {
        Objects.requireNonNull(format, "format");
    }
}
