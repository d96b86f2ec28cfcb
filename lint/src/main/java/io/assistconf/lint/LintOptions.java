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

    public LintOptions {
        paths = List.copyOf(paths);
        excludes = List.copyOf(excludes);
        catalogues = List.copyOf(catalogues);
        reports = List.copyOf(reports);
    }

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

        public Builder paths(List<String> more) {
            paths.addAll(more);
            return this;
        }

        public Builder configFile(String file) {
            configFile = file;
            return this;
        }

        public Builder excludes(List<String> globs) {
            excludes.addAll(globs);
            return this;
        }

        public Builder variant(Variant value) {
            variant = value;
            return this;
        }

        public Builder kind(Kind value) {
            kind = value;
            return this;
        }

        public Builder strict(Boolean value) {
            strict = value;
            return this;
        }

        public Builder catalogues(List<String> files) {
            catalogues.addAll(files);
            return this;
        }

        public Builder report(LintFormat format, String file) {
            reports.add(new LintReport(format, file));
            return this;
        }

        public Builder maxWarnings(Integer value) {
            maxWarnings = value;
            return this;
        }

        public Builder failOnUnknown(boolean value) {
            failOnUnknown = value;
            return this;
        }

        public Builder stdinName(String name) {
            stdinName = name;
            return this;
        }

        public Builder jobs(Integer value) {
            jobs = value;
            return this;
        }

        public LintOptions build() {
            return new LintOptions(paths, configFile, excludes, variant, kind, strict, catalogues, reports, maxWarnings,
                    failOnUnknown, stdinName, jobs);
        }
    }
}
