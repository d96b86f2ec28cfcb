package io.assistconf.cli;

import io.assistconf.Severity;
import io.assistconf.Violation;
import java.util.List;

/**
 * The outcome for one input, as the reports show it.
 *
 * @param name       the file as named on the command line (or under a directory given there), or
 *                   {@code <query>}
 * @param violations every violation, in the library's order
 */
record Checked(String name, List<Violation> violations) {

    /** The code the library gives an input it could not read (missing file, permission denied). */
    static final String UNREADABLE = "unreadable_input";

    Checked {
        violations = List.copyOf(violations);
    }

    boolean valid() {
        return errors() == 0;
    }

    boolean unreadable() {
        return violations.stream().anyMatch(v -> v.code().equals(UNREADABLE));
    }

    long errors() {
        return violations.stream().filter(v -> v.severity() == Severity.ERROR).count();
    }

    long warnings() {
        return violations.stream().filter(v -> v.severity() == Severity.WARNING).count();
    }

    /** An input that could not be read, with a message written here (never a system message). */
    static Checked unreadable(String name, String message) {
        return new Checked(name, List.of(new Violation(UNREADABLE, Severity.ERROR, "", "", 0, 0, message)));
    }
}
