package io.assistconf;

import io.assistconf.internal.normalize.ChangeList;
import io.assistconf.internal.normalize.PathTranslator;
import io.assistconf.internal.read.PointerLocator;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outcome of one check: whether the payload is valid, every violation found, the canonical payload
 * and the changes that produced it. Immutable and safe to share between threads.
 */
public final class Result {

    private final Variant variant;
    private final DecidedBy variantBy;
    private final Kind kind;
    private final DecidedBy kindBy;
    private final List<Violation> violations;
    private final ChangeList changes;
    private final JsonNode canonical;
    private final boolean valid;
    /** Locates pointers in the input text, for {@link #locate}; null unless text was checked. */
    private final Function<List<String>, PointerLocator> locator;

    Result(Checked as, List<Violation> violations, ChangeList changes, JsonNode canonical) {
        this(as, violations, changes, canonical, null);
    }

    Result(Checked as, List<Violation> violations, ChangeList changes, JsonNode canonical,
            Function<List<String>, PointerLocator> locator) {
        this.variant = as.variant();
        this.variantBy = as.variantBy();
        this.kind = as.kind();
        this.kindBy = as.kindBy();
        this.violations = List.copyOf(violations);
        this.changes = changes; // as the normalization left them, each written out when first read
        this.canonical = canonical;
        this.valid = noError(this.violations);
        this.locator = locator;
    }

    /** A loop, not a stream: every check makes a result. */
    private static boolean noError(List<Violation> violations) {
        for (Violation violation : violations) {
            if (violation.severity() == Severity.ERROR) {
                return false;
            }
        }
        return true;
    }

    /** {@return the variant checked against: the one given, or the one detected; empty when detection failed} */
    public Optional<Variant> variant() {
        return Optional.ofNullable(variant);
    }

    /** {@return what decided the {@link #variant()}: given, the {@code $schema} key or the keys; empty with it} */
    public Optional<DecidedBy> variantDecidedBy() {
        return Optional.ofNullable(variantBy);
    }

    /**
     * {@return the kind checked against: the one given, the one a {@code $schema} key names, or the one the
     * content shows; {@link Kind#OBJECT} when the document could not be read or its variant not detected}
     */
    public Kind kind() {
        return kind;
    }

    /** {@return what decided the {@link #kind()}} */
    public DecidedBy kindDecidedBy() {
        return kindBy;
    }

    /** {@return true when no violation has severity {@link Severity#ERROR}; warnings do not make a payload invalid} */
    public boolean valid() {
        return valid;
    }

    /** {@return every violation, in text order when located (line, column), then by pointer and code} */
    public List<Violation> violations() {
        return violations;
    }

    /** {@return the violations of severity {@link Severity#ERROR}, in report order} */
    public List<Violation> errors() {
        return violations.stream().filter(v -> v.severity() == Severity.ERROR).toList();
    }

    /** {@return the violations of severity {@link Severity#WARNING}, in report order} */
    public List<Violation> warnings() {
        return violations.stream().filter(v -> v.severity() == Severity.WARNING).toList();
    }

    /** {@return what the normalizer renamed, merged, defaulted or coerced, in the order it did it} */
    public List<Change> changes() {
        return Collections.unmodifiableList(changes);
    }

    /**
     * {@return a copy of the canonical payload, absent when the input could not be read as a document} It
     * is present for invalid payloads too, so that a caller can see what was checked.
     */
    public Optional<JsonNode> canonical() {
        return canonical == null ? Optional.empty() : Optional.of(canonical.deepCopy());
    }

    /** {@return the canonical payload as compact JSON, absent when the input could not be read as a document} */
    public Optional<String> canonicalJson() {
        return canonical == null ? Optional.empty() : Optional.of(canonical.toString());
    }

    /**
     * {@return the canonical payload as compact JSON in UTF-8, ready to send, written straight from the tree
     * without building a {@code String}; absent when the input could not be read as a document} Each call
     * writes a new array.
     */
    public Optional<byte[]> canonicalBytes() {
        return canonical == null ? Optional.empty() : Optional.of(JsonMapper.shared().writeValueAsBytes(canonical));
    }

    /**
     * Where the value at {@code pointer} starts in the checked text, so that a problem found outside the
     * checker (a rule across files, say) is located as its violations are. The pointer is a JSON Pointer as
     * the user wrote the payload (a {@link Violation#path()}), or into the canonical payload (a
     * {@link Violation#pointer()}), which is translated through the {@link #changes()}. A member is located
     * at its key. Each call scans the text once.
     *
     * <p>The result keeps a reference to the input text (not a copy): bytes a caller changes after the check
     * are what is searched.
     *
     * @param pointer a JSON Pointer into the payload as written or into the canonical payload
     * @return the location; empty when the input was not text (a tree, a map, a query), was not checked
     *         (unreadable, or of no variant and kind known), or has no value at the pointer (for a missing
     *         member, locate its object, as the checker does)
     */
    public Optional<Location> locate(String pointer) {
        Objects.requireNonNull(pointer, "pointer");
        if (locator == null) {
            return Optional.empty();
        }
        String written = new PathTranslator(changes).original(pointer);
        PointerLocator located = locator.apply(List.of(pointer, written));
        long at = located.findExactly(pointer);
        if (at == PointerLocator.NOWHERE) {
            at = located.findExactly(written);
        }
        return at == PointerLocator.NOWHERE ? Optional.empty()
                : Optional.of(new Location(PointerLocator.line(at), PointerLocator.column(at)));
    }

    @Override
    public String toString() {
        return "Result[" + (variant == null ? "?" : variant.id()) + "/" + kind.id() + ", valid=" + valid + ", violations=" + violations
                + ", changes=" + changes.size() + "]";
    }

    /**
     * What a document was checked as and what decided it; the variant and what decided it are null when it
     * was not detected.
     */
    record Checked(Variant variant, DecidedBy variantBy, Kind kind, DecidedBy kindBy) {

        /** As the caller gave them: each decided by the caller, or else unknown (the kind {@code object}). */
        static Checked given(Variant variant, Kind kind) {
            return new Checked(variant, variant == null ? null : DecidedBy.GIVEN, kind == null ? Kind.OBJECT : kind,
                    kind == null ? DecidedBy.DEFAULT : DecidedBy.GIVEN);
        }
    }
}
