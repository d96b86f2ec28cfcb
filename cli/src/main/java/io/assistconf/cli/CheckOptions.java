package io.assistconf.cli;

import io.assistconf.AssistConf;
import io.assistconf.Catalogue;
import io.assistconf.Kind;
import io.assistconf.ShownText;
import io.assistconf.Variant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options of every command that checks payloads, as a picocli mixin: what to check them against, and
 * the query string that may stand in for the files.
 */
final class CheckOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--variant", paramLabel = "VARIANT", converter = Ids.VariantConverter.class,
            completionCandidates = Ids.Variants.class, description = "the assistant API: ${COMPLETION-CANDIDATES};"
                    + " detected from each payload (a $schema key or keys only one variant has) when not given")
    private Variant variant;

    @Option(names = "--kind", paramLabel = "KIND", converter = Ids.KindConverter.class,
            completionCandidates = Ids.Kinds.class, description = "the kind of document: ${COMPLETION-CANDIDATES}"
                    + " (default: what a payload's $schema names; else object with --variant, and object or create,"
                    + " as the payload shows, without)")
    private Kind kind;

    @Option(names = "--strict", arity = "0", description = "report unknown properties as errors instead of warnings")
    private boolean strict;

    @Option(names = "--catalogue", paramLabel = "FILE", description = "a JSON file of known values for references"
            + " (models, providers, presets, tool ids, ...): {\"model\": {\"gpt-4o\": \"openai\"}, \"rule\": [\"r1\"]}")
    private String catalogue;

    @Option(names = "--query", paramLabel = "QUERY", description = "check a URL query string such as"
            + " 'limit=10&fields=full' instead of files (implies --kind list-query)")
    private String query;

    /** The query string to check instead of files, or null. */
    String query() {
        return query;
    }

    /**
     * Refuses a command line that names no input, both the query and files, an empty FILE or one the
     * platform cannot turn into a file name.
     */
    void requireInputs(List<String> files) {
        if (files.contains("")) {
            // Most often an unset variable; checking the current directory instead would hide that.
            throw usageError("a FILE argument is empty");
        }
        if (query != null && !files.isEmpty()) {
            throw usageError("give either --query or FILE, not both");
        }
        if (query == null && files.isEmpty()) {
            throw usageError("no FILE given");
        }
        for (String file : files) {
            try {
                Path.of(file);
            } catch (InvalidPathException e) {
                // Under LANG=C the JVM cannot encode a non-ASCII argument back into a file name.
                throw usageError("the file name of argument " + (files.indexOf(file) + 1) + " cannot be encoded in"
                        + " this platform's file name encoding (" + System.getProperty("sun.jnu.encoding")
                        + "); run with a UTF-8 locale, for example LC_ALL=C.UTF-8");
            }
        }
    }

    /** A checker for these options; a kind the variant lacks or an unreadable catalogue is a usage error. */
    Checker checker() {
        Kind given = kind == null && query != null ? Kind.LIST_QUERY : kind;
        if (query != null && given != Kind.LIST_QUERY) {
            throw usageError("--query checks list-query parameters; it cannot be used with --kind " + given.id());
        }
        AssistConf assistconf = AssistConf.builder().strict(strict).catalogue(catalogue()).build();
        Kind checked = given == null ? Kind.OBJECT : given;
        if (variant != null && !assistconf.kinds(variant).contains(checked)) {
            throw usageError(variant.id() + " has no kind '" + checked.id() + "'; use one of "
                    + assistconf.kinds(variant).stream().map(Kind::id).collect(Collectors.joining(", ")));
        }
        return new Checker(assistconf, variant, given);
    }

    private Catalogue catalogue() {
        if (catalogue == null) {
            return Catalogue.NONE;
        }
        try {
            return Catalogue.parse(Files.readString(Path.of(catalogue)));
        } catch (IOException | InvalidPathException e) {
            throw usageError("cannot read the catalogue " + ShownText.fileName(catalogue));
        } catch (IllegalArgumentException e) {
            throw usageError(ShownText.fileName(catalogue) + ": " + e.getMessage());
        }
    }

    private ParameterException usageError(String message) {
        return new ParameterException(command.commandLine(), message);
    }
}
