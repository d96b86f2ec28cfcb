package io.assistconf.lint;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A whole run, for the report formats: every file in sorted order with what the rules across files found,
 * and the counts.
 *
 * @param version the tool's version
 * @param root    the working folder, absolute: relative file names are relative to it
 * @param config  the config file read, as shown, or null
 */
record LintRun(String version, Path root, String config, List<LintedFile> files, Summary summary) {

    LintRun {
        files = List.copyOf(files);
    }

    /**
     * The counts of a run: files, and the documents they hold by status.
     *
     * @param maxWarnings the most warnings allowed, or -1 for no limit
     */
    record Summary(int files, long checked, long skipped, long notChecked, long errors, long warnings,
            Duration elapsed, int maxWarnings) {

        static Summary of(List<LintedFile> files, Duration elapsed, int maxWarnings) {
            List<CheckedDocument> documents = files.stream().flatMap(file -> file.documents().stream()).toList();
            return new Summary(files.size(), count(documents, CheckedDocument.Status.CHECKED),
                    count(documents, CheckedDocument.Status.SKIPPED), count(documents, CheckedDocument.Status.NOT_CHECKED),
                    documents.stream().mapToLong(CheckedDocument::errors).sum(),
                    documents.stream().mapToLong(CheckedDocument::warnings).sum(), elapsed, maxWarnings);
        }

        boolean tooManyWarnings() {
            return maxWarnings >= 0 && warnings > maxWarnings;
        }

        private static long count(List<CheckedDocument> documents, CheckedDocument.Status status) {
            return documents.stream().filter(document -> document.status() == status).count();
        }
    }
}
