package io.assistconf.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.assistconf.Code;
import io.assistconf.Kind;
import io.assistconf.Result;
import io.assistconf.Variant;
import io.assistconf.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cross-checks the schemas with a second engine. Every fixture is normalized by core; its canonical payload
 * (and its raw document) is validated against every schema of every variant by networknt, configured as
 * core configures it, and by everit-json-schema (org.json, draft-07). The two verdicts must agree, and for
 * the fixture's own schema networknt's verdict must be core's verdict restricted to the schema's codes
 * (rule codes such as {@code missing_access_list} are not the schema's).
 *
 * <p>Accepted disagreements are listed in {@code fixtures/known-differences.json}: under {@code fixtures} as
 * {@code {"fixture", "schema", "form", "reason"}} (an unlisted disagreement fails, and so does a listed one on
 * which the engines agree again), and under {@code probes} the engine quirks known from probing, each with
 * the instance showing it, both verdicts, the reason and how the generators keep away from it (a probe
 * whose verdicts change fails, so the list follows engine upgrades).
 */
class TwoEnginesTest {

    /** The codes core's ErrorTranslator gives to networknt errors; every other code is a rule's or the reader's. */
    static final Set<String> SCHEMA_CODES = Code.Group.SCHEMA.codes().stream().map(Code::id)
            .collect(Collectors.toUnmodifiableSet());

    /** Normalizer errors after which core reports no schema error at the same place (decisions L7). */
    static final Set<String> NORMALIZER_REFUSALS = Set.of(Code.CONFLICTING_ALIAS.id(), Code.REPEATED_PARAMETER.id());

    /** Parses numbers as core does (BigDecimal, trailing zeros kept), so networknt sees what core's engine sees. */
    static final JsonMapper EXACT = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private static final JsonNode KNOWN = Fixtures.read(Fixtures.rootDirectory().resolve("known-differences.json"));
    private static final Map<String, String> KNOWN_FIXTURES = knownFixtures();
    private static final List<String> DISAGREEING = new ArrayList<>();
    private static final Map<String, AtomicInteger> CHECKED = new ConcurrentHashMap<>();

    static Stream<Fixture> fixtures() {
        return Fixtures.all().stream();
    }

    /** For the fixture's own schema: networknt as core runs it, everit, and core's schema verdict all agree. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everitAndNetworkntAgreeWithCoreOnTheFixturesOwnSchema(Fixture fixture) {
        Result result = fixture.assistConf().check(fixture.variant(), fixture.kind(), fixture.input());
        String canonical = result.canonicalJson()
                .orElseThrow(() -> new AssertionError("no canonical payload: " + Fixtures.report(fixture, result)));
        List<Violation> schemaErrors = result.errors().stream().filter(v -> SCHEMA_CODES.contains(v.code())).toList();
        boolean coreValid = schemaErrors.isEmpty();
        String schema = SchemaDocs.id(fixture.variant(), fixture.kind());
        List<com.networknt.schema.Error> networkntErrors = Engines.networknt(schema, EXACT.readTree(canonical));
        boolean networkntValid = networkntErrors.isEmpty();
        List<String> everitFailures = Engines.everit(schema, canonical);
        boolean everitValid = everitFailures.isEmpty();
        // decisions L7: no schema error is repeated where the normalizer already refused the value
        List<String> refused = result.errors().stream().filter(v -> NORMALIZER_REFUSALS.contains(v.code()))
                .map(Violation::pointer).toList();
        boolean networkntValidOutsideRefusals = networkntErrors.stream().map(Engines::instancePointer)
                .allMatch(pointer -> refused.stream().anyMatch(r -> Json.within(pointer, r)));

        String account = "\n" + Fixtures.report(fixture, result) + "\n  core (schema codes only) valid=" + coreValid
                + "\n  networknt valid=" + networkntValid + "\n  everit valid=" + everitValid + " " + everitFailures
                + "\n  canonical: " + canonical;
        assertThat(networkntValidOutsideRefusals)
                .as("networknt, configured as core, must give core's schema verdict on %s", account).isEqualTo(coreValid);
        check(fixture, SchemaDocs.shortId(schema), "canonical", networkntValid, everitValid, account);
        if (!fixture.valid() && !coreValid) {
            assertThat(everitFailures).as("everit must reject the invalid fixture %s", account).isNotEmpty();
        }
    }

    /** Every schema of every variant against every fixture, canonical and raw: the engines agree. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everySchemaGivesTheSameVerdictInBothEngines(Fixture fixture) {
        Result result = fixture.assistConf().check(fixture.variant(), fixture.kind(), fixture.input());
        Map<String, String> forms = new LinkedHashMap<>();
        forms.put("canonical", result.canonicalJson().orElseThrow());
        forms.put("raw", fixture.document().toString());
        for (String schema : SchemaDocs.allIds()) {
            for (Map.Entry<String, String> form : forms.entrySet()) {
                boolean networkntValid = Engines.networknt(schema, EXACT.readTree(form.getValue())).isEmpty();
                List<String> everitFailures = Engines.everit(schema, form.getValue());
                String account = "\n  fixture " + fixture + "\n  schema " + SchemaDocs.shortId(schema) + "\n  networknt valid="
                        + networkntValid + "\n  everit valid=" + everitFailures.isEmpty() + " " + everitFailures
                        + "\n  " + form.getKey() + ": " + form.getValue();
                check(fixture, SchemaDocs.shortId(schema), form.getKey(), networkntValid, everitFailures.isEmpty(), account);
                CHECKED.computeIfAbsent(networkntValid ? "valid" : "invalid", k -> new AtomicInteger()).incrementAndGet();
            }
        }
    }

    private static void check(Fixture fixture, String schema, String form, boolean networkntValid, boolean everitValid,
            String account) {
        String key = fixture.id() + " | " + schema + " | " + form;
        boolean listed = KNOWN_FIXTURES.containsKey(key);
        if (everitValid != networkntValid) {
            synchronized (DISAGREEING) {
                DISAGREEING.add(key);
            }
            assertThat(listed).as("unlisted disagreement between everit and networknt on %s", account).isTrue();
        } else {
            assertThat(listed).as("%s is listed in known-differences.json (%s) but the engines agree now: remove it%s",
                    key, KNOWN_FIXTURES.get(key), account).isFalse();
        }
    }

    /** Each engine quirk found by probing still shows, with the verdicts recorded, and is explained. */
    @Test
    void probedEngineDifferencesStillHold() {
        JsonNode probes = KNOWN.path("probes");
        assertThat(probes.size()).as("probes in known-differences.json").isGreaterThan(0);
        for (JsonNode probe : probes.values()) {
            String name = probe.path("name").asString();
            String schema = SchemaDocs.ID_PREFIX + probe.path("schema").asString();
            String instance = probe.path("instance").asString();
            assertThat(probe.path("reason").asString("")).as("reason of probe %s", name).isNotBlank();
            assertThat(probe.path("generators").asString("")).as("how the generators avoid %s", name).isNotBlank();
            boolean networknt = Engines.networknt(schema, EXACT.readTree(instance)).isEmpty();
            boolean everit = Engines.everit(schema, instance).isEmpty();
            assertThat(networknt).as("networknt's verdict on probe '%s' (%s)", name, instance)
                    .isEqualTo(probe.path("networknt").asBoolean());
            assertThat(everit).as("everit's verdict on probe '%s' (%s)", name, instance)
                    .isEqualTo(probe.path("everit").asBoolean());
            assertThat(networknt).as("probe '%s' must show a difference", name).isNotEqualTo(everit);
        }
    }

    @Test
    void everitSchemasAreLoadedFromTheClassPathOnly() {
        for (Variant variant : Variant.values()) {
            for (Kind kind : Conformance.ASSISTCONF.kinds(variant)) {
                Engines.everit(SchemaDocs.id(variant, kind), "{}");
            }
        }
        assertThat(Engines.CLIENT.served()).as("addresses served to everit")
                .contains(SchemaDocs.id(Variant.FREDDY, Kind.OBJECT), SchemaDocs.id(Variant.COGSOL, Kind.OBJECT),
                        SchemaDocs.id(Variant.BURKI, Kind.OBJECT))
                .allSatisfy(address -> assertThat(address).startsWith(ClasspathSchemaClient.ID_PREFIX));
        assertThatThrownBy(() -> Engines.CLIENT.get("http://json-schema.org/draft-07/schema"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refusing");
        assertThatThrownBy(() -> Engines.CLIENT.get("https://assistconf.io/schemas/freddy/nope.json"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no schema");
    }

    /** everit really applies the schemas: refusals, requirements and ranges of every variant. */
    @Test
    void everitEnforcesWhatTheSchemasSay() {
        String freddyCreate = SchemaDocs.id(Variant.FREDDY, Kind.CREATE);
        String required = "\"instructions\":\"x\",\"organization_id\":\"org_1\"";
        assertThat(Engines.everit(freddyCreate, "{\"name\":\"A\"," + required + "}")).isEmpty();
        assertThat(Engines.everit(freddyCreate, "{\"name\":\"A\"}")).isNotEmpty();
        assertThat(Engines.everit(freddyCreate, "{\"name\":\"A\",\"id\":\"asst_x\"}")).isNotEmpty();
        assertThat(Engines.everit(freddyCreate, "{\"instructions\":\"x\"}")).isNotEmpty();
        assertThat(Engines.everit(freddyCreate, "{\"name\":\"A\",\"temperature\":2.5}")).isNotEmpty();
        assertThat(Engines.everit(freddyCreate, "{\"name\":\"A\"," + required + ",\"logit_bias\":{\"50256\":-100}}"))
                .isEmpty();
        assertThat(Engines.everit(freddyCreate, "{\"name\":\"A\",\"logit_bias\":{\"abc\":1}}")).isNotEmpty();
        String error = SchemaDocs.id(Variant.FREDDY, Kind.ERROR);
        assertThat(Engines.everit(error, "{\"error\":{\"code\":\"x\",\"message\":\"y\"}}")).isEmpty();
        assertThat(Engines.everit(error, "{\"error\":{\"code\":\"x\"}}")).isNotEmpty();
        String cogsol = SchemaDocs.id(Variant.COGSOL, Kind.UPDATE);
        String full = "\"generation_config\":\"g\",\"generation_config_pretools\":\"p\",\"description\":\"d\",\"system_prompt\":\"s\","
                + "\"temperature\":1";
        assertThat(Engines.everit(cogsol, "{" + full + ",\"tools\":[1,2]}")).isEmpty();
        assertThat(Engines.everit(cogsol, "{\"tools\":[1,2]}")).isNotEmpty();
        assertThat(Engines.everit(cogsol, "{\"tools\":[1,1]}")).isNotEmpty();
        assertThat(Engines.everit(cogsol, "{\"max_responses\":2147483648}")).isNotEmpty();
        String burki = SchemaDocs.id(Variant.BURKI, Kind.LIST_RESPONSE);
        assertThat(Engines.everit(burki, "[]")).isEmpty();
        assertThat(Engines.everit(burki, "[{\"name\":\"x\"}]")).isNotEmpty();
        assertThat(Engines.everit(burki, "{}")).isNotEmpty();
    }

    @Test
    void knownDifferencesAreWellFormed() {
        Set<String> fixtures = new java.util.HashSet<>();
        Fixtures.all().forEach(f -> fixtures.add(f.id()));
        Set<String> schemas = new java.util.HashSet<>();
        SchemaDocs.allIds().forEach(id -> schemas.add(SchemaDocs.shortId(id)));
        assertThat(KNOWN_FIXTURES).allSatisfy((key, reason) -> {
            String[] parts = key.split(" \\| ");
            assertThat(fixtures).as("known difference for an unknown fixture").contains(parts[0]);
            assertThat(schemas).as("known difference for an unknown schema").contains(parts[1]);
            assertThat(parts[2]).as("form of %s", key).isIn("canonical", "raw");
            assertThat(reason).as("reason for %s", key).isNotBlank();
        });
    }

    @AfterAll
    static void summary() {
        System.out.println("two engines: " + CHECKED + " fixture x schema x form verdicts compared"
                + (DISAGREEING.isEmpty() ? ", no disagreement" : "; disagreements: " + DISAGREEING));
    }

    private static Map<String, String> knownFixtures() {
        Map<String, String> known = new HashMap<>();
        for (JsonNode entry : KNOWN.path("fixtures").values()) {
            String key = entry.path("fixture").asString("") + " | " + entry.path("schema").asString("") + " | "
                    + entry.path("form").asString("");
            if (known.put(key, entry.path("reason").asString("")) != null) {
                throw new IllegalStateException("known-differences.json lists " + key + " twice");
            }
        }
        return Map.copyOf(known);
    }
}
