package io.assistconf.internal.normalize;

import io.assistconf.Severity;

/**
 * Violations a stage found past the violation limit and did not write: how many (at least), and whether
 * one of them is an error.
 */
public record Unlisted(long count, boolean error) {

    public static final Unlisted NONE = new Unlisted(0, false);

    /** These and {@code more} more, of which some are errors when {@code errors}. */
    public Unlisted plus(long more, boolean errors) {
        return more == 0 ? this : new Unlisted(count + more, error || errors);
    }

    /** These and one more of the given severity. */
    public Unlisted plus(Severity severity) {
        return plus(1, severity == Severity.ERROR);
    }
}
