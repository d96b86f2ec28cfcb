package io.assistconf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import com.networknt.schema.Error;

/**
 * The entry point: normalizes and validates assistant configuration payloads.
 *
 * <p>Build one instance and share it: it is immutable and thread-safe, and the schemas behind it are
 * compiled once per process.
 *
 * <pre>{@code
 * AssistConf assistconf = AssistConf.builder().strict(true).build();
 * Result result = assistconf.check(Variant.FREDDY, Kind.CREATE, Input.json(body));
 * if (!result.valid()) {
 *     result.errors().forEach(v -> System.out.println(v.pointer() + ": " + v.message()));
 * }
 * }</pre>
 */
public final class AssistConf {

    private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::pointer)
            .thenComparing(Violation::code).thenComparing(Violation::message);

    private final boolean strict;
    private final boolean locations;
    private final PayloadReader reader;
    private final CompiledSchemas schemas;

    private AssistConf(Builder builder) {
        this.strict = builder.strict;
        this.locations = builder.locations;
        this.reader = new PayloadReader(builder.limits);
        this.schemas = CompiledSchemas.get();
    }

    /** An instance with the defaults: lenient about unknown properties, locations on, {@link Limits#DEFAULTS}. */
    public static AssistConf create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The kinds the variant documents, in declaration order. */
    public Set<Kind> kinds(Variant variant) {
        return schemas.kinds(variant);
    }

    /**
     * Reads, normalizes and validates one payload. Never throws for bad input: every problem with the
     * input, including unreadable, malformed or oversized input, is a violation in the result.
     *
     * @throws IllegalArgumentException when the variant documents no such kind (see {@link #kinds})
     */
    public Result check(Variant variant, Kind kind, Input input) {
        Objects.requireNonNull(input, "input");
        CompiledSchemas.Entry entry = schemas.entry(Objects.requireNonNull(variant, "variant"),
                Objects.requireNonNull(kind, "kind"));
        if (entry == null) {
            throw new IllegalArgumentException(variant.id() + " has no '" + kind.id() + "' kind; it has " + kinds(variant));
        }
        ReadOutcome read = reader.read(input);
        if (read.problem() != null) {
            return new Result(variant, kind, List.of(read.problem()), List.of(), null);
        }
        Document document = read.document();
        Normalization normalized = Normalizer.normalize(document.tree(), entry.shape(), kind.fillsDefaults(),
                input.isQuery(), strict ? Severity.ERROR : Severity.WARNING);
        List<Violation> found = new ArrayList<>();
        List<Error> schemaErrors = SchemaValidator.validate(entry.schema(), normalized.canonical());
        if (!schemaErrors.isEmpty()) {
            found.addAll(schemas.translator().translate(schemaErrors));
        }
        variant.rules().check(kind, normalized.canonical(), found);
        List<Violation> violations = report(normalized, found, document);
        return new Result(variant, kind, violations, normalized.changes(), normalized.canonical());
    }

    /**
     * All violations, in a stable order: the normalizer's as they are, the schema's and the rules' with
     * the user's path, schema errors at a place the normalizer already refused dropped, and each located
     * in the input text when there is one.
     */
    private List<Violation> report(Normalization normalized, List<Violation> found, Document document) {
        if (normalized.violations().isEmpty() && found.isEmpty()) {
            return List.of();
        }
        Set<String> refused = new HashSet<>();
        normalized.violations().stream().filter(v -> v.severity() == Severity.ERROR)
                .forEach(v -> refused.add(v.pointer()));
        PathTranslator paths = new PathTranslator(normalized.changes());
        List<Violation> all = new ArrayList<>(normalized.violations());
        for (Violation violation : found) {
            if (!refused.contains(violation.pointer())) {
                all.add(violation.withPath(paths.original(violation.pointer())));
            }
        }
        if (locations && document.hasText()) {
            LocationIndex index = LocationIndex.of(document.text(), reader.parser().mapper(document.format()));
            all.replaceAll(violation -> {
                long[] at = index.find(violation.path());
                return at == null ? violation : violation.at((int) at[0], (int) at[1]);
            });
        }
        all.sort(ORDER);
        return List.copyOf(new LinkedHashSet<>(all));
    }

    /** Options of an {@link AssistConf}. */
    public static final class Builder {
        private boolean strict;
        private boolean locations = true;
        private Limits limits = Limits.DEFAULTS;

        private Builder() {
        }

        /** Strict mode: unknown properties are errors instead of warnings. Off by default. */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * Whether violations in text input get line and column (on by default). Locating costs a second
         * pass over the text, made only for payloads that have violations.
         */
        public Builder locations(boolean locations) {
            this.locations = locations;
            return this;
        }

        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        public AssistConf build() {
            return new AssistConf(this);
        }
    }
}
