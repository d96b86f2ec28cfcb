package io.assistconf.internal.check;

import io.assistconf.Code;
import io.assistconf.DecidedBy;
import io.assistconf.Kind;
import io.assistconf.Variant;
import io.assistconf.Violation;
import io.assistconf.internal.normalize.TreeNormalizer;
import io.assistconf.internal.schema.SchemaFiles;
import io.assistconf.internal.schema.Shape;
import io.assistconf.internal.tree.JsonType;
import io.assistconf.internal.tree.KeySpelling;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Tells what a document is when the caller does not say. The variant: from a {@code $schema} key naming
 * one of the schemas, or else from the top-level keys that only one variant's schema of that kind knows
 * (in any accepted spelling). The kind: from the {@code $schema} key, or else {@code object} when the
 * document carries a field the server assigns to every stored object, {@code create} when it carries none.
 * A document with no key that tells a variant, most of whose keys no schema knows, is no assistant
 * configuration at all. Everything is derived from the schemas, so a new variant needs no detection code.
 */
public final class VariantDetector {

    /**
     * What a document is checked as and what decided its variant and its kind; or the problem that kept its
     * variant from being detected (the variant and what decided it are then null).
     */
    public record Detection(Variant variant, DecidedBy variantBy, Kind kind, DecidedBy kindBy, Violation problem) {
    }

    /** The variant the keys show, or the problem why they show none. */
    private record ByKeys(Variant variant, Violation problem) {
    }

    private final CompiledSchemas schemas;
    private final SchemaKey schemaKey;
    private final Map<Kind, Map<Variant, Set<String>>> distinctive = new EnumMap<>(Kind.class);
    private final Map<Variant, Set<String>> storedFields = new EnumMap<>(Variant.class);
    /** The shapes whose keys are the top-level keys of a document of some kind of some variant. */
    private final List<Shape> topLevels = new ArrayList<>();

    VariantDetector(CompiledSchemas schemas, SchemaFiles files) {
        this.schemas = schemas;
        this.schemaKey = schemas.schemaKey();
        for (Kind kind : Kind.values()) {
            Map<Variant, Set<String>> keys = new EnumMap<>(Variant.class);
            for (Variant variant : Variant.values()) {
                CompiledSchemas.Entry entry = schemas.entry(variant, kind);
                if (entry != null) {
                    Set<String> names = new HashSet<>(topLevel(entry.shape()).spellings());
                    names.remove(TreeNormalizer.SCHEMA_KEY); // read first when it names a schema, else no evidence
                    keys.put(variant, names);
                }
            }
            Map<Variant, Set<String>> unique = new EnumMap<>(Variant.class);
            keys.forEach((variant, names) -> {
                Set<String> own = new HashSet<>(names);
                keys.forEach((other, otherNames) -> {
                    if (other != variant) {
                        own.removeAll(otherNames);
                    }
                });
                unique.put(variant, own);
            });
            distinctive.put(kind, unique);
        }
        for (Variant variant : Variant.values()) {
            for (Kind kind : schemas.kinds(variant)) {
                topLevels.add(topLevel(schemas.entry(variant, kind).shape()));
            }
            storedFields.put(variant, storedFields(variant, files));
        }
    }

    /**
     * The top-level fields that the variant's object schema requires and its create schema refuses: those
     * the server assigns to every stored object (an id, timestamps). None for a variant without both kinds.
     */
    private Set<String> storedFields(Variant variant, SchemaFiles files) {
        CompiledSchemas.Entry create = schemas.entry(variant, Kind.CREATE);
        if (create == null || schemas.entry(variant, Kind.OBJECT) == null) {
            return Set.of();
        }
        Set<String> fields = new TreeSet<>();
        for (JsonNode required : files.document(SchemaFiles.idOf(variant, Kind.OBJECT)).path("required")) {
            Shape.Property property = create.shape().properties().get(required.asString());
            if (property != null && property.shape().refused()) {
                fields.add(required.asString());
            }
        }
        return Collections.unmodifiableSet(fields);
    }

    /** The fields whose presence makes a document of the variant a stored object when no kind is given. */
    public Set<String> storedFields(Variant variant) {
        return storedFields.get(variant);
    }

    /**
     * Detects what the caller does not give (null) of the variant and the kind of a document; given both,
     * it returns them.
     */
    public Detection detect(JsonNode root, Variant variant, Kind kind) {
        Detection named = schemaKey.of(root);
        Variant found = variant;
        DecidedBy foundBy = DecidedBy.GIVEN;
        if (found == null && named != null) {
            found = named.variant();
            foundBy = DecidedBy.SCHEMA_KEY;
        }
        if (found == null) {
            ByKeys byKeys = byKeys(root, kind == null ? Kind.OBJECT : kind);
            if (byKeys.problem() != null) {
                return new Detection(null, null, kind == null ? Kind.OBJECT : kind,
                        kind == null ? DecidedBy.DEFAULT : DecidedBy.GIVEN, byKeys.problem());
            }
            found = byKeys.variant();
            foundBy = DecidedBy.CONTENT;
        }
        if (kind != null) {
            return new Detection(found, foundBy, kind, DecidedBy.GIVEN, null);
        }
        if (named != null && named.variant() == found) {
            return new Detection(found, foundBy, named.kind(), DecidedBy.SCHEMA_KEY, null);
        }
        return new Detection(found, foundBy, kindOf(root, found), DecidedBy.CONTENT, null);
    }

    /** {@code object} when the root carries a field the server assigns to every stored object, else {@code create}. */
    private Kind kindOf(JsonNode root, Variant variant) {
        if (storedFields.get(variant).isEmpty()) {
            return Kind.OBJECT;
        }
        Shape object = schemas.entry(variant, Kind.OBJECT).shape();
        if (root.isObject()) {
            for (String key : root.propertyNames()) {
                String name = object.canonicalName(key);
                if (name != null && storedFields.get(variant).contains(name)) {
                    return Kind.OBJECT;
                }
            }
        }
        return Kind.CREATE;
    }

    /** The variant of the only candidate of the kind, or of the only one whose distinctive keys the root has. */
    private ByKeys byKeys(JsonNode root, Kind target) {
        List<Variant> candidates = new ArrayList<>();
        distinctive.get(target).keySet().stream()
                .filter(variant -> schemas.entry(variant, target).shape().admits(root))
                .forEach(candidates::add);
        if (candidates.size() == 1) {
            return new ByKeys(candidates.get(0), null);
        }
        if (candidates.isEmpty()) {
            return new ByKeys(null, undetected(root, "no variant has a '" + target.id()
                    + "' document whose root is of type " + JsonType.of(root).label()));
        }
        Map<Variant, Set<String>> evidence = new EnumMap<>(Variant.class);
        for (Variant variant : candidates) {
            Set<String> found = new TreeSet<>();
            for (String key : keysOf(root)) {
                if (distinctive.get(target).get(variant).contains(key)
                        || distinctive.get(target).get(variant).contains(KeySpelling.snake(key))) {
                    found.add(key);
                }
            }
            if (!found.isEmpty()) {
                evidence.put(variant, found);
            }
        }
        if (evidence.size() == 1) {
            return new ByKeys(evidence.keySet().iterator().next(), null);
        }
        if (evidence.isEmpty()) {
            StringJoiner names = new StringJoiner(", ");
            candidates.forEach(variant -> names.add(variant.id()));
            return new ByKeys(null, undetected(root, "no key tells the variant of this " + target.id()
                    + " apart; it could be " + names + ": give the variant, or a $schema key"));
        }
        StringJoiner reasons = new StringJoiner("; ");
        evidence.forEach((variant, keys) -> reasons.add(variant.id() + " (" + String.join(", ", keys) + ")"));
        return new ByKeys(null, problem(Code.AMBIGUOUS_VARIANT, "the keys point to more than one variant: " + reasons
                + "; give the variant, or a $schema key"));
    }

    /**
     * The problem of a document whose keys tell no variant: {@code not_assistant_config} when its root is a
     * scalar (no kind has one) or when more of its top-level keys (of the root object, or of the objects of a
     * root array) are fields of no schema than of some schema; else {@code unknown_variant} saying
     * {@code why}: an empty object could be an empty update body or query. Its messages count keys and never
     * quote one: an unknown key may carry a secret.
     */
    private Violation undetected(JsonNode root, String why) {
        if (!root.isContainer()) {
            return notAssistantConfig("its top-level value is of type " + JsonType.of(root).label());
        }
        Set<String> keys = keysOf(root);
        keys.remove(TreeNormalizer.SCHEMA_KEY);
        long known = keys.stream().filter(this::known).count();
        if (known >= keys.size() - known) {
            return problem(Code.UNKNOWN_VARIANT, why);
        }
        return notAssistantConfig(known == 0 ? "none of its " + keys.size() + " top-level keys is a field of any"
                + " assistant schema" : "only " + known + " of its " + keys.size() + " top-level keys "
                + (known == 1 ? "is a field" : "are fields") + " of an assistant schema, and none tells a variant apart");
    }

    private static Violation notAssistantConfig(String reason) {
        return problem(Code.NOT_ASSISTANT_CONFIG, "not an assistant configuration: " + reason
                + "; give the variant to check it as one");
    }

    private boolean known(String key) {
        return topLevels.stream().anyMatch(shape -> shape.property(key) != null);
    }

    private static Violation problem(Code code, String message) {
        return code.violation("", "", 0, 0, message);
    }

    /** The shape whose keys identify a document: the root object, or the items of a root array. */
    private static Shape topLevel(Shape root) {
        return root.types().contains(JsonType.ARRAY) && root.items() != null ? root.items() : root;
    }

    private static Set<String> keysOf(JsonNode root) {
        Set<String> keys = new HashSet<>();
        if (root.isObject()) {
            keys.addAll(root.propertyNames());
        } else if (root.isArray()) {
            for (JsonNode element : root) {
                if (element.isObject()) {
                    keys.addAll(element.propertyNames());
                }
            }
        }
        return keys;
    }
}
