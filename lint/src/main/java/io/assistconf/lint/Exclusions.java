package io.assistconf.lint;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What is never linted, whether found in a folder or named on the command line: what the config file
 * ignores (its globs relative to its folder), what {@code --exclude} names (its globs tried on the names as
 * reports show them), and the files this run writes or reads as its config.
 */
final class Exclusions {

    private final LintConfig config;
    private final List<Glob> excludes;
    private final Set<Path> ownFiles;

    /** @param ownFiles absolute, normalized paths of the reports written and the config file read */
    Exclusions(LintConfig config, List<Glob> excludes, Set<Path> ownFiles) {
        this.config = config;
        this.excludes = List.copyOf(excludes);
        this.ownFiles = Set.copyOf(ownFiles);
    }

    /**
     * @param name     the file or folder as reports show it
     * @param absolute the same, absolute and normalized
     */
    boolean excludes(String name, Path absolute) {
        return ownFiles.contains(absolute) || excludes.stream().anyMatch(glob -> glob.matches(name))
                || config.ignores(absolute);
    }
}
