package io.assistconf.cli.lint;

import io.assistconf.AssistConf;
import io.assistconf.Change;
import io.assistconf.Code;
import io.assistconf.Input;
import io.assistconf.Kind;
import io.assistconf.Location;
import io.assistconf.Result;
import io.assistconf.TextFormat;
import io.assistconf.Variant;
import io.assistconf.Violation;
import io.assistconf.cli.lint.CheckedDocument.Status;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Turns one file into its checked documents: the one place that reads a file for the library, checks it
 * as what was given or detected, and says what decided it. What the library is still to offer lands here:
 * each document of a YAML file, JSON with comments ({@code .jsonc} is read as JSON until then), the kind
 * detected by content, a precise signal for a file that is no assistant config ({@link NotAnAssistantConfig}
 * until then), and how the library decided the variant and kind ({@link #settle} until then).
 *
 * <p>Thread-safe: files are checked in parallel with one shared {@link AssistConf}.
 */
final class DocumentChecker {

    /** Codes that mean the document was not checked at all. */
    private static final Set<String> NOT_CHECKED = Set.of(Code.UNREADABLE_INPUT.id(), Code.INTERNAL_ERROR.id());

    private final AssistConf assistconf;
    private final long maxBytes;
    private final Severities severities;
    private final boolean failOnUnknown;
    private final NotAnAssistantConfig notAConfig;
    private final byte[] stdin;
    private final TextFormat stdinFormat;

    /**
     * @param maxBytes      the document size limit, past which the library refuses text
     * @param failOnUnknown whether a file that is no assistant config is an error rather than skipped
     * @param stdin         the standard input, read once, or null when not linted
     * @param stdinName     the file name the standard input stands for, which gives its format; or null
     */
    DocumentChecker(AssistConf assistconf, long maxBytes, Severities severities, boolean failOnUnknown, byte[] stdin,
            String stdinName) {
        this.assistconf = assistconf;
        this.maxBytes = maxBytes;
        this.severities = severities;
        this.failOnUnknown = failOnUnknown;
        this.notAConfig = new NotAnAssistantConfig(assistconf);
        this.stdin = stdin;
        this.stdinFormat = stdinName == null ? null : formatOf(stdinName);
    }

    /** Reads at most {@code max + 1} bytes, so that the library can tell a document over the limit. */
    static byte[] readUpTo(InputStream in, long max) throws IOException {
        return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    }

    /**
     * Never throws: a defect of this class or of the library gives the file one {@code internal_error}.
     *
     * @param given the variant and kind the command line or the config file give, null where they do not
     */
    LintedFile check(LintTarget target, Decision given) {
        try {
            return checked(target, given);
        } catch (RuntimeException | StackOverflowError e) {
            return one(target, new CheckedDocument(Decision.NONE, Status.NOT_CHECKED, List.of(Code.INTERNAL_ERROR.at("",
                    "the file could not be checked because of a defect in assistconf, not in the file; please report"
                            + " it")), List.of(), null));
        }
    }

    private LintedFile checked(LintTarget target, Decision given) {
        if (target.problem() != null) {
            return notRead(target, target.problem());
        }
        Supplier<Input> input;
        try {
            input = input(target);
        } catch (IOException | RuntimeException e) {
            return notRead(target, target.stdin() ? "the standard input could not be read" : "the file could not be read");
        }
        if (given.variant() != null && given.kind() != null && !assistconf.kinds(given.variant()).contains(given.kind())) {
            Violation none = Code.UNKNOWN_VARIANT.at("", given.variant().id() + " has no '" + given.kind().id()
                    + "' kind; it has " + assistconf.kinds(given.variant()).stream().map(Kind::id)
                            .collect(Collectors.joining(", ")));
            return one(target, new CheckedDocument(given, Status.CHECKED, severities.apply(List.of(none)), List.of(),
                    null));
        }
        Result result = check(given, input.get());
        if (given.variant() == null && !failOnUnknown && notAConfig.test(result, input)) {
            return one(target, new CheckedDocument(Decision.NONE, Status.SKIPPED, List.of(), List.of(), null));
        }
        Optional<JsonNode> canonical = result.variant().isPresent() ? result.canonical() : Optional.empty();
        Decision decided = settle(given, result, canonical.orElse(null));
        Status status = result.violations().stream().anyMatch(v -> NOT_CHECKED.contains(v.code())) ? Status.NOT_CHECKED
                : Status.CHECKED;
        Facts facts = canonical.map(payload -> Facts.of(decided.variant(), decided.kind(), payload)).orElse(null);
        return one(target, new CheckedDocument(decided, status, severities.apply(result.violations()), List.of(),
                facts));
    }

    /**
     * Locates violations found outside the check (the rules across files) in the document's text: each at
     * the place its pointer names, and with the path as the document spells it. It checks the document
     * again rather than keep every document's text for the whole run; a document that can no longer be
     * read keeps its violations unlocated.
     */
    List<Violation> locate(LintTarget target, Decision decided, List<Violation> violations) {
        Result result;
        try {
            result = assistconf.check(decided.variant(), decided.kind(), input(target).get());
        } catch (IOException | RuntimeException e) {
            return violations;
        }
        return violations.stream().map(violation -> {
            Violation spelled = violation.withPath(written(result, violation.pointer()));
            Optional<Location> at = result.locate(violation.pointer());
            return at.map(location -> spelled.withLocation(location.line(), location.column())).orElse(spelled);
        }).toList();
    }

    /**
     * What the document was checked as, and what decided it: what was given, else the result's variant,
     * decided by a {@code $schema} key naming a schema (which names the kind too) when the payload has one,
     * else by its keys; the kind is {@code object} by default.
     */
    private static Decision settle(Decision given, Result result, JsonNode canonical) {
        boolean schemaKey = canonical != null && canonical.isObject() && canonical.path("$schema").isString();
        Variant variant = result.variant().orElse(null);
        Decided variantBy = given.variant() != null ? given.variantBy()
                : variant == null ? null : schemaKey ? Decided.SCHEMA : Decided.DETECTED;
        Decided kindBy = given.kind() != null ? given.kindBy()
                : given.variant() == null && schemaKey ? Decided.SCHEMA : Decided.DEFAULT;
        return new Decision(variant, variantBy, result.kind(), kindBy, given.glob());
    }

    private Result check(Decision given, Input input) {
        if (given.variant() != null) {
            return assistconf.check(given.variant(), given.kind() == null ? Kind.OBJECT : given.kind(), input);
        }
        return given.kind() == null ? assistconf.check(input) : assistconf.check(given.kind(), input);
    }

    /** The document, as often as needed: the standard input and {@code .jsonc} files are read once here. */
    private Supplier<Input> input(LintTarget target) throws IOException {
        if (target.stdin()) {
            if (stdin == null) {
                throw new IOException("the standard input could not be read");
            }
            return () -> stdinFormat == null ? Input.of(stdin) : Input.of(stdin, stdinFormat);
        }
        Path file = target.file();
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonc")) {
            byte[] text;
            try (InputStream in = Files.newInputStream(file)) {
                text = readUpTo(in, maxBytes);
            }
            return () -> Input.of(text, TextFormat.JSON);
        }
        return () -> Input.of(file);
    }

    /** JSON or YAML by the name's extension, as the library tells files apart; null to tell by the content. */
    private static TextFormat formatOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return TextFormat.YAML;
        }
        return lower.endsWith(".json") || lower.endsWith(".jsonc") ? TextFormat.JSON : null;
    }

    /** Where the canonical pointer's member was written, when the document spelled its key otherwise. */
    private static String written(Result result, String pointer) {
        return result.changes().stream()
                .filter(change -> change.pointer().equals(pointer)
                        && (change.type() == Change.Type.RENAMED || change.type() == Change.Type.MERGED))
                .map(Change::from).findFirst().orElse(pointer);
    }

    private LintedFile notRead(LintTarget target, String problem) {
        return one(target, new CheckedDocument(Decision.NONE, Status.NOT_CHECKED,
                List.of(Code.UNREADABLE_INPUT.at("", problem)), List.of(), null));
    }

    private static LintedFile one(LintTarget target, CheckedDocument document) {
        return new LintedFile(target, List.of(document));
    }
}
