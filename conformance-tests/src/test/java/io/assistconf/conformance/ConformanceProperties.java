package io.assistconf.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.AssistConf;
import io.assistconf.Change;
import io.assistconf.Input;
import io.assistconf.Kind;
import io.assistconf.Result;
import io.assistconf.Variant;
import io.assistconf.Violation;
import io.assistconf.conformance.Mutations.Mutation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * Properties of core over payloads generated from the schemas ({@link Generators}), for every variant and
 * kind:
 * <ol>
 * <li>generated valid payloads pass validation (core, and everit on the canonical payload), with no
 * violation but the legacy warnings their schema marks ({@link LegacyWarnings});</li>
 * <li>normalizing is idempotent;</li>
 * <li>any mix of spellings (snake_case, camelCase, aliases) normalizes to the same canonical payload;</li>
 * <li>defaults never replace a value the user gave, and every filled default is listed in the changes;
 * without defaults, the canonical payload is the one with defaults less them, judged the same;</li>
 * <li>a payload with one constraint broken is reported with the expected code at the broken pointer, with
 * defaults and without;</li>
 * <li>arbitrary trees, bytes and query strings never make the library throw, hang or go past its limits
 * (see {@link ArbitraryInputProperties});</li>
 * <li>the report is deterministic: the same input gives the same violations in the same order.</li>
 * </ol>
 * The number of tries is jqwik's default ({@code jqwik.tries.default} in junit-platform.properties; the
 * {@code exhaustive} Maven profile raises it).
 */
class ConformanceProperties {

    /** A generated payload of one variant and kind, with canonical names and typed values. */
    record Case(Variant variant, Kind kind, JsonNode payload) {

        boolean query() {
            return kind == Kind.LIST_QUERY;
        }

        SchemaView root() {
            return SchemaView.of(SchemaDocs.root(variant, kind));
        }

        /** As a client sends it: JSON text, or a query string for a list query. */
        Input input() {
            return input(payload);
        }

        Input input(JsonNode tree) {
            return query() ? Input.query(QueryStrings.render(tree)) : Input.json(tree.toString());
        }

        Result check(AssistConf assistconf, JsonNode tree) {
            return assistconf.check(variant, kind, input(tree));
        }

        String label() {
            return variant.id() + "/" + kind.id();
        }

        @Override
        public String toString() {
            return payload == null ? label() : label() + " " + (query() ? QueryStrings.render(payload) : payload.toString());
        }
    }

    /** A generated payload and one way to break it. */
    record Mutated(Case base, Mutation mutation) {
        JsonNode payload() {
            return mutation.apply(base.payload());
        }

        @Override
        public String toString() {
            return mutation + " of " + base;
        }
    }

    static final List<Case> COMBINATIONS = combinations();

    private static List<Case> combinations() {
        List<Case> out = new ArrayList<>();
        for (Variant variant : Variant.values()) {
            for (Kind kind : Conformance.ASSISTCONF.kinds(variant)) {
                out.add(new Case(variant, kind, null));
            }
        }
        return List.copyOf(out);
    }

    @Provide
    Arbitrary<Case> valid() {
        // every variant and kind equally often: edge cases of the choice itself would favour the first and last
        return Arbitraries.of(COMBINATIONS).withoutEdgeCases().flatMap(c -> Generators.valid(c.variant(), c.kind())
                .map(payload -> new Case(c.variant(), c.kind(), payload)));
    }

    @Provide
    Arbitrary<Mutated> mutated() {
        return valid().flatMap(c -> {
            List<Mutation> mutations = Mutations.of(c.payload(), c.root(), c.kind(), c.query());
            if (mutations.isEmpty()) {
                throw new IllegalStateException("no constraint to break in " + c);
            }
            // the kind of constraint first, then one of its places: rarer keywords are tried as often as types
            Map<String, List<Mutation>> byKeyword = new java.util.TreeMap<>();
            mutations.forEach(m -> byKeyword.computeIfAbsent(m.keyword(), k -> new ArrayList<>()).add(m));
            return Arbitraries.of(List.copyOf(byKeyword.keySet())).withoutEdgeCases()
                    .flatMap(keyword -> Arbitraries.of(byKeyword.get(keyword)))
                    .map(m -> new Mutated(c, m));
        });
    }

    /**
     * 1. Generated valid payloads pass validation: no violation from core but exactly the legacy warnings the
     * schema marks, and everit accepts the canonical payload.
     */
    @Property
    void generatedValidPayloadsPassValidation(@ForAll("valid") Case c) {
        Statistics.label("variant/kind").collect(c.label());
        Result result = c.check(Conformance.ASSISTCONF, c.payload());
        List<String> legacy = LegacyWarnings.of(c.payload(), c.root());
        Statistics.label("legacy warnings").collect(legacy.isEmpty() ? "none" : "some");
        assertThat(located(result)).as("violations of the generated %s", c).containsExactlyInAnyOrderElementsOf(legacy);
        String canonical = result.canonicalJson().orElseThrow();
        String schema = SchemaDocs.id(c.variant(), c.kind());
        assertThat(Engines.everit(schema, canonical)).as("everit on the canonical payload %s of %s", canonical, c).isEmpty();
        assertThat(Engines.networknt(schema, TwoEnginesTest.EXACT.readTree(canonical)))
                .as("networknt on the canonical payload %s of %s", canonical, c).isEmpty();
    }

    /**
     * 2. Normalizing the canonical payload again changes nothing: same bytes, no change, no violation but the
     * legacy warnings.
     */
    @Property
    void normalizingIsIdempotent(@ForAll("valid") Case c) {
        Result first = c.check(Conformance.ASSISTCONF, c.payload());
        String canonical = first.canonicalJson().orElseThrow();
        for (Input again : List.of(Input.json(canonical), Input.of(TwoEnginesTest.EXACT.readTree(canonical)))) {
            Result second = Conformance.ASSISTCONF.check(c.variant(), c.kind(), again);
            assertThat(located(second)).as("violations of the canonical payload of %s", c)
                    .containsExactlyInAnyOrderElementsOf(LegacyWarnings.of(first.canonical().orElseThrow(), c.root()));
            assertThat(second.changes()).as("changes to the canonical payload %s of %s", canonical, c).isEmpty();
            assertThat(second.canonicalJson().orElseThrow()).as("canonical of the canonical of %s", c).isEqualTo(canonical);
        }
    }

    /** 3. Any mix of accepted spellings, at every depth, normalizes to the bytes of the canonical spelling. */
    @Property
    void anyMixOfSpellingsNormalizesToTheSameCanonicalPayload(@ForAll("valid") Case c, @ForAll Random random) {
        JsonNode respelled = Respell.respell(c.payload(), c.root(), random);
        String expected = c.check(Conformance.ASSISTCONF, c.payload()).canonicalJson().orElseThrow();
        Result result = c.check(Conformance.ASSISTCONF, respelled);
        Statistics.label("renamed or merged").collect(result.changes().stream()
                .anyMatch(ch -> ch.type() == Change.Type.RENAMED || ch.type() == Change.Type.MERGED));
        // a legacy key or value written in two spellings warns at each
        assertThat(Set.copyOf(located(result))).as("violations of %s respelled as %s", c, respelled)
                .isEqualTo(Set.copyOf(LegacyWarnings.of(c.payload(), c.root())));
        assertThat(result.canonicalJson().orElseThrow()).as("canonical of %s respelled as %s", c, respelled)
                .isEqualTo(expected);
    }

    /**
     * 4. Defaults never replace a value the user gave (null included) but a null the schema says stands for the
     * default ({@code x-null-resets}), every value the normalizer added is under a DEFAULTED change, each
     * DEFAULTED change holds the schema's default, and every absent property with a default is filled where
     * defaults are filled (everywhere in kinds that fill them, within an {@code x-replaced-whole} value in the
     * others) and none is elsewhere.
     */
    @Property
    void defaultsNeverReplaceUserValuesAndEveryFilledDefaultIsListed(@ForAll("valid") Case c) {
        Result result = c.check(Conformance.ASSISTCONF, c.payload());
        JsonNode given = c.payload();
        JsonNode canonical = result.canonical().orElseThrow();
        List<String> coerced = result.changes().stream().filter(ch -> ch.type() == Change.Type.COERCED)
                .map(Change::pointer).filter(p -> !Json.same(given.at(p), canonical.at(p))).toList();
        List<String> defaulted = result.changes().stream().filter(ch -> ch.type() == Change.Type.DEFAULTED)
                .map(Change::pointer).toList();
        List<String> resets = defaulted.stream().filter(p -> Json.has(given, p)).toList();
        String account = c + "\n  canonical " + canonical + "\n  changes " + result.changes();
        Statistics.label("defaults filled").collect(defaulted.isEmpty() ? "none" : resets.isEmpty() ? "some" : "some, null reset");
        SchemaView root = c.root();
        Predicate<String> fillsAt = pointer -> c.kind().fillsDefaults()
                || root.replacedWhole.stream().anyMatch(name -> Json.within(pointer, Json.append("", name)));

        for (String pointer : Json.pointers(given)) {
            JsonNode value = given.at(pointer);
            if (coerced.stream().anyMatch(p -> Json.within(pointer, p)) || resets.contains(pointer)
                    || (value.isContainer() && !value.isEmpty())) {
                continue;
            }
            JsonNode kept = canonical.at(pointer);
            if (value.isObject()) {
                assertThat(kept.isObject()).as("the object given at '%s' is still an object: %s", pointer, account).isTrue();
            } else {
                assertThat(Json.same(value, kept)).as("the value given at '%s' (%s) is kept, found %s: %s", pointer,
                        value, kept, account).isTrue();
            }
        }
        for (String pointer : Json.pointers(canonical)) {
            if (!Json.has(given, pointer)) {
                assertThat(defaulted.stream().anyMatch(p -> Json.within(pointer, p))
                        || coerced.stream().anyMatch(p -> Json.within(pointer, p)))
                        .as("'%s' was added without a DEFAULTED change: %s", pointer, account).isTrue();
            }
        }
        for (String pointer : defaulted) {
            SchemaView view = Sites.at(canonical, root, pointer);
            assertThat(view).as("schema at the defaulted '%s': %s", pointer, account).isNotNull();
            if (resets.contains(pointer)) {
                assertThat(given.at(pointer).isNull()).as("DEFAULTED '%s' replaced a value the user gave: %s", pointer,
                        account).isTrue();
                assertThat(view.nullResets).as("the schema says null stands for the default at '%s': %s", pointer,
                        account).isTrue();
                assertThat(fillsAt.test(pointer)).as("a null reset where no default is filled: %s", account).isTrue();
            } else {
                assertThat(fillsAt.test(Json.parent(pointer))).as("a default filled in a %s outside a value replaced"
                        + " whole: %s", c.kind().id(), account).isTrue();
            }
            assertThat(view.defaultValue).as("the schema has a default at '%s': %s", pointer, account).isNotNull();
            assertThat(contains(canonical.at(pointer), view.defaultValue))
                    .as("'%s' holds the schema's default %s: %s", pointer, view.defaultValue, account).isTrue();
        }
        for (Sites.Site site : Sites.of(given, root)) {
            if (!site.value().isObject() || site.resolved().properties == null) {
                continue;
            }
            for (String name : site.resolved().properties.keySet()) {
                SchemaView property = site.resolved().property(name);
                String at = Json.append(site.pointer(), name);
                if (property.nullResets && site.value().path(name).isNull() && fillsAt.test(at)) {
                    assertThat(resets).as("the null at '%s' is replaced by the default: %s", at, account).contains(at);
                }
            }
        }
        for (Sites.Site site : Sites.of(canonical, root)) {
            if (!site.value().isObject() || site.resolved().properties == null || !fillsAt.test(site.pointer())) {
                continue;
            }
            for (String name : site.resolved().properties.keySet()) {
                SchemaView property = site.resolved().property(name);
                String at = Json.append(site.pointer(), name);
                if (property.defaultValue != null && !property.refused) {
                    assertThat(Json.has(canonical, at)).as("the default of '%s' was not filled: %s", at, account)
                            .isTrue();
                    if (!Json.has(given, at)) {
                        assertThat(defaulted).as("the filled default of '%s' is listed: %s", at, account).contains(at);
                    }
                }
            }
        }
    }

    /**
     * 4b. Without defaults ({@code fillDefaults(false)}) the canonical payload is the one with defaults less
     * what they added: each member a DEFAULTED change filled left out, and a null one reset kept {@code null}.
     * No change is DEFAULTED, the others are those made with defaults, the violations are the same, and both
     * engines accept the payload.
     */
    @Property
    void withoutDefaultsTheCanonicalPayloadIsTheOneWithDefaultsLessThem(@ForAll("valid") Case c) {
        Result filled = c.check(Conformance.ASSISTCONF, c.payload());
        Result bare = c.check(Conformance.WITHOUT_DEFAULTS, c.payload());
        JsonNode expected = filled.canonical().orElseThrow();
        List<String> defaulted = new ArrayList<>();
        for (Change change : filled.changes()) {
            if (change.type() != Change.Type.DEFAULTED || defaulted.stream().anyMatch(p -> Json.within(change.pointer(), p))) {
                continue;
            }
            defaulted.add(change.pointer());
            boolean givenNull = Json.has(c.payload(), change.pointer()) && c.payload().at(change.pointer()).isNull();
            expected = givenNull ? Json.with(expected, change.pointer(), NullNode.getInstance())
                    : Json.without(expected, change.pointer());
        }
        Statistics.label("defaults left out").collect(defaulted.isEmpty() ? "none" : "some");
        String account = c + "\n  with defaults " + filled.canonicalJson().orElseThrow() + "\n  changes " + filled.changes();
        assertThat(bare.canonicalJson().orElseThrow()).as("canonical without defaults of %s", account)
                .isEqualTo(expected.toString());
        assertThat(bare.changes()).as("changes without defaults of %s", account)
                .containsExactlyElementsOf(filled.changes().stream().filter(change -> defaulted.stream()
                        .noneMatch(p -> Json.within(change.pointer(), p))).toList());
        assertThat(bare.violations()).as("violations without defaults of %s", account)
                .containsExactlyElementsOf(filled.violations());
        String schema = SchemaDocs.id(c.variant(), c.kind());
        String canonical = bare.canonicalJson().orElseThrow();
        assertThat(Engines.everit(schema, canonical)).as("everit on %s of %s", canonical, c).isEmpty();
        assertThat(Engines.networknt(schema, TwoEnginesTest.EXACT.readTree(canonical)))
                .as("networknt on %s of %s", canonical, c).isEmpty();
    }

    /** Whether {@code actual} holds everything {@code expected} holds (an object may hold more: nested defaults). */
    private static boolean contains(JsonNode actual, JsonNode expected) {
        if (expected.isObject()) {
            if (!actual.isObject()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> member : expected.properties()) {
                if (!actual.has(member.getKey()) || !contains(actual.get(member.getKey()), member.getValue())) {
                    return false;
                }
            }
            return true;
        }
        return Json.same(actual, expected);
    }

    /** 5. One broken constraint is reported with its code at its pointer (rules may add more; none may hide it). */
    @Property
    void oneBrokenConstraintIsReportedWithItsCodeAtItsPointer(@ForAll("mutated") Mutated m) {
        Statistics.label("constraint broken").collect(m.mutation().keyword());
        Statistics.label("variant/kind").collect(m.base().label());
        JsonNode broken = m.payload();
        Result result = m.base().check(Conformance.ASSISTCONF, broken);
        String account = m + "\n  broken payload " + (m.base().query() ? QueryStrings.render(broken) : broken)
                + "\n  violations " + result.violations();
        assertThat(result.valid()).as("verdict on %s", account).isFalse();
        assertThat(result.errors()).as("errors of %s", account)
                .anySatisfy(v -> {
                    assertThat(v.code()).isEqualTo(m.mutation().code());
                    assertThat(v.pointer()).isEqualTo(m.mutation().pointer());
                });
        String canonical = result.canonicalJson().orElseThrow();
        assertThat(Engines.everit(SchemaDocs.id(m.base().variant(), m.base().kind()), canonical))
                .as("everit must reject the canonical payload %s too: %s", canonical, account).isNotEmpty();
        assertThat(m.base().check(Conformance.WITHOUT_DEFAULTS, broken).errors()).as("errors without defaults of %s",
                account).anySatisfy(v -> {
                    assertThat(v.code()).isEqualTo(m.mutation().code());
                    assertThat(v.pointer()).isEqualTo(m.mutation().pointer());
                });
    }

    /**
     * 7. The report is deterministic: the same input, checked again, by another instance, or on two threads
     * at once, gives the same violations in the same order, the same changes and the same canonical bytes.
     */
    @Property
    void theReportIsDeterministic(@ForAll("mutated") Mutated m) throws Exception {
        JsonNode broken = m.payload();
        String text = m.base().query() ? QueryStrings.render(broken) : broken.toString();
        Result reference = check(m.base(), Conformance.ASSISTCONF, text);
        AssistConf other = AssistConf.create();
        List<Result> again = new ArrayList<>();
        again.add(check(m.base(), Conformance.ASSISTCONF, text));
        again.add(check(m.base(), other, text));
        CompletableFuture<Result> left = CompletableFuture.supplyAsync(() -> check(m.base(), other, text));
        CompletableFuture<Result> right = CompletableFuture.supplyAsync(() -> check(m.base(), Conformance.ASSISTCONF, text));
        again.add(left.get());
        again.add(right.get());
        for (Result result : again) {
            assertThat(result.violations()).as("violations of %s", m).containsExactlyElementsOf(reference.violations());
            assertThat(result.changes()).as("changes of %s", m).containsExactlyElementsOf(reference.changes());
            assertThat(result.canonicalJson()).as("canonical of %s", m).isEqualTo(reference.canonicalJson());
        }
        List<Violation> sorted = new ArrayList<>(reference.violations());
        sorted.sort(java.util.Comparator.comparingInt(Violation::line).thenComparingInt(Violation::column)
                .thenComparing(Violation::pointer).thenComparing(Violation::code).thenComparing(Violation::message));
        assertThat(reference.violations()).as("violations in text order, then pointer, code, message (decisions L7)")
                .containsExactlyElementsOf(sorted);
        assertThat(Set.copyOf(reference.violations())).as("no violation twice").hasSameSizeAs(reference.violations());
    }

    /** The violations as {@code code at pointer}. */
    private static List<String> located(Result result) {
        return result.violations().stream().map(v -> v.code() + " at " + v.pointer()).toList();
    }

    private static Result check(Case c, AssistConf assistconf, String text) {
        Input input = c.query() ? Input.query(text) : Input.of(text.getBytes(StandardCharsets.UTF_8), io.assistconf.TextFormat.JSON);
        return assistconf.check(c.variant(), c.kind(), input);
    }
}
