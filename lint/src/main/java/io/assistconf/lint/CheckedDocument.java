package io.assistconf.lint;

import io.assistconf.Severity;
import io.assistconf.Violation;
import java.util.List;
import java.util.stream.Stream;

/**
 * One document of a file as linted: what it was checked as, its violations (severities as configured),
 * those the rules across files found in it, and the facts those rules compare.
 *
 * @param decision   what it was checked as, and what decided it
 * @param status     checked, skipped as no assistant config, or not checked
 * @param violations the library's violations, in its order
 * @param acrossFiles the violations of the rules across files, found once every file is checked
 * @param facts      what the rules across files compare, or null when none applies to the document
 */
record CheckedDocument(Decision decision, Status status, List<Violation> violations, List<Violation> acrossFiles,
        Facts facts) {

    enum Status {
        CHECKED("checked"),
        /** Not an assistant config, as the library's {@code not_assistant_config} says; not counted as an error. */
        SKIPPED("skipped"),
        /** Unreadable, or the checker failed: the run exits 2. */
        NOT_CHECKED("not_checked");

        private final String id;

        Status(String id) {
            this.id = id;
        }

        /** As the JSON report names it. */
        String id() {
            return id;
        }
    }

    /** Why a document is skipped, as reports say it. */
    static final String SKIPPED_REASON = "not an assistant config";

    CheckedDocument {
        violations = List.copyOf(violations);
        acrossFiles = List.copyOf(acrossFiles);
    }

    CheckedDocument withAcrossFiles(List<Violation> found) {
        return new CheckedDocument(decision, status, violations, found, facts);
    }

    /** Every violation: the library's, then those across files. */
    List<Violation> all() {
        return Stream.concat(violations.stream(), acrossFiles.stream()).toList();
    }

    long errors() {
        return all().stream().filter(v -> v.severity() == Severity.ERROR).count();
    }

    long warnings() {
        return all().stream().filter(v -> v.severity() == Severity.WARNING).count();
    }
}
