package io.assistconf.lint;

/**
 * One report format of {@code lint}, writing to one stream; a new format is one class implementing this
 * and one constant of {@link LintFormat}. A format that streams writes each file as it comes; one that
 * writes a single document writes it when the run is done.
 */
interface ReportFormat {

    /**
     * A file of the run, in sorted order, as soon as it and every file before it are checked; without what
     * the rules across files will find in it.
     */
    default void file(LintedFile file) {
    }

    /** The whole run, once every file is checked and the rules across files have run. */
    void finish(LintRun run);
}
