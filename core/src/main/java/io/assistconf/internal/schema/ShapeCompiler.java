package io.assistconf.internal.schema;

import io.assistconf.internal.tree.CompactNodeFactory;
import io.assistconf.internal.tree.JsonType;
import io.assistconf.internal.tree.KeySpelling;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Compiles a schema document into the {@link Shape} tree the normalizer walks. Understands the draft-07
 * keywords that decide structure ({@code type}, {@code const}, {@code properties},
 * {@code additionalProperties}, {@code items}, {@code $ref}, {@code allOf}, {@code anyOf}, {@code oneOf},
 * {@code if}/{@code then}/{@code else}, {@code enum}, {@code default}) and the annotations {@code x-aliases},
 * {@code x-coerce}, {@code x-reference}, {@code x-legacy}, {@code x-null-resets} (a property whose
 * {@code null} stands for its default) and {@code x-replaced-whole} (the properties whose given value is
 * filled with the defaults of what it omits, in any kind); collects the names of the properties marked
 * {@code x-secret}. Recursive schemas, and {@code x-legacy} marks that could not be honoured, are refused at
 * start-up.
 */
public final class ShapeCompiler {

    private final SchemaFiles files;
    private final Map<JsonNode, Shape> compiled = new IdentityHashMap<>();
    private final Set<JsonNode> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The property schemas and {@code anyOf} alternatives met: the places an {@code x-legacy} text may be. */
    private final Set<JsonNode> legacyPlaces = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<String> secretFields = new TreeSet<>();

    public ShapeCompiler(SchemaFiles files) {
        this.files = files;
    }

    public Shape compile(String documentId) {
        return compile(documentId, files.document(documentId));
    }

    /** The names of the properties marked {@code "x-secret": true} in the documents compiled so far. */
    public Set<String> secretFields() {
        return Collections.unmodifiableSet(secretFields);
    }

    private Shape compile(String documentId, JsonNode schema) {
        if (schema.isBoolean()) {
            return schema.booleanValue() ? Shape.ANY : Shape.REFUSED;
        }
        Shape done = compiled.get(schema);
        if (done != null) {
            return done;
        }
        if (!inProgress.add(schema)) {
            throw new IllegalStateException("recursive schema in " + documentId + " is not supported");
        }
        Draft draft = new Draft();
        draft.fill(documentId, schema);
        draft.readLegacy(documentId, schema);
        Shape shape = draft.build(documentId);
        inProgress.remove(schema);
        compiled.put(schema, shape);
        return shape;
    }

    /** A shape being assembled from a schema object and the parts it combines. */
    private final class Draft {
        private final Set<JsonType> types = EnumSet.noneOf(JsonType.class);
        private JsonNode constValue;
        private Set<JsonNode> enumValues;
        private Map<String, Shape.Property> properties;
        private final Map<String, List<String>> aliases = new HashMap<>();
        private Shape additional;
        private Shape items;
        private final List<Shape> alternatives = new ArrayList<>();
        /** The {@code x-legacy} text of each alternative, or null. */
        private final List<String> legacyAlternatives = new ArrayList<>();
        private final Map<String, String> legacyValues = new HashMap<>();
        private Coercion coercion;
        private String reference;
        private final List<String> replacedWhole = new ArrayList<>();

        void fill(String documentId, JsonNode schema) {
            JsonNode ref = schema.get("$ref");
            if (ref != null) {
                SchemaFiles.Located target = files.resolve(documentId, ref.asString());
                merge(compile(target.documentId(), target.node()));
                return;
            }
            for (String combinator : List.of("allOf", "then", "else")) {
                for (JsonNode part : each(schema.get(combinator))) {
                    merge(compile(documentId, part));
                }
            }
            for (String combinator : List.of("anyOf", "oneOf")) {
                for (JsonNode part : each(schema.get(combinator))) {
                    legacyPlaces.add(part);
                    alternatives.add(compile(documentId, part));
                    legacyAlternatives.add(legacyText(part));
                }
            }
            for (JsonNode type : each(schema.get("type"))) {
                types.add(JsonType.byName(type.asString()));
            }
            if (schema.has("const")) {
                constValue = schema.get("const");
                types.add(JsonType.of(constValue));
            }
            JsonNode enumerated = schema.get("enum");
            if (enumerated != null) {
                List<JsonNode> listed = new ArrayList<>();
                each(enumerated).forEach(listed::add);
                restrictEnum(listed);
            }
            JsonNode declared = schema.get("properties");
            if (declared != null) {
                if (properties == null) {
                    properties = new LinkedHashMap<>();
                }
                for (Map.Entry<String, JsonNode> entry : declared.properties()) {
                    JsonNode propertySchema = entry.getValue();
                    JsonNode defaultValue = propertySchema.isObject() ? propertySchema.get("default") : null;
                    legacyPlaces.add(propertySchema);
                    Shape shape = compile(documentId, propertySchema);
                    if (defaultValue != null && shape.legacyOf(defaultValue) != null) {
                        throw new IllegalStateException("the default of '" + entry.getKey() + "' in " + documentId
                                + " is marked x-legacy; a filled default would be reported as the user's");
                    }
                    properties.put(entry.getKey(), new Shape.Property(entry.getKey(), shape, defaultValue,
                            legacyText(propertySchema), propertySchema.path("x-null-resets").asBoolean(false)));
                    List<String> names = new ArrayList<>();
                    for (JsonNode alias : each(propertySchema.get("x-aliases"))) {
                        names.add(alias.asString());
                    }
                    aliases.put(entry.getKey(), names);
                    if (propertySchema.path("x-secret").asBoolean(false)) {
                        secretFields.add(entry.getKey());
                    }
                }
            }
            JsonNode extra = schema.get("additionalProperties");
            if (extra != null && !(extra.isBoolean() && !extra.booleanValue())) {
                additional = compile(documentId, extra);
            }
            JsonNode itemSchema = schema.get("items");
            if (itemSchema != null && !itemSchema.isArray()) {
                items = compile(documentId, itemSchema);
            }
            JsonNode referenceName = schema.get("x-reference");
            if (referenceName != null) {
                reference = referenceName.asString();
            }
            JsonNode coerce = schema.get("x-coerce");
            if (coerce != null) {
                coercion = Coercion.byId(coerce.asString());
            }
            for (JsonNode name : each(schema.get("x-replaced-whole"))) {
                replacedWhole.add(name.asString());
            }
        }

        void merge(Shape part) {
            if (part.refused()) {
                throw new IllegalStateException("a false schema cannot be combined");
            }
            if (types.isEmpty()) {
                types.addAll(part.types());
            } else if (!part.types().isEmpty()) {
                types.retainAll(part.types());
            }
            if (part.properties() != null) {
                if (properties == null) {
                    properties = new LinkedHashMap<>();
                }
                properties.putAll(part.properties());
                for (String name : part.properties().keySet()) {
                    aliases.put(name, part.aliasesOf(name));
                }
            }
            additional = part.additional() != null ? part.additional() : additional;
            items = part.items() != null ? part.items() : items;
            alternatives.addAll(part.alternatives());
            legacyAlternatives.addAll(part.legacy().alternatives(part.alternatives().size()));
            legacyValues.putAll(part.legacy().values());
            if (part.enumValues() != null) {
                restrictEnum(part.enumValues());
            }
            coercion = part.coercion() != null ? part.coercion() : coercion;
            reference = part.reference() != null ? part.reference() : reference;
        }

        Shape build(String documentId) {
            for (String name : replacedWhole) {
                Shape.Property property = properties == null ? null : properties.get(name);
                if (property == null) {
                    throw new IllegalStateException("x-replaced-whole names '" + name + "', not a property of "
                            + documentId);
                }
                properties.put(name, property.fillingDefaults());
            }
            Map<String, String> spellings = new HashMap<>();
            if (properties != null) {
                for (String name : properties.keySet()) {
                    List<String> names = new ArrayList<>();
                    names.add(name);
                    names.addAll(aliases.getOrDefault(name, List.of()));
                    for (String spelling : names) {
                        claim(spellings, spelling, name, documentId);
                        claim(spellings, KeySpelling.camel(spelling), name, documentId);
                    }
                }
            }
            return new Shape(types, constValue, enumValues, properties, spellings, additional, items, alternatives,
                    coercion, false, aliases, reference, LegacyMarks.of(legacyValues, legacyAlternatives));
        }

        /** Keeps the enumerated values that are also in {@code values} (every enum of a schema applies). */
        private void restrictEnum(Collection<JsonNode> values) {
            if (enumValues == null) {
                enumValues = new HashSet<>(values);
            } else {
                enumValues.retainAll(values);
            }
        }

        /**
         * Reads {@code x-legacy}: a text on a property (its key) or an {@code anyOf} alternative (its values),
         * read where those are met, or {@code {"values": {VALUE: TEXT}}} beside the {@code enum} that lists
         * each VALUE. Any other form or place is refused, so that no mark is silently without effect.
         */
        void readLegacy(String documentId, JsonNode schema) {
            JsonNode legacy = schema.get("x-legacy");
            if (legacy == null) {
                return;
            }
            if (legacy.isString()) {
                if (!legacyPlaces.contains(schema)) {
                    throw new IllegalStateException("x-legacy text in " + documentId + " is neither on a property nor"
                            + " on an anyOf alternative; beside an enum, mark values with {\"values\": {...}}");
                }
                text(documentId, legacy);
                return;
            }
            JsonNode values = legacy.get("values");
            JsonNode enumerated = schema.get("enum");
            if (!legacy.isObject() || legacy.size() != 1 || values == null || !values.isObject() || values.isEmpty()
                    || enumerated == null) {
                throw new IllegalStateException("x-legacy in " + documentId + " must be a text, or"
                        + " {\"values\": {VALUE: TEXT}} beside an enum: " + legacy);
            }
            for (Map.Entry<String, JsonNode> value : values.properties()) {
                if (!enumValues.contains(CompactNodeFactory.INSTANCE.stringNode(value.getKey()))) {
                    throw new IllegalStateException("x-legacy in " + documentId + " marks '" + value.getKey()
                            + "', which its enum does not list");
                }
                legacyValues.put(value.getKey(), text(documentId, value.getValue()));
            }
        }

        private void claim(Map<String, String> spellings, String spelling, String name, String documentId) {
            String previous = spellings.put(spelling, name);
            if (previous != null && !previous.equals(name)) {
                throw new IllegalStateException("spelling '" + spelling + "' names both '" + previous + "' and '"
                        + name + "' in " + documentId);
            }
        }
    }

    /** The {@code x-legacy} text of a property schema or an alternative, or null when it has none. */
    private static String legacyText(JsonNode schema) {
        JsonNode legacy = schema.get("x-legacy");
        return legacy == null || !legacy.isString() ? null : legacy.asString();
    }

    private static String text(String documentId, JsonNode text) {
        if (!text.isString() || text.asString().isBlank()) {
            throw new IllegalStateException("an x-legacy text in " + documentId + " must name the source: " + text);
        }
        return text.asString();
    }

    private static Iterable<JsonNode> each(JsonNode node) {
        if (node == null) {
            return List.of();
        }
        return node.isArray() ? node.values() : List.of(node);
    }
}
