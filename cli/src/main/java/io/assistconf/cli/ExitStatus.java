package io.assistconf.cli;

import java.util.List;

/** The exit status of a run. */
public enum ExitStatus {

    /** Every input is valid; warnings allowed. */
    OK(0),
    /** An input is invalid. */
    INVALID(1),
    /** A usage error, an input that could not be read, or a failure of assistconf itself. */
    TROUBLE(2);

    private final int code;

    ExitStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** {@link #TROUBLE} wins over {@link #INVALID}: an input that could not be checked is no verdict. */
    static ExitStatus of(List<CheckedInput> checked) {
        if (checked.stream().anyMatch(CheckedInput::notChecked)) {
            return TROUBLE;
        }
        return checked.stream().allMatch(CheckedInput::valid) ? OK : INVALID;
    }
}
