package io.assistconf;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Values only the embedding service knows: the models, providers, vector stores, rules, presets and
 * tools that payloads may refer to. A schema marks such a field with {@code "x-reference": NAME}; when a
 * catalogue lists values for NAME, a value not in it is an {@code unknown_reference} error with the
 * nearest known value suggested. Without a catalogue, only the form of references is checked.
 *
 * <p>A value may name an owner: a model's provider, so that rules can check that a model's provider is
 * allowed. Reference names in use: Freddy {@code model}, {@code model_provider}, {@code vector_store},
 * {@code rule}; CogSol {@code generation_config}, {@code tool}; Burki {@code llm_provider},
 * {@code llm_model}.
 */
public final class Catalogue {

    /** The empty catalogue: nothing is checked against it. */
    public static final Catalogue NONE = new Catalogue(Map.of());

    private final Map<String, Map<String, String>> references;

    private Catalogue(Map<String, Map<String, String>> references) {
        this.references = references;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether the catalogue lists any value for this reference name. */
    public boolean lists(String reference) {
        return references.containsKey(reference);
    }

    /** The values listed for a reference name (empty when none are). */
    public Set<String> values(String reference) {
        return references.getOrDefault(reference, Map.of()).keySet();
    }

    /** The owner recorded for a value (a model's provider), if any. */
    public Optional<String> ownerOf(String reference, String value) {
        return Optional.ofNullable(references.getOrDefault(reference, Map.of()).get(value))
                .filter(owner -> !owner.isEmpty());
    }

    /** Collects the values of a catalogue. */
    public static final class Builder {
        private final Map<String, Map<String, String>> references = new LinkedHashMap<>();

        private Builder() {
        }

        /** Lists values for a reference name; integer ids are given as their decimal text. */
        public Builder add(String reference, Collection<String> values) {
            values.forEach(value -> add(reference, value, ""));
            return this;
        }

        /** Lists one value with its owner, e.g. {@code add("model", "gpt-4o", "openai")}. */
        public Builder add(String reference, String value, String owner) {
            references.computeIfAbsent(Objects.requireNonNull(reference, "reference"), r -> new LinkedHashMap<>())
                    .put(Objects.requireNonNull(value, "value"), Objects.requireNonNull(owner, "owner"));
            return this;
        }

        public Catalogue build() {
            Map<String, Map<String, String>> copy = new LinkedHashMap<>();
            references.forEach((name, values) -> copy.put(name, Collections.unmodifiableMap(new LinkedHashMap<>(values))));
            return new Catalogue(Collections.unmodifiableMap(copy));
        }
    }
}
