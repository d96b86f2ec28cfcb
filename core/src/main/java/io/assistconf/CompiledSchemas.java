package io.assistconf;

import com.networknt.schema.Schema;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Every variant's schemas, compiled once per process: the normalizer's {@link Shape} and networknt's
 * {@link Schema} for each kind a variant has a schema file for. Immutable once built.
 */
final class CompiledSchemas {

    /**
     * The compiled forms of one schema file; {@code fast} is null when the schema uses a keyword
     * {@link FastSchema} does not implement (every payload then goes to networknt).
     */
    record Entry(Shape shape, Schema schema, FastSchema fast) {
    }

    private static final class Holder {
        static final CompiledSchemas INSTANCE = new CompiledSchemas();
    }

    private final SchemaFiles files = new SchemaFiles();
    private final ErrorTranslator translator = new ErrorTranslator(files);
    private final Map<Variant, Map<Kind, Entry>> entries = new EnumMap<>(Variant.class);
    private final VariantDetector detector;

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
        detector = new VariantDetector(this);
    }

    static CompiledSchemas get() {
        return Holder.INSTANCE;
    }

    /** The compiled schema of a variant's kind, or null when the variant documents no such kind. */
    Entry entry(Variant variant, Kind kind) {
        return entries.get(variant).get(kind);
    }

    Set<Kind> kinds(Variant variant) {
        return entries.get(variant).keySet();
    }

    VariantDetector detector() {
        return detector;
    }

    ErrorTranslator translator() {
        return translator;
    }
}
