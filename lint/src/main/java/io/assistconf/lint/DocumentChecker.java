package io.assistconf.lint;

import io.assistconf.AssistConf;
import io.assistconf.Change;
import io.assistconf.Code;
import io.assistconf.DecidedBy;
import io.assistconf.Input;
import io.assistconf.Kind;
import io.assistconf.Location;
import io.assistconf.Result;
import io.assistconf.TextFormat;
import io.assistconf.Violation;
import io.assistconf.lint.CheckedDocument.Status;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns one file into its checked documents: the one place that reads a file for the library, checks each
 * of its documents ({@link AssistConf#checkDocuments}) as what was given or what the library detected, and
 * says what decided it. A document the library finds to be no assistant config ({@code
 * not_assistant_config}) is skipped, unless {@code --fail-on-unknown}.
 *
 * <p>Thread-safe: files are checked in parallel with one shared {@link AssistConf}.
 */
final class DocumentChecker {

    /** Codes that mean the document was not checked at all. */
    private static final Set<String> NOT_CHECKED = Set.of(Code.UNREADABLE_INPUT.id(), Code.INTERNAL_ERROR.id());

    private final AssistConf assistconf;
    private final Severities severities;
    private final boolean failOnUnknown;
    private final boolean jsonComments;
    private final byte[] stdin;
    private final TextFormat stdinFormat;

    /**
     * @param failOnUnknown whether a document that is no assistant config is an error rather than skipped
     * @param jsonComments  whether {@code .json} files are read as JSON with comments, as {@code .jsonc} files are
     * @param stdin         the standard input, read once, or null when not linted
     * @param stdinName     the file name the standard input stands for, which gives its format; or null
     */
    DocumentChecker(AssistConf assistconf, Severities severities, boolean failOnUnknown, boolean jsonComments,
            byte[] stdin, String stdinName) {
        this.assistconf = assistconf;
        this.severities = severities;
        this.failOnUnknown = failOnUnknown;
        this.jsonComments = jsonComments;
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
        if (given.variant() != null && given.kind() != null && !assistconf.kinds(given.variant()).contains(given.kind())) {
            Violation none = Code.UNKNOWN_VARIANT.at("", given.variant().id() + " has no '" + given.kind().id()
                    + "' kind; it has " + assistconf.kinds(given.variant()).stream().map(Kind::id)
                            .collect(Collectors.joining(", ")));
            return one(target, new CheckedDocument(given, Status.CHECKED, severities.apply(List.of(none)), List.of(),
                    null));
        }
        Input input;
        try {
            input = input(target);
        } catch (IOException e) {
            return notRead(target, e.getMessage());
        }
        return new LintedFile(target, assistconf.checkDocuments(given.variant(), given.kind(), input).stream()
                .map(result -> document(given, result)).toList());
    }

    private CheckedDocument document(Decision given, Result result) {
        boolean notAConfig = result.violations().stream()
                .anyMatch(violation -> violation.code().equals(Code.NOT_ASSISTANT_CONFIG.id()));
        if (notAConfig && !failOnUnknown) {
            return new CheckedDocument(Decision.NONE, Status.SKIPPED, List.of(), List.of(), null);
        }
        Decision decided = decided(given, result);
        Status status = result.violations().stream().anyMatch(v -> NOT_CHECKED.contains(v.code())) ? Status.NOT_CHECKED
                : Status.CHECKED;
        Facts facts = result.variant().isEmpty() ? null
                : result.canonical().map(payload -> Facts.of(decided.variant(), decided.kind(), payload)).orElse(null);
        return new CheckedDocument(decided, status, severities.apply(result.violations()), List.of(), facts);
    }

    /**
     * Locates violations found outside the check (the rules across files) in the text of one document of
     * the file: each at the place its pointer names, and with the path as the document spells it. It checks
     * the file again rather than keep every document's text for the whole run; a file that can no longer be
     * read keeps its violations unlocated.
     *
     * @param document the document's place among the file's documents, from 0
     */
    List<Violation> locate(LintTarget target, int document, Decision decided, List<Violation> violations) {
        Result result;
        try {
            List<Result> results = assistconf.checkDocuments(decided.variant(), decided.kind(), input(target));
            if (document >= results.size()) {
                return violations;
            }
            result = results.get(document);
        } catch (IOException | RuntimeException e) {
            return violations;
        }
        return violations.stream().map(violation -> {
            Violation spelled = violation.withPath(written(result, violation.pointer()));
            Optional<Location> at = result.locate(violation.pointer());
            return at.map(location -> spelled.withLocation(location.line(), location.column())).orElse(spelled);
        }).toList();
    }

    /** What the document was checked as: what was given, else what the library says decided it. */
    private static Decision decided(Decision given, Result result) {
        Decided variantBy = result.variantDecidedBy()
                .map(by -> by == DecidedBy.GIVEN ? given.variantBy() : Decided.of(by)).orElse(null);
        Decided kindBy = result.kindDecidedBy() == DecidedBy.GIVEN ? given.kindBy()
                : Decided.of(result.kindDecidedBy());
        return new Decision(result.variant().orElse(null), variantBy, result.kind(), kindBy, given.glob());
    }

    /** The document: the standard input as read once, a file as its name says or the config file sets. */
    private Input input(LintTarget target) throws IOException {
        if (target.stdin()) {
            if (stdin == null) {
                throw new IOException("the standard input could not be read");
            }
            return stdinFormat == null ? Input.of(stdin) : Input.of(stdin, stdinFormat);
        }
        Path file = target.file();
        return formatOf(file.getFileName().toString()) == TextFormat.JSONC ? Input.of(file, TextFormat.JSONC)
                : Input.of(file);
    }

    /**
     * JSON, JSON with comments or YAML by the name's extension, as the library tells files apart, {@code
     * .json} read as JSON with comments when the config file says so; null to tell by the content.
     */
    private TextFormat formatOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return TextFormat.YAML;
        }
        if (lower.endsWith(".jsonc") || (jsonComments && lower.endsWith(".json"))) {
            return TextFormat.JSONC;
        }
        return lower.endsWith(".json") ? TextFormat.JSON : null;
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
