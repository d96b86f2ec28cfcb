package io.assistconf.cli;

import io.assistconf.Code;
import io.assistconf.Result;
import io.assistconf.Severity;
import io.assistconf.Violation;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One input as checked, for the reporters and the exit status.
 *
 * @param name       the file as named on the command line (or found under a directory given there), or
 *                   {@code <query>}
 * @param query      whether the input is the query string rather than a file
 * @param document   the document's number in a file of several YAML documents, from 1; 0 for the only one
 * @param result     the library's full result; empty for a place the command line names but that could not
 *                   be listed, which never reaches the library
 * @param violations every violation, in the library's order
 */
record CheckedInput(String name, boolean query, int document, Optional<Result> result, List<Violation> violations) {

    /** How a query string is named in reports, where a file name would be. */
    static final String QUERY_NAME = "<query>";

    /** The codes of an input that was not checked: it could not be read, or the checker failed. */
    private static final Set<String> NOT_CHECKED = Set.of(Code.UNREADABLE_INPUT.id(), Code.INTERNAL_ERROR.id());

    CheckedInput {
        violations = List.copyOf(violations);
    }

    static CheckedInput file(String name, Result result) {
        return document(name, 0, result);
    }

    /** @param document the number of the document in its file, from 1; 0 for a file's only document */
    static CheckedInput document(String name, int document, Result result) {
        return new CheckedInput(name, false, document, Optional.of(result), result.violations());
    }

    static CheckedInput query(Result result) {
        return new CheckedInput(QUERY_NAME, true, 0, Optional.of(result), result.violations());
    }

    /** A place that could not be listed, with a message written here (never a system message). */
    static CheckedInput unlisted(String name, String message) {
        return new CheckedInput(name, false, 0, Optional.empty(),
                List.of(Code.UNREADABLE_INPUT.at("", message)));
    }

    boolean valid() {
        return errors() == 0;
    }

    boolean notChecked() {
        return violations.stream().anyMatch(v -> NOT_CHECKED.contains(v.code()));
    }

    long errors() {
        return violations.stream().filter(v -> v.severity() == Severity.ERROR).count();
    }

    long warnings() {
        return violations.stream().filter(v -> v.severity() == Severity.WARNING).count();
    }
}
