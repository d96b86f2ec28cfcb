package io.assistconf;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The outcome of one check: whether the payload is valid, every violation found, the canonical payload
 * and the changes that produced it. Immutable and safe to share between threads.
 */
public final class Result {

    private final Variant variant;
    private final Kind kind;
    private final List<Violation> violations;
    private final List<Change> changes;
    private final JsonNode canonical;
    private final boolean valid;

    Result(Variant variant, Kind kind, List<Violation> violations, List<Change> changes, JsonNode canonical) {
        this.variant = variant;
        this.kind = kind;
        this.violations = List.copyOf(violations);
        this.changes = List.copyOf(changes);
        this.canonical = canonical;
        this.valid = this.violations.stream().noneMatch(v -> v.severity() == Severity.ERROR);
    }

    /** The variant checked against: the one given, or the one detected; empty when detection failed. */
    public Optional<Variant> variant() {
        return Optional.ofNullable(variant);
    }

    public Kind kind() {
        return kind;
    }

    /** True when no violation has severity {@link Severity#ERROR}; warnings do not make a payload invalid. */
    public boolean valid() {
        return valid;
    }

    /** Every violation, in text order when located (line, column), then by pointer and code. */
    public List<Violation> violations() {
        return violations;
    }

    public List<Violation> errors() {
        return violations.stream().filter(v -> v.severity() == Severity.ERROR).toList();
    }

    public List<Violation> warnings() {
        return violations.stream().filter(v -> v.severity() == Severity.WARNING).toList();
    }

    /** What the normalizer renamed, merged, defaulted or coerced, in the order it did it. */
    public List<Change> changes() {
        return changes;
    }

    /**
     * A copy of the canonical payload, absent when the input could not be read as a document.
     * It is present for invalid payloads too, so that a caller can see what was checked.
     */
    public Optional<JsonNode> canonical() {
        return canonical == null ? Optional.empty() : Optional.of(canonical.deepCopy());
    }

    /** The canonical payload as compact JSON, absent when the input could not be read as a document. */
    public Optional<String> canonicalJson() {
        return canonical == null ? Optional.empty() : Optional.of(canonical.toString());
    }

    @Override
    public String toString() {
        return "Result[" + (variant == null ? "?" : variant.id()) + "/" + kind.id() + ", valid=" + valid + ", violations=" + violations
                + ", changes=" + changes.size() + "]";
    }
}
