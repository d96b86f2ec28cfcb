package io.assistconf;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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

    /** {@return a new builder of a catalogue, empty until references are added} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a catalogue from JSON: each member names a reference and lists its values, either as an array
     * ({@code "vector_store": ["vs_1", "vs_2"]}, integers allowed) or as an object mapping each value to
     * its owner ({@code "model": {"gpt-4o": "openai"}}).
     *
     * @param json the text of the catalogue
     * @return the catalogue the text lists
     * @throws IllegalArgumentException when the text is not such a document
     */
    public static Catalogue parse(String json) {
        Objects.requireNonNull(json, "json");
        JsonNode root;
        try {
            root = JsonMapper.shared().readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the catalogue is not well-formed JSON", null);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the catalogue must be a JSON object of reference names");
        }
        Builder builder = builder();
        for (Map.Entry<String, JsonNode> reference : root.properties()) {
            JsonNode values = reference.getValue();
            if (values.isArray()) {
                for (JsonNode value : values) {
                    builder.add(reference.getKey(), scalar(reference.getKey(), value), "");
                }
            } else if (values.isObject()) {
                for (Map.Entry<String, JsonNode> value : values.properties()) {
                    builder.add(reference.getKey(), value.getKey(), scalar(reference.getKey(), value.getValue()));
                }
            } else {
                throw new IllegalArgumentException("catalogue entry '" + ShownText.quote(reference.getKey())
                        + "' must be an array of values or an object of value to owner");
            }
        }
        return builder.build();
    }

    private static String scalar(String reference, JsonNode value) {
        if (!value.isString() && !value.isIntegralNumber()) {
            throw new IllegalArgumentException("catalogue entry '" + ShownText.quote(reference) + "' holds a value that is not"
                    + " a string or an integer");
        }
        return value.asString();
    }

    /**
     * {@return whether the catalogue lists any value for this reference name}
     *
     * @param reference a reference name, e.g. {@code model}
     */
    public boolean lists(String reference) {
        return references.containsKey(Objects.requireNonNull(reference, "reference"));
    }

    /**
     * {@return the values listed for a reference name (empty when none are)}
     *
     * @param reference a reference name, e.g. {@code model}
     */
    public Set<String> values(String reference) {
        return references.getOrDefault(Objects.requireNonNull(reference, "reference"), Map.of()).keySet();
    }

    /**
     * {@return the owner recorded for a value (a model's provider), if any}
     *
     * @param reference a reference name, e.g. {@code model}
     * @param value     one of its values, e.g. {@code gpt-4o}
     */
    public Optional<String> ownerOf(String reference, String value) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(value, "value");
        return Optional.ofNullable(references.getOrDefault(reference, Map.of()).get(value))
                .filter(owner -> !owner.isEmpty());
    }

    /** Collects the values of a catalogue. */
    public static final class Builder {
        private final Map<String, Map<String, String>> references = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Lists values for a reference name; integer ids are given as their decimal text.
         *
         * @param reference a reference name, e.g. {@code vector_store}
         * @param values    values the name may take, without an owner
         * @return this builder
         */
        public Builder add(String reference, Collection<String> values) {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(values, "values").forEach(value -> add(reference, value, ""));
            return this;
        }

        /**
         * Lists one value with its owner, e.g. {@code add("model", "gpt-4o", "openai")}.
         *
         * @param reference a reference name, e.g. {@code model}
         * @param value     a value the name may take
         * @param owner     what the value belongs to (a model's provider), or {@code ""} for none
         * @return this builder
         */
        public Builder add(String reference, String value, String owner) {
            references.computeIfAbsent(Objects.requireNonNull(reference, "reference"), r -> new LinkedHashMap<>())
                    .put(Objects.requireNonNull(value, "value"), Objects.requireNonNull(owner, "owner"));
            return this;
        }

        /** {@return the catalogue of the values added so far; later additions do not change it} */
        public Catalogue build() {
            Map<String, Map<String, String>> copy = new LinkedHashMap<>();
            references.forEach((name, values) -> copy.put(name, Collections.unmodifiableMap(new LinkedHashMap<>(values))));
            return new Catalogue(Collections.unmodifiableMap(copy));
        }
    }
}
