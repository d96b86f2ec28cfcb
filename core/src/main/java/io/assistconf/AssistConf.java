package io.assistconf;

import io.assistconf.internal.check.CompiledSchemas;
import io.assistconf.internal.check.RuntimeRequirements;
import io.assistconf.internal.check.VariantDetector;
import io.assistconf.internal.normalize.ChangeList;
import io.assistconf.internal.normalize.Normalization;
import io.assistconf.internal.normalize.PathTranslator;
import io.assistconf.internal.normalize.StreamingNormalization;
import io.assistconf.internal.normalize.TreeNormalizer;
import io.assistconf.internal.normalize.Unlisted;
import io.assistconf.internal.read.Document;
import io.assistconf.internal.read.DocumentStream;
import io.assistconf.internal.read.PayloadReader;
import io.assistconf.internal.read.PointerLocator;
import io.assistconf.internal.read.ReadOutcome;
import io.assistconf.internal.read.TreeBuilder;
import io.assistconf.internal.rules.RuleRegistry;
import io.assistconf.internal.tree.JsonType;
import io.assistconf.internal.tree.SecretKeys;
import io.assistconf.internal.validate.FastSchema;
import io.assistconf.internal.validate.SchemaValidator;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * The entry point: normalizes and validates assistant configuration payloads.
 *
 * <p>Build one instance and share it: it is immutable and thread-safe, and the schemas behind it are
 * compiled once per process, each when a payload is first checked against it.
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

    private final boolean strict;
    private final boolean fillDefaults;
    private final boolean locations;
    private final Limits limits;
    private final Catalogue catalogue;
    private final PayloadReader reader;
    private final CompiledSchemas schemas;
    private final SecretKeys secretKeys;

    private AssistConf(Builder builder) {
        RuntimeRequirements.verify(AssistConf.class.getClassLoader());
        this.strict = builder.strict;
        this.fillDefaults = builder.fillDefaults;
        this.locations = builder.locations;
        this.limits = builder.limits;
        this.catalogue = builder.catalogue;
        this.schemas = CompiledSchemas.get();
        this.secretKeys = schemas.secretKeys();
        this.reader = new PayloadReader(builder.limits, secretKeys);
    }

    /**
     * An instance with the defaults: lenient about unknown properties, locations on, {@link Limits#DEFAULTS},
     * no catalogue.
     *
     * @return a new instance, thread-safe and meant to be reused
     * @throws IllegalStateException as {@link Builder#build()}
     */
    public static AssistConf create() {
        return builder().build();
    }

    /** {@return a new builder with the defaults of {@link #create()}: locations on, {@link Limits#DEFAULTS}, no catalogue} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return the kinds the variant documents, in declaration order}
     *
     * @param variant the API whose schemas are asked about
     */
    public Set<Kind> kinds(Variant variant) {
        return schemas.kinds(Objects.requireNonNull(variant, "variant"));
    }

    /**
     * Reads, normalizes and validates one payload of a known variant. Never throws for bad input: every
     * problem with the input, including unreadable, malformed or oversized input, is a violation in the
     * result, and so is a defect of the checker itself ({@code internal_error}).
     *
     * @param variant the API the payload is meant for
     * @param kind    what the payload is: an object, a create or update request, a list query, ...
     * @param input   the payload
     * @return the verdict, the violations, the canonical payload and the changes that produced it
     * @throws IllegalArgumentException when the variant documents no such kind (see {@link #kinds})
     */
    public Result check(Variant variant, Kind kind, Input input) {
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(kind, "kind");
        CompiledSchemas.Entry entry = entry(variant, kind);
        Objects.requireNonNull(input, "input");
        return guarded(Result.Checked.given(variant, kind), () -> {
            StreamingNormalization streaming = new StreamingNormalization(entry.shape(), mode(kind, input.isQuery()));
            return checkRead(variant, kind, read(input, streaming), streaming, input.isQuery());
        });
    }

    /**
     * Like {@link #check(Variant, Kind, Input)}, detecting the variant from a {@code $schema} key or from
     * the keys only one variant knows. An undetectable or ambiguous payload is an {@code unknown_variant}
     * or {@code ambiguous_variant} error naming the candidates, and one that is no assistant configuration
     * at all (most of its keys are fields of no assistant schema) a {@code not_assistant_config} error.
     *
     * @param kind  what the payload is
     * @param input the payload
     * @return the result, saying which variant was detected and what decided it
     */
    public Result check(Kind kind, Input input) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(input, "input");
        return guarded(Result.Checked.given(null, kind), () -> checkRead(null, kind, read(input, null), null,
                input.isQuery()));
    }

    /**
     * Like {@link #check(Kind, Input)}, with the kind taken from a {@code $schema} key, or else from the
     * content: {@link Kind#OBJECT} when the payload carries a field the server assigns to every stored
     * object (its id, its timestamps), {@link Kind#CREATE} when it carries none. {@link Result} says what
     * decided each.
     *
     * @param input the payload
     * @return the result, saying which variant and kind were checked and what decided each
     */
    public Result check(Input input) {
        Objects.requireNonNull(input, "input");
        return guarded(Result.Checked.given(null, null), () -> checkRead(null, null, read(input, null), null,
                input.isQuery()));
    }

    /**
     * Checks each document of a text: each document of a YAML stream (empty ones skipped), with its own
     * variant and kind when they are detected, its violations located in the lines of the whole text; one
     * result for any other input. The text is parsed once, and the {@link Limits} bound the whole text (its
     * size, the values of all its documents). A problem that ends the reading of the stream is the result
     * of its document, after those of the documents before it; a text without any content is one
     * {@code empty_document}.
     *
     * @param variant the variant of every document, or null to detect it in each, as {@link #check(Kind, Input)}
     * @param kind    the kind of every document, or null to take it from each, as {@link #check(Input)}
     * @param input   the text, or any other input, which is one document
     * @return one result per document, in text order; never empty
     * @throws IllegalArgumentException when the variant documents no such kind (see {@link #kinds})
     */
    public List<Result> checkDocuments(Variant variant, Kind kind, Input input) {
        Objects.requireNonNull(input, "input");
        CompiledSchemas.Entry entry = variant == null || kind == null ? null : entry(variant, kind);
        Result.Checked given = Result.Checked.given(variant, kind);
        if (!input.isText()) {
            return List.of(variant != null && kind != null ? check(variant, kind, input)
                    : guarded(given, () -> checkRead(variant, kind, read(input, null), null, input.isQuery())));
        }
        List<Result> results = new ArrayList<>();
        try {
            StreamingNormalization streaming = entry == null ? null
                    : new StreamingNormalization(entry.shape(), mode(kind, false));
            DocumentStream documents = documents(input, streaming);
            for (ReadOutcome read = documents.next(); read != null; read = documents.next()) {
                ReadOutcome document = read;
                results.add(guarded(given, () -> checkRead(variant, kind, document, streaming, false)));
            }
        } catch (RuntimeException | StackOverflowError e) {
            results.add(internalError(given));
        }
        return results;
    }

    private CompiledSchemas.Entry entry(Variant variant, Kind kind) {
        CompiledSchemas.Entry entry = schemas.entry(variant, kind);
        if (entry == null) {
            throw new IllegalArgumentException(variant.id() + " has no '" + kind.id() + "' kind; it has " + kinds(variant));
        }
        return entry;
    }

    /**
     * Runs a check so that a defect of the checker itself (an unexpected exception, a stack overflow) gives
     * one {@code internal_error} instead of escaping to the caller.
     */
    private static Result guarded(Result.Checked as, Supplier<Result> check) {
        try {
            return check.get();
        } catch (RuntimeException | StackOverflowError e) {
            return internalError(as);
        }
    }

    /** The message says nothing of the exception or the input: either could quote a secret. */
    private static Result internalError(Result.Checked as) {
        return new Result(as, List.of(Code.INTERNAL_ERROR.at("",
                "the payload could not be checked because of a defect in assistconf, not in the payload;"
                        + " please report it")), new ChangeList(), null);
    }

    /**
     * Checks a document read, detecting what the caller does not give (null) of its variant and kind;
     * {@code streaming} (or null) is the normalizer that may have built it as it was read.
     */
    private Result checkRead(Variant variant, Kind kind, ReadOutcome read, StreamingNormalization streaming,
            boolean query) {
        if (read.problem() != null) {
            return new Result(Result.Checked.given(variant, kind), List.of(read.problem()), new ChangeList(), null);
        }
        Document document = read.document();
        Normalization normalized = document.built() ? streaming.result() : null;
        if (variant != null && kind != null) {
            return check(Result.Checked.given(variant, kind), document, normalized, query);
        }
        VariantDetector.Detection detection = schemas.detector().detect(document.tree(), variant, kind);
        if (detection.problem() != null) {
            return problem(new Result.Checked(null, null, detection.kind(), detection.kindBy()), detection.problem(),
                    document);
        }
        Result.Checked as = new Result.Checked(detection.variant(), detection.variantBy(), detection.kind(),
                detection.kindBy());
        if (schemas.entry(detection.variant(), detection.kind()) == null) {
            return problem(as, Code.UNKNOWN_VARIANT.at("", detection.variant().id() + " has no '"
                    + detection.kind().id() + "' kind; it has " + kinds(detection.variant())), document);
        }
        return check(as, document, null, query);
    }

    /** A result of the one problem that kept the document from being checked, located in its text. */
    private Result problem(Result.Checked as, Violation problem, Document document) {
        ChangeList none = new ChangeList();
        return located(as, report(List.of(), List.of(problem), none, Unlisted.NONE, document, List.of()), none,
                null, document);
    }

    /** Reads the input with the reader that fits its form; the builder, if any, builds JSON text. */
    private ReadOutcome read(Input input, TreeBuilder builder) {
        return switch (input.source()) {
            case TEXT -> reader.readText((byte[]) input.content(), input.format(), builder);
            case STREAM -> reader.readStream((InputStream) input.content(), input.format(), builder);
            case FILE -> reader.readFile((Path) input.content(), input.format(), builder);
            case MAP, TREE -> reader.readTree(input.content());
            case QUERY_STRING -> reader.readQuery((String) input.content());
            case QUERY_MAP -> reader.readQuery((Map<?, ?>) input.content());
        };
    }

    /** The documents of a text input; the builder, if any, builds JSON text. */
    private DocumentStream documents(Input input, TreeBuilder builder) {
        return switch (input.source()) {
            case STREAM -> reader.documents((InputStream) input.content(), input.format(), builder);
            case FILE -> reader.documents((Path) input.content(), input.format(), builder);
            default -> reader.parser().documents((byte[]) input.content(), input.format(), builder);
        };
    }

    /** How this instance normalizes a kind: with the defaults it fills, or none when they are not wanted. */
    private TreeNormalizer.Mode mode(Kind kind, boolean query) {
        return mode(kind, query, fillDefaults);
    }

    private TreeNormalizer.Mode mode(Kind kind, boolean query, boolean withDefaults) {
        return new TreeNormalizer.Mode(TreeNormalizer.Defaults.of(kind.fillsDefaults(), withDefaults), query,
                strict ? Severity.ERROR : Severity.WARNING, catalogue, limits, secretKeys);
    }

    /**
     * The payload the server will hold, to judge: the normalized one, or, when it was normalized without
     * defaults, a copy with them filled, so that a rule that reads a default judges as the server would. Its
     * changes are those of the normalization followed by the defaults filled.
     */
    private Normalization judged(Normalization normalized, CompiledSchemas.Entry entry, Kind kind, boolean query) {
        if (fillDefaults) {
            return normalized;
        }
        Normalization filled = TreeNormalizer.normalize(normalized.canonical().deepCopy(), entry.shape(),
                mode(kind, query, true));
        ChangeList changes = new ChangeList(normalized.changes());
        changes.addDefaultedOf(filled.changes());
        return new Normalization(filled.canonical(), changes, normalized.violations(), normalized.unlisted());
    }

    /** Checks a document read; {@code normalized} is its normalization when it was made while reading. */
    private Result check(Result.Checked as, Document document, Normalization normalized, boolean query) {
        Variant variant = as.variant();
        Kind kind = as.kind();
        CompiledSchemas.Entry entry = schemas.entry(variant, kind);
        if (normalized == null && !entry.shape().admits(document.tree())) {
            // every kind's root is an object or an array
            JsonType expected = entry.shape().types().iterator().next();
            Code code = expected == JsonType.ARRAY ? Code.NOT_AN_ARRAY : Code.NOT_AN_OBJECT;
            Violation wrongRoot = code.at("", "the document must be an " + expected.label() + ", found "
                    + JsonType.of(document.tree()).label());
            // a reading problem ends the check with this one violation (docs/errors.md), repeated keys unlisted
            return problem(as, wrongRoot, document);
        }
        if (normalized == null) {
            normalized = TreeNormalizer.normalize(document.tree(), entry.shape(), mode(kind, query));
        }
        Normalization judged = judged(normalized, entry, kind, query);
        JsonNode payload = judged.canonical();
        List<Violation> found = new ArrayList<>();
        // The fast validator answers for valid payloads and writes the report of an invalid one; networknt writes
        // it past the bound of violations (or without a fast validator), looking only at the part of the payload
        // that can fail, and at its first failing values only.
        FastSchema fast = entry.fast();
        List<Violation> fastReport = fast == null ? null
                : fast.report(payload, schemas.translator(), limits.maxViolations());
        long omitted = 0;
        if (fastReport != null) {
            found.addAll(fastReport);
        } else {
            FastSchema.Part part = fast == null ? new FastSchema.Part(payload, 0)
                    : fast.failingPart(payload, limits.maxViolations());
            found.addAll(schemas.translator().translate(SchemaValidator.validate(entry.schema(), part.value())));
            omitted = part.omittedFailures();
        }
        schemas.schemaKey().mismatch(payload, variant, kind).ifPresent(found::add);
        RuleRegistry.of(variant).check(kind, payload, catalogue, judged.changes(), found);
        Unlisted unlisted = normalized.unlisted().plus(omitted, true);
        List<Violation> violations = report(normalized.violations(), found, normalized.changes(), unlisted, document,
                document.repeatedKeys());
        return located(as, violations, normalized.changes(), normalized.canonical(), document);
    }

    /** A result that can locate pointers in the document's text, when it was read from text. */
    private Result located(Result.Checked as, List<Violation> violations, ChangeList changes, JsonNode canonical,
            Document document) {
        return new Result(as, violations, changes, canonical,
                document.hasText() ? pointers -> reader.parser().locator(document, pointers) : null);
    }

    /**
     * All violations, in a stable order: the normalizer's as they are, the repeated keys the reader found
     * (already located) at their canonical pointer, the schema's and the rules' with the user's path, schema
     * errors at a place the normalizer already refused dropped, each located in the input text when there is
     * one, and then a key that carries a secret cut from its pointer and path; the first
     * {@link Limits#maxViolations()} of them, then one counting the rest and those the stages found and did
     * not write ({@code unlisted}).
     */
    private List<Violation> report(List<Violation> normalizerFound, List<Violation> found, ChangeList changes,
            Unlisted unlisted, Document document, List<Violation> repeatedKeys) {
        if (normalizerFound.isEmpty() && found.isEmpty() && repeatedKeys.isEmpty()) {
            return List.of();
        }
        Set<String> refused = refusedPointers(normalizerFound);
        PathTranslator paths = new PathTranslator(changes);
        List<Violation> all = new ArrayList<>(normalizerFound);
        repeatedKeys.forEach(repeated -> all.add(repeated.withPointer(paths.canonical(repeated.path()))));
        for (Violation violation : found) {
            if (!refused.contains(violation.pointer())) {
                all.add(violation.withPath(paths.original(violation.pointer())));
            }
        }
        PointerLocator index = locations && document.hasText() ? locator(document, all) : null;
        all.replaceAll(violation -> finished(violation, index));
        all.sort(AssistConf::order);
        return capped(distinct(all), unlisted);
    }

    /**
     * The report's order: text order for located violations (unlocated ones, line 0, first), then pointer, code,
     * message, severity and path, so that only equal violations compare equal. Written out rather than chained
     * from key extractors, whose seven calls through lambdas were a fifth of a small report's assembly.
     */
    static int order(Violation a, Violation b) {
        int by = Integer.compare(a.line(), b.line());
        by = by != 0 ? by : Integer.compare(a.column(), b.column());
        by = by != 0 ? by : a.pointer().compareTo(b.pointer());
        by = by != 0 ? by : a.code().compareTo(b.code());
        by = by != 0 ? by : a.message().compareTo(b.message());
        by = by != 0 ? by : a.severity().compareTo(b.severity());
        return by != 0 ? by : a.path().compareTo(b.path());
    }

    /** The pointers at which the normalizer refused a value (an error): the schema's errors there are noise. */
    private static Set<String> refusedPointers(List<Violation> normalizerFound) {
        Set<String> refused = null;
        for (Violation violation : normalizerFound) {
            if (violation.severity() == Severity.ERROR) {
                if (refused == null) {
                    refused = new HashSet<>();
                }
                refused.add(violation.pointer());
            }
        }
        return refused == null ? Set.of() : refused;
    }

    /**
     * Where the violations not yet located are in the document's text; null when all are. Only their paths are
     * looked for: one token pass that builds no pointer strings.
     */
    private PointerLocator locator(Document document, List<Violation> violations) {
        List<String> unlocated = new ArrayList<>(violations.size());
        for (Violation violation : violations) {
            if (!violation.hasLocation()) {
                unlocated.add(violation.path());
            }
        }
        return unlocated.isEmpty() ? null : reader.parser().locator(document, unlocated);
    }

    /**
     * The sorted violations without repeats, kept in the list given. {@link #order} compares every member, so
     * repeats are neighbours; no set hashes them (a record's generated {@code hashCode} links method handles on
     * its first call, which showed in the start-up of a one-file lint).
     */
    private static List<Violation> distinct(List<Violation> sorted) {
        int kept = 0;
        for (Violation violation : sorted) {
            if (kept == 0 || order(sorted.get(kept - 1), violation) != 0) {
                sorted.set(kept++, violation);
            }
        }
        return List.copyOf(sorted.subList(0, kept));
    }

    /**
     * The first {@link Limits#maxViolations()} violations, followed, when there are more or the stages left
     * some unwritten, by one {@code too_many_violations} that counts them, as severe as the worst of them.
     */
    private List<Violation> capped(List<Violation> sorted, Unlisted unlisted) {
        int listed = Math.min(sorted.size(), limits.maxViolations());
        Unlisted rest = unlisted;
        for (Violation cut : sorted.subList(listed, sorted.size())) {
            rest = rest.plus(cut.severity());
        }
        if (rest.count() == 0) {
            return sorted;
        }
        List<Violation> capped = new ArrayList<>(sorted.subList(0, listed));
        String message = "at least " + rest.count() + " more violations were found and not listed: a report lists"
                + " at most " + limits.maxViolations();
        capped.add(Code.TOO_MANY_VIOLATIONS.at("", message)
                .withSeverity(rest.error() ? Severity.ERROR : Severity.WARNING));
        return capped;
    }

    /**
     * The violation located in the text by {@code index} (when there is one and the violation has no location
     * yet), with its pointer and path cut before a key that carries a secret; the violation itself when neither
     * changes it.
     */
    private Violation finished(Violation violation, PointerLocator index) {
        long at = index == null || violation.hasLocation() ? PointerLocator.NOWHERE : index.find(violation.path());
        Violation located = at == PointerLocator.NOWHERE ? violation
                : violation.withLocation(PointerLocator.line(at), PointerLocator.column(at));
        String pointer = secretKeys.hide(located.pointer());
        String path = secretKeys.hide(located.path());
        return pointer == located.pointer() && path == located.path() ? located
                : located.withPointer(pointer).withPath(path);
    }

    /** Options of an {@link AssistConf}. */
    public static final class Builder {
        private boolean strict;
        private boolean fillDefaults = true;
        private boolean locations = true;
        private Limits limits = Limits.DEFAULTS;
        private Catalogue catalogue = Catalogue.NONE;

        private Builder() {
        }

        /**
         * Strict mode: unknown properties are errors instead of warnings. Off by default.
         *
         * @param strict whether unknown properties are errors
         * @return this builder
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * Whether the canonical payload gets defaults (on by default): each documented default the kind fills
         * ({@link Kind#fillsDefaults()}), those a given Burki settings object omits, and the default object a
         * {@code null} one stands for. Off, the canonical payload is the input in canonical spelling, with only
         * renamings and documented shape coercions (a {@code null} stays {@code null}) and no
         * {@link Change.Type#DEFAULTED} change: what a service storing a partial update needs. The payload is
         * still judged as the server will hold it, defaults filled (a rule may compare a given value with a
         * default): the verdict and the violations are the same either way.
         *
         * @param fillDefaults whether to fill defaults into the canonical payload
         * @return this builder
         */
        public Builder fillDefaults(boolean fillDefaults) {
            this.fillDefaults = fillDefaults;
            return this;
        }

        /**
         * Whether violations in text input get line and column (on by default). Locating costs a second
         * pass over the text, made only for payloads that have violations.
         *
         * @param locations whether to locate violations in text input
         * @return this builder
         */
        public Builder locations(boolean locations) {
            this.locations = locations;
            return this;
        }

        /**
         * Sets the input limits; {@link Limits#DEFAULTS} by default.
         *
         * @param limits the bounds on each input and on the violations of each result
         * @return this builder
         */
        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Sets the values references must match (models, providers, ...); none by default.
         *
         * @param catalogue the values the embedding service knows, or {@link Catalogue#NONE}
         * @return this builder
         */
        public Builder catalogue(Catalogue catalogue) {
            this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
            return this;
        }

        /**
         * The configured instance, thread-safe and meant to be reused.
         *
         * @return a new instance with this builder's options
         * @throws IllegalStateException when the libraries beside assistconf cannot run it, naming what to add:
         *                               a jackson-annotations older than its Jackson needs (an application's
         *                               Jackson 2 BOM holds it back), or no assistconf-schemas
         */
        public AssistConf build() {
            return new AssistConf(this);
        }
    }
}
