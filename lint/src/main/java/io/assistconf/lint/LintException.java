package io.assistconf.lint;

/**
 * A run that cannot start as asked: a bad option, a config file that cannot be used (its message says
 * where: {@code FILE:LINE:COLUMN: KEY.PATH: }), a report that cannot be opened. The message is meant for the
 * user as it stands; it never quotes a payload.
 */
public final class LintException extends Exception {

    private static final long serialVersionUID = 1L;

    LintException(String message) {
        super(message, null, false, false);
    }
}
