package io.assistconf.lint;

import io.assistconf.Catalogue;
import io.assistconf.Kind;
import io.assistconf.Limits;
import io.assistconf.Severity;
import io.assistconf.Variant;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a config file ({@code .assistconf.yaml}) says, each part absent when it does not say it; the
 * command line's flags override it.
 *
 * @param name       the file as shown in messages, or null when no config file was read
 * @param folder     the folder its globs are relative to
 * @param mappings   the variant and kind of the files each glob matches, the first match winning
 * @param ignores    the files and folders not to lint
 * @param strict     strict mode, or null
 * @param jsonComments whether {@code .json} files are read as JSON with comments, as {@code .jsonc} files are
 * @param severities the severity of each code named, {@link Level#OFF} dropping its violations
 * @param catalogue  the catalogues named, merged, or null
 * @param limits     the limits, those not named at their defaults, or null
 */
record LintConfig(String name, Path folder, List<Mapping> mappings, List<Glob> ignores, Boolean strict,
        boolean jsonComments, Map<String, Level> severities, Catalogue catalogue, Limits limits) {

    /** The file name looked for in the folder linted and its parents. */
    static final String FILE_NAME = ".assistconf.yaml";

    LintConfig {
        mappings = List.copyOf(mappings);
        ignores = List.copyOf(ignores);
        severities = Map.copyOf(severities);
    }

    /** No config file: nothing mapped, ignored or overridden. */
    static LintConfig none(Path folder) {
        return new LintConfig(null, folder, List.of(), List.of(), null, false, Map.of(), null, null);
    }

    /** The first mapping whose glob matches the file; none for a file outside {@link #folder}. */
    Optional<Mapping> mappingOf(Path absolute) {
        String relative = relative(absolute);
        return relative == null ? Optional.empty()
                : mappings.stream().filter(mapping -> mapping.glob().matches(relative)).findFirst();
    }

    /** Whether an ignore names the file or folder; none names one outside {@link #folder}. */
    boolean ignores(Path absolute) {
        if (ignores.isEmpty()) {
            return false;
        }
        String relative = relative(absolute);
        return relative != null && ignores.stream().anyMatch(glob -> glob.matches(relative));
    }

    /** The path from {@link #folder}, with {@code /} between names, or null when it is not under it. */
    private String relative(Path absolute) {
        if (!absolute.startsWith(folder) || absolute.equals(folder)) {
            return null;
        }
        // the names after the folder's: what relativize gives for a path below it, without its checks of each name
        return absolute.subpath(folder.getNameCount(), absolute.getNameCount()).toString()
                .replace(absolute.getFileSystem().getSeparator(), "/");
    }

    /**
     * The files a glob maps to a variant, a kind or both (never neither).
     *
     * @param variant the variant, or null to detect it
     * @param kind    the kind, or null for what each document says (its $schema, else its content)
     */
    record Mapping(Glob glob, Variant variant, Kind kind) {
    }

    /** A severity set per code: a severity, or off. */
    enum Level {
        ERROR(Severity.ERROR),
        WARNING(Severity.WARNING),
        OFF(null);

        private final Severity severity;

        Level(Severity severity) {
            this.severity = severity;
        }

        /** The severity, empty for {@link #OFF}. */
        Optional<Severity> severity() {
            return Optional.ofNullable(severity);
        }
    }
}
