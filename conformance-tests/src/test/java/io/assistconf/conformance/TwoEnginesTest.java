package io.assistconf.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.assistconf.AssistConf;
import io.assistconf.Kind;
import io.assistconf.Result;
import io.assistconf.Violation;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Cross-checks the schemas with a second engine: every JSON fixture is normalized by core, and its
 * canonical payload is validated by everit-json-schema (org.json, draft-07) against the schema of its
 * kind. everit's verdict must equal networknt's, which is core's verdict restricted to the violations
 * that come from the schema (rule codes such as {@code missing_access_list} are not the schema's).
 * Accepted disagreements are listed in {@code fixtures/freddy/known-differences.json} as
 * {@code [{"file": "<fixture as in index.json>", "reason": "..."}]}; an unlisted disagreement fails,
 * and so does a listed entry on which the engines agree again.
 */
class TwoEnginesTest {

    /** The codes core's ErrorTranslator gives to networknt errors; every other code is a rule's or the reader's. */
    static final Set<String> SCHEMA_CODES = Set.of("invalid_type", "invalid_value", "missing_required",
            "read_only_property", "out_of_range", "invalid_length", "invalid_item_count", "invalid_property_count",
            "duplicate_items", "invalid_format", "invalid_property_name", "schema_violation");

    private static final AssistConf ASSISTCONF = AssistConf.create();
    private static final ClasspathSchemaClient CLIENT = new ClasspathSchemaClient();
    private static final Map<Kind, Schema> EVERIT = new EnumMap<>(Kind.class);
    private static final Map<String, String> KNOWN = knownDifferences();
    private static final List<String> DISAGREEING = new ArrayList<>();

    static String schemaId(Kind kind) {
        return ClasspathSchemaClient.ID_PREFIX + "freddy/" + kind.id() + ".json";
    }

    static synchronized Schema everit(Kind kind) {
        return EVERIT.computeIfAbsent(kind, k -> {
            String id = schemaId(k);
            JSONObject raw;
            try (InputStream in = CLIENT.get(id)) {
                raw = new JSONObject(new JSONTokener(in));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return SchemaLoader.builder()
                    .draftV7Support()
                    .schemaClient(CLIENT)
                    .resolutionScope(id)
                    .schemaJson(raw)
                    .build().load().build();
        });
    }

    /** everit's failure messages for the instance; empty when everit accepts it. */
    static List<String> everitFailures(Kind kind, String instanceJson) {
        try {
            everit(kind).validate(new JSONObject(instanceJson));
            return List.of();
        } catch (ValidationException e) {
            return e.getAllMessages();
        }
    }

    static Stream<Fixture> jsonFixtures() {
        return Fixtures.jsonDocuments();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonFixtures")
    void everitAgreesWithNetworkntOnTheCanonicalPayload(Fixture fixture) {
        Result result = ASSISTCONF.check(fixture.variant(), fixture.kind(), fixture.input());
        String canonical = result.canonicalJson()
                .orElseThrow(() -> new AssertionError("no canonical payload: " + Fixtures.report(fixture, result)));
        List<Violation> schemaErrors = result.errors().stream().filter(v -> SCHEMA_CODES.contains(v.code())).toList();
        boolean networkntValid = schemaErrors.isEmpty();
        List<String> everitFailures = everitFailures(fixture.kind(), canonical);
        boolean everitValid = everitFailures.isEmpty();

        boolean listed = KNOWN.containsKey(fixture.file());
        String account = "\n" + Fixtures.report(fixture, result) + "\n  networknt (schema codes only) valid="
                + networkntValid + "\n  everit valid=" + everitValid + " " + everitFailures + "\n  canonical: " + canonical;
        if (everitValid != networkntValid) {
            DISAGREEING.add(fixture.file());
            assertThat(listed).as("unlisted disagreement between everit and networknt on %s", account).isTrue();
        } else {
            assertThat(listed).as("%s is listed in known-differences.json (%s) but the engines agree now: remove it%s",
                    fixture.file(), KNOWN.get(fixture.file()), account).isFalse();
        }
        if (!fixture.valid() && !networkntValid) {
            assertThat(everitFailures).as("everit must reject the invalid fixture %s", account).isNotEmpty();
        }
    }

    @Test
    void everitSchemasAreLoadedFromTheClassPathOnly() {
        everit(Kind.CREATE);
        everit(Kind.LIST_RESPONSE);
        assertThat(CLIENT.served()).as("addresses served to everit")
                .contains(schemaId(Kind.CREATE), schemaId(Kind.LIST_RESPONSE), schemaId(Kind.OBJECT))
                .allSatisfy(address -> assertThat(address).startsWith(ClasspathSchemaClient.ID_PREFIX + "freddy/"));
        assertThatThrownBy(() -> CLIENT.get("http://json-schema.org/draft-07/schema"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refusing");
        assertThatThrownBy(() -> CLIENT.get("https://assistconf.io/schemas/freddy/nope.json"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no schema");
    }

    /** everit really applies the schemas: the create schema's refusals and the object schema's ranges. */
    @Test
    void everitEnforcesWhatTheSchemasSay() {
        assertThat(everitFailures(Kind.CREATE, "{\"name\":\"A\"}")).isEmpty();
        assertThat(everitFailures(Kind.CREATE, "{\"name\":\"A\",\"id\":\"asst_x\"}")).isNotEmpty();
        assertThat(everitFailures(Kind.CREATE, "{\"instructions\":\"x\"}")).isNotEmpty();
        assertThat(everitFailures(Kind.CREATE, "{\"name\":\"A\",\"temperature\":2.5}")).isNotEmpty();
        assertThat(everitFailures(Kind.CREATE, "{\"name\":\"A\",\"logit_bias\":{\"50256\":-100}}")).isEmpty();
        assertThat(everitFailures(Kind.CREATE, "{\"name\":\"A\",\"logit_bias\":{\"abc\":1}}")).isNotEmpty();
        assertThat(everitFailures(Kind.ERROR, "{\"error\":{\"code\":\"x\",\"message\":\"y\"}}")).isEmpty();
        assertThat(everitFailures(Kind.ERROR, "{\"error\":{\"code\":\"x\"}}")).isNotEmpty();
    }

    @Test
    void knownDifferencesAreWellFormed() {
        Set<String> fixtures = new java.util.HashSet<>();
        Fixtures.jsonDocuments().forEach(f -> fixtures.add(f.file()));
        assertThat(KNOWN).allSatisfy((file, reason) -> {
            assertThat(fixtures).as("known difference for an unknown JSON fixture").contains(file);
            assertThat(reason).as("reason for %s", file).isNotBlank();
        });
    }

    @AfterAll
    static void summary() {
        if (!DISAGREEING.isEmpty()) {
            System.out.println("everit and networknt disagree on " + DISAGREEING);
        }
    }

    private static Map<String, String> knownDifferences() {
        JsonNode list = Fixtures.read(Fixtures.freddyDirectory().resolve("known-differences.json"));
        if (!list.isArray()) {
            throw new IllegalStateException("known-differences.json must be an array");
        }
        Map<String, String> known = new HashMap<>();
        for (JsonNode entry : list.values()) {
            String file = entry.path("file").asString("");
            if (known.put(file, entry.path("reason").asString("")) != null) {
                throw new IllegalStateException("known-differences.json lists " + file + " twice");
            }
        }
        return Map.copyOf(known);
    }
}
