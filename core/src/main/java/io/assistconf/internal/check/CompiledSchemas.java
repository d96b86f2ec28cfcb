package io.assistconf.internal.check;

import com.networknt.schema.Schema;
import io.assistconf.Kind;
import io.assistconf.Variant;
import io.assistconf.internal.schema.SchemaFiles;
import io.assistconf.internal.schema.Shape;
import io.assistconf.internal.schema.ShapeCompiler;
import io.assistconf.internal.tree.SecretKeys;
import io.assistconf.internal.validate.ErrorTranslator;
import io.assistconf.internal.validate.FastSchema;
import io.assistconf.internal.validate.SchemaValidator;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Every variant's schemas, compiled once per process: the normalizer's {@link Shape} and networknt's
 * {@link Schema} for each kind a variant has a schema file for, and the names of the secret fields of all
 * of them. Immutable once built.
 */
public final class CompiledSchemas {

    /**
     * The compiled forms of one schema file; {@code fast} is null when the schema uses a keyword
     * {@link FastSchema} does not implement (every payload then goes to networknt).
     */
    public record Entry(Shape shape, Schema schema, FastSchema fast) {
    }

    private static final class Holder {
        static final CompiledSchemas INSTANCE = new CompiledSchemas();
    }

    private final SchemaFiles files = new SchemaFiles();
    private final ErrorTranslator translator = new ErrorTranslator(files);
    private final Map<Variant, Map<Kind, Entry>> entries = new EnumMap<>(Variant.class);
    private final VariantDetector detector;
    private final SecretKeys secretKeys;

    private CompiledSchemas() {
        SchemaValidator validator = new SchemaValidator();
        ShapeCompiler compiler = new ShapeCompiler(files);
        for (Variant variant : Variant.values()) {
            Map<Kind, Entry> kinds = new EnumMap<>(Kind.class);
            for (Kind kind : Kind.values()) {
                String id = SchemaFiles.idOf(variant, kind);
                if (SchemaFiles.exists(id)) {
                    kinds.put(kind, new Entry(compiler.compile(id), validator.compile(id), FastSchema.compile(files, id)));
                }
            }
            entries.put(variant, Collections.unmodifiableMap(kinds));
        }
        detector = new VariantDetector(this, files);
        secretKeys = new SecretKeys(compiler.secretFields());
    }

    public static CompiledSchemas get() {
        return Holder.INSTANCE;
    }

    /** The compiled schema of a variant's kind, or null when the variant documents no such kind. */
    public Entry entry(Variant variant, Kind kind) {
        return entries.get(variant).get(kind);
    }

    public Set<Kind> kinds(Variant variant) {
        return entries.get(variant).keySet();
    }

    public VariantDetector detector() {
        return detector;
    }

    public ErrorTranslator translator() {
        return translator;
    }

    /** Recognizes keys that start with the name of a secret field of any variant. */
    public SecretKeys secretKeys() {
        return secretKeys;
    }
}
