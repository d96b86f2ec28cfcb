package io.assistconf.internal.check;

import io.assistconf.Code;
import io.assistconf.DecidedBy;
import io.assistconf.Kind;
import io.assistconf.Variant;
import io.assistconf.Violation;
import io.assistconf.internal.normalize.TreeNormalizer;
import io.assistconf.internal.schema.SchemaFiles;
import io.assistconf.internal.tree.Pointers;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * What a document's root {@code $schema} key names, from the schema ids alone: every check asks it, and it
 * needs no compiled schema (the {@link VariantDetector} needs them all).
 */
public final class SchemaKey {

    private final CompiledSchemas schemas;

    SchemaKey(CompiledSchemas schemas) {
        this.schemas = schemas;
    }

    /** The variant and kind a root {@code $schema} key names, or null when it names no schema of assistconf. */
    VariantDetector.Detection of(JsonNode root) {
        JsonNode declared = root.isObject() ? root.get(TreeNormalizer.SCHEMA_KEY) : null;
        return declared != null && declared.isString() ? named(declared.asString()) : null;
    }

    /** The variant and kind of the schema with this id, or null when assistconf has none. */
    private VariantDetector.Detection named(String id) {
        for (Variant variant : Variant.values()) {
            for (Kind kind : schemas.kinds(variant)) {
                if (SchemaFiles.idOf(variant, kind).equals(id)) {
                    return new VariantDetector.Detection(variant, DecidedBy.SCHEMA_KEY, kind, DecidedBy.SCHEMA_KEY,
                            null);
                }
            }
        }
        return null;
    }

    /**
     * A warning when the root's {@code $schema} names a schema of assistconf other than the one the
     * document is checked against (given by the caller, or its kind given and its variant detected).
     */
    public Optional<Violation> mismatch(JsonNode root, Variant variant, Kind kind) {
        VariantDetector.Detection named = of(root);
        if (named == null || (named.variant() == variant && named.kind() == kind)) {
            return Optional.empty();
        }
        return Optional.of(Code.SCHEMA_MISMATCH.at(Pointers.append("", TreeNormalizer.SCHEMA_KEY),
                "$schema names the " + named.variant().id() + " " + named.kind().id() + " schema, but the document"
                        + " is checked as " + variant.id() + " " + kind.id()));
    }
}
