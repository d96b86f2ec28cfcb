package io.assistconf.lint;

/** The verdict of a run, and the exit status the command line gives it. */
public enum LintStatus {

    /** No errors, and no more warnings than allowed. */
    PASSED(0),
    /** Errors, or more warnings than allowed. */
    FAILED(1),
    /** A file could not be read or checked, or a report could not be written: no verdict. */
    TROUBLE(2);

    private final int exitCode;

    LintStatus(int exitCode) {
        this.exitCode = exitCode;
    }

    /** {@return the exit status of {@code assistconf lint}: 0, 1 or 2} */
    public int exitCode() {
        return exitCode;
    }
}
