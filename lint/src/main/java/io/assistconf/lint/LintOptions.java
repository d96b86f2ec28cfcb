package io.assistconf.lint;

import io.assistconf.Kind;
import io.assistconf.Variant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run is asked to do: the options of {@code assistconf lint} ({@code docs/lint.md}), which override
 * the config file. Built with {@link #builder()}; what is not set is left to the config file, then to the
 * defaults.
 *
 * @param paths         folders, files, globs, {@code -} for the standard input; none: the working folder
 * @param configFile    the config file, or null to look for {@code .assistconf.yaml}
 * @param excludes      globs of what not to lint
 * @param variant       the variant every file is checked as, or null
 * @param kind          the kind every file is checked as, or null
 * @param strict        strict mode, or null for the config file's
 * @param catalogues    catalogue files, replacing the config file's when any is given
 * @param reports       the reports to write, in order; none writes none
 * @param maxWarnings   the most warnings a passing run may have, or null for no limit
 * @param failOnUnknown whether a document that is no assistant config is an error rather than skipped
 * @param stdinName     the file name the standard input stands for, or null
 * @param jobs          files checked at once, or null for the processors
 */
public record LintOptions(List<String> paths, String configFile, List<String> excludes, Variant variant, Kind kind,
        Boolean strict, List<String> catalogues, List<LintReport> reports, Integer maxWarnings, boolean failOnUnknown,
        String stdinName, Integer jobs) {

    /**
     * Copies the lists.
     *
     * @param paths         folders, files, globs, {@code -} for the standard input
     * @param configFile    the config file, or null to look for one
     * @param excludes      globs of what not to lint
     * @param variant       the variant every file is checked as, or null
     * @param kind          the kind every file is checked as, or null
     * @param strict        strict mode, or null for the config file's
     * @param catalogues    catalogue files
     * @param reports       the reports to write, in order
     * @param maxWarnings   the most warnings a passing run may have, or null for no limit
     * @param failOnUnknown whether a document that is no assistant config is an error
     * @param stdinName     the file name the standard input stands for, or null
     * @param jobs          files checked at once, or null for the processors
     */
    public LintOptions {
        paths = List.copyOf(paths);
        excludes = List.copyOf(excludes);
        catalogues = List.copyOf(catalogues);
        reports = List.copyOf(reports);
    }

    /** {@return a new builder with no option set} */
    public static Builder builder() {
        return new Builder();
    }

    /** Sets the options one by one; each list option adds to what was added before. */
    public static final class Builder {

        private final List<String> paths = new ArrayList<>();
        private String configFile;
        private final List<String> excludes = new ArrayList<>();
        private Variant variant;
        private Kind kind;
        private Boolean strict;
        private final List<String> catalogues = new ArrayList<>();
        private final List<LintReport> reports = new ArrayList<>();
        private Integer maxWarnings;
        private boolean failOnUnknown;
        private String stdinName;
        private Integer jobs;

        private Builder() {
        }

        /**
         * Adds what to lint.
         *
         * @param more folders, files, globs, {@code -} for the standard input
         * @return this builder
         */
        public Builder paths(List<String> more) {
            paths.addAll(more);
            return this;
        }

        /**
         * Sets the config file ({@code --config}).
         *
         * @param file the config file, or null to look for {@code .assistconf.yaml}
         * @return this builder
         */
        public Builder configFile(String file) {
            configFile = file;
            return this;
        }

        /**
         * Adds what not to lint ({@code --exclude}).
         *
         * @param globs globs of files and folders to skip
         * @return this builder
         */
        public Builder excludes(List<String> globs) {
            excludes.addAll(globs);
            return this;
        }

        /**
         * Sets the variant every file is checked as ({@code --variant}).
         *
         * @param value the variant, or null to take it from the config file or detect it
         * @return this builder
         */
        public Builder variant(Variant value) {
            variant = value;
            return this;
        }

        /**
         * Sets the kind every file is checked as ({@code --kind}).
         *
         * @param value the kind, or null to take it from the config file or the content
         * @return this builder
         */
        public Builder kind(Kind value) {
            kind = value;
            return this;
        }

        /**
         * Sets strict mode ({@code --strict}).
         *
         * @param value whether unknown properties are errors, or null for the config file's
         * @return this builder
         */
        public Builder strict(Boolean value) {
            strict = value;
            return this;
        }

        /**
         * Adds catalogue files ({@code --catalogue}), which replace the config file's when any is given.
         *
         * @param files the catalogue files, relative to the working folder or absolute
         * @return this builder
         */
        public Builder catalogues(List<String> files) {
            catalogues.addAll(files);
            return this;
        }

        /**
         * Adds a report ({@code --format}, {@code --output}).
         *
         * @param format the report's format
         * @param file   the file to write it to, or null for the standard output
         * @return this builder
         */
        public Builder report(LintFormat format, String file) {
            reports.add(new LintReport(format, file));
            return this;
        }

        /**
         * Sets the most warnings a passing run may have ({@code --max-warnings}).
         *
         * @param value the limit, or null for none
         * @return this builder
         */
        public Builder maxWarnings(Integer value) {
            maxWarnings = value;
            return this;
        }

        /**
         * Sets whether a document that is no assistant config is an error rather than skipped.
         *
         * @param value true to fail on such documents
         * @return this builder
         */
        public Builder failOnUnknown(boolean value) {
            failOnUnknown = value;
            return this;
        }

        /**
         * Names the standard input ({@code --stdin-filename}): its format and the config globs it matches.
         *
         * @param name a file name, or null
         * @return this builder
         */
        public Builder stdinName(String name) {
            stdinName = name;
            return this;
        }

        /**
         * Sets how many files are checked at once ({@code --jobs}).
         *
         * @param value the number of files, or null for the number of processors
         * @return this builder
         */
        public Builder jobs(Integer value) {
            jobs = value;
            return this;
        }

        /** {@return the options set so far} */
        public LintOptions build() {
            return new LintOptions(paths, configFile, excludes, variant, kind, strict, catalogues, reports, maxWarnings,
                    failOnUnknown, stdinName, jobs);
        }
    }
}
