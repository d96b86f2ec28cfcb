package io.assistconf.cli;

/** A command line that cannot be run as given; its message says why, in one line. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
