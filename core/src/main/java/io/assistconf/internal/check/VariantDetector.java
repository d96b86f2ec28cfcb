package io.assistconf.internal.check;

import io.assistconf.Code;
import io.assistconf.Kind;
import io.assistconf.Variant;
import io.assistconf.Violation;
import io.assistconf.internal.normalize.TreeNormalizer;
import io.assistconf.internal.schema.SchemaFiles;
import io.assistconf.internal.schema.Shape;
import io.assistconf.internal.tree.JsonType;
import io.assistconf.internal.tree.KeySpelling;
import io.assistconf.internal.tree.Pointers;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Tells which variant a payload belongs to when the caller does not say: from a {@code $schema} key naming
 * one of the schemas, or else from the top-level keys that only one variant's schema of that kind knows
 * (in any accepted spelling). The distinctive keys are derived from the schemas, so a new variant needs
 * no detection code.
 */
public final class VariantDetector {

    /** A detected variant and kind, or the problem that prevented detection. */
    public record Detection(Variant variant, Kind kind, Violation problem) {
    }

    private final CompiledSchemas schemas;
    private final Map<Kind, Map<Variant, Set<String>>> distinctive = new EnumMap<>(Kind.class);

    VariantDetector(CompiledSchemas schemas) {
        this.schemas = schemas;
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
    }

    /** Detects the variant of a document; {@code kind} null means: from {@code $schema}, else object. */
    public Detection detect(JsonNode root, Kind kind) {
        JsonNode declared = root.isObject() ? root.get(TreeNormalizer.SCHEMA_KEY) : null;
        if (declared != null && declared.isString()) {
            return fromSchemaKey(declared.asString(), kind);
        }
        Kind target = kind == null ? Kind.OBJECT : kind;
        List<Variant> candidates = new ArrayList<>();
        distinctive.get(target).keySet().stream()
                .filter(variant -> schemas.entry(variant, target).shape().admits(root))
                .forEach(candidates::add);
        if (candidates.size() == 1) {
            return new Detection(candidates.get(0), target, null);
        }
        if (candidates.isEmpty()) {
            return failed(Code.UNKNOWN_VARIANT, "no variant has a '" + target.id() + "' document whose root is of type "
                    + JsonType.of(root).label());
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
            return new Detection(evidence.keySet().iterator().next(), target, null);
        }
        if (evidence.isEmpty()) {
            StringJoiner names = new StringJoiner(", ");
            candidates.forEach(variant -> names.add(variant.id()));
            return failed(Code.UNKNOWN_VARIANT, "no key tells the variant of this " + target.id()
                    + " apart; it could be " + names + ": give the variant, or a $schema key");
        }
        StringJoiner reasons = new StringJoiner("; ");
        evidence.forEach((variant, keys) -> reasons.add(variant.id() + " (" + String.join(", ", keys) + ")"));
        return failed(Code.AMBIGUOUS_VARIANT, "the keys point to more than one variant: " + reasons
                + "; give the variant, or a $schema key");
    }

    private Detection fromSchemaKey(String id, Kind kind) {
        Detection named = schemaNamed(id);
        if (named == null) {
            return failed(Code.UNKNOWN_VARIANT, "$schema names no schema of assistconf; expected "
                    + SchemaFiles.ID_PREFIX + "<variant>/<kind>.json");
        }
        return kind == null ? named : new Detection(named.variant(), kind, null);
    }

    /** The variant and kind of the schema with this id, or null when assistconf has none. */
    private Detection schemaNamed(String id) {
        for (Variant variant : Variant.values()) {
            for (Kind kind : schemas.kinds(variant)) {
                if (SchemaFiles.idOf(variant, kind).equals(id)) {
                    return new Detection(variant, kind, null);
                }
            }
        }
        return null;
    }

    /**
     * A warning when the root's {@code $schema} names a schema of assistconf other than the one the
     * document is checked against (given by the caller, or its kind given and its variant detected).
     */
    public Optional<Violation> schemaMismatch(JsonNode root, Variant variant, Kind kind) {
        JsonNode declared = root.isObject() ? root.get(TreeNormalizer.SCHEMA_KEY) : null;
        Detection named = declared != null && declared.isString() ? schemaNamed(declared.asString()) : null;
        if (named == null || (named.variant() == variant && named.kind() == kind)) {
            return Optional.empty();
        }
        return Optional.of(Code.SCHEMA_MISMATCH.at(Pointers.append("", TreeNormalizer.SCHEMA_KEY),
                "$schema names the " + named.variant().id() + " " + named.kind().id() + " schema, but the document"
                        + " is checked as " + variant.id() + " " + kind.id()));
    }

    private static Detection failed(Code code, String message) {
        return new Detection(null, null, code.violation("", "", 0, 0, message));
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
