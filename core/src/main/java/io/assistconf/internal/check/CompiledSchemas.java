package io.assistconf.internal.check;

import com.networknt.schema.Schema;
import io.assistconf.Kind;
import io.assistconf.Variant;
import io.assistconf.internal.schema.SchemaFiles;
import io.assistconf.internal.schema.SecretMarks;
import io.assistconf.internal.schema.Shape;
import io.assistconf.internal.schema.ShapeCompiler;
import io.assistconf.internal.tree.SecretKeys;
import io.assistconf.internal.validate.ErrorTranslator;
import io.assistconf.internal.validate.FastSchema;
import io.assistconf.internal.validate.SchemaValidator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Every variant's schemas, each compiled once per process on first use, so that a run compiles only what it
 * checks: a variant's kind gets the normalizer's {@link Shape} and its {@link FastSchema} when a document is
 * first checked as it, networknt's {@link Schema} when the fast validator first finds one invalid, and the
 * {@link VariantDetector} (which needs every shape) when a variant or kind is first detected. A defect of a
 * shipped schema is then found when it is first used, and {@link #compileAll()} finds every one at once.
 * Thread-safe; what is compiled never changes.
 */
public final class CompiledSchemas {

    /** The compiled forms of one schema file. */
    public static final class Entry {
        private final String id;
        private final Shape shape;
        private final FastSchema fast;
        private volatile Schema schema;

        private Entry(String id, Shape shape, FastSchema fast) {
            this.id = id;
            this.shape = shape;
            this.fast = fast;
        }

        public Shape shape() {
            return shape;
        }

        /** Null when the schema uses a keyword {@link FastSchema} does not implement (networknt checks all). */
        public FastSchema fast() {
            return fast;
        }

        /** networknt's schema, compiled on the first call: valid payloads never need it. */
        public Schema schema() {
            Schema compiled = schema;
            if (compiled == null) {
                synchronized (this) {
                    if (schema == null) {
                        schema = Networknt.VALIDATOR.compile(id);
                    }
                    compiled = schema;
                }
            }
            return compiled;
        }
    }

    private static final class Holder {
        static final CompiledSchemas INSTANCE = new CompiledSchemas();
    }

    /** networknt's registry, built on the first networknt compilation. */
    private static final class Networknt {
        static final SchemaValidator VALIDATOR = new SchemaValidator();
    }

    private final SchemaFiles files = new SchemaFiles();
    private final ErrorTranslator translator = new ErrorTranslator(files);
    private final Map<Variant, Set<Kind>> kinds = new EnumMap<>(Variant.class);
    /** One slot per variant and kind, filled on first use; compiling is guarded by this object's lock. */
    private final AtomicReferenceArray<Entry> entries =
            new AtomicReferenceArray<>(Variant.values().length * Kind.values().length);
    private final ShapeCompiler compiler = new ShapeCompiler(files);
    private final SecretKeys secretKeys;
    private final SchemaKey schemaKey = new SchemaKey(this);
    private volatile VariantDetector detector;

    private CompiledSchemas() {
        List<String> ids = new ArrayList<>();
        for (Variant variant : Variant.values()) {
            Set<Kind> documented = EnumSet.noneOf(Kind.class);
            for (Kind kind : Kind.values()) {
                if (SchemaFiles.exists(SchemaFiles.idOf(variant, kind))) {
                    documented.add(kind);
                    ids.add(SchemaFiles.idOf(variant, kind));
                }
            }
            kinds.put(variant, Collections.unmodifiableSet(documented));
        }
        secretKeys = new SecretKeys(SecretMarks.of(files, ids));
    }

    public static CompiledSchemas get() {
        return Holder.INSTANCE;
    }

    /** The compiled schema of a variant's kind, or null when the variant documents no such kind. */
    public Entry entry(Variant variant, Kind kind) {
        if (!kinds.get(variant).contains(kind)) {
            return null;
        }
        int slot = variant.ordinal() * Kind.values().length + kind.ordinal();
        Entry entry = entries.get(slot);
        return entry != null ? entry : compile(slot, variant, kind);
    }

    private synchronized Entry compile(int slot, Variant variant, Kind kind) {
        Entry entry = entries.get(slot);
        if (entry == null) {
            String id = SchemaFiles.idOf(variant, kind);
            entry = new Entry(id, compiler.compile(id), FastSchema.compile(files, id));
            entries.set(slot, entry);
        }
        return entry;
    }

    /**
     * Compiles everything now: every kind of every variant in each form, and the detector. Throws at the
     * first shipped schema that cannot be compiled (a bad {@code x-legacy} mark, a recursive schema, an
     * unresolvable {@code $ref}).
     */
    public void compileAll() {
        for (Variant variant : Variant.values()) {
            for (Kind kind : kinds(variant)) {
                entry(variant, kind).schema();
            }
        }
        detector();
    }

    public Set<Kind> kinds(Variant variant) {
        return kinds.get(variant);
    }

    /** The detector, built on first use from the shapes of every kind of every variant. */
    public VariantDetector detector() {
        VariantDetector built = detector;
        if (built == null) {
            synchronized (this) {
                if (detector == null) {
                    detector = new VariantDetector(this, files);
                }
                built = detector;
            }
        }
        return built;
    }

    /** Reads a root {@code $schema} key; compiles nothing. */
    public SchemaKey schemaKey() {
        return schemaKey;
    }

    public ErrorTranslator translator() {
        return translator;
    }

    /** Recognizes keys that start with the name of a secret field of any variant. */
    public SecretKeys secretKeys() {
        return secretKeys;
    }
}
