package io.assistconf;

import static io.assistconf.Checks.canonical;
import static io.assistconf.Checks.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Freddy update body as the real contract describes it (SUPPLEMENT.md, decision S10): every field of the
 * assistant optional and nullable, with its type and constraints otherwise kept; the server-assigned fields
 * refused. The fields are read from the assistant definition of {@code object.json}, so a field added there
 * and not to {@code update.json} fails here.
 */
class FreddyUpdateTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNode ASSISTANT = schema("object.json").at("/definitions/assistant/properties");
    /** The fields the update body refuses: server-assigned, and {@code organization_id} (decision S1). */
    private static final Set<String> REFUSED = Set.of("id", "organization_id", "created_by", "created_at",
            "updated_at", "deleted_at");
    /** The fields the update body names otherwise: the object's {@code metadata} (decision S6). */
    private static final Map<String, String> UPDATE_NAMES = Map.of("metadata", "assistant_metadata");
    private static final Set<String> SCHEMA_CODES = Code.Group.SCHEMA.codes().stream().map(Code::id)
            .collect(Collectors.toUnmodifiableSet());
    /** Values of every JSON type and of the usual edges, to compare the update's verdict with the assistant's. */
    private static final List<String> PROBES = List.of("0", "-1", "3", "0.5", "21", "\"\"", "\"x\"", "true", "{}",
            "[]", "[\"a\", \"a\"]", "[1]", "{\"effort\": \"extreme\"}");

    static Stream<String> writableFields() {
        return fields().filter(name -> !REFUSED.contains(name));
    }

    static Stream<String> fields() {
        List<String> names = new ArrayList<>();
        ASSISTANT.propertyNames().forEach(names::add);
        return names.stream();
    }

    @Test
    void theAssistantDefinitionHasTheFieldsThisTestWalks() {
        assertThat(fields()).hasSizeGreaterThan(60).contains("name", "temperature", "tool_configurations", "truncation");
        assertThat(REFUSED).allSatisfy(name -> assertThat(ASSISTANT.has(name)).as(name).isTrue());
    }

    @Test
    void updateDeclaresExactlyTheAssistantsFields() {
        List<String> declared = new ArrayList<>();
        schema("update.json").get("properties").propertyNames().forEach(declared::add);
        assertThat(declared).containsExactlyElementsOf(fields().map(FreddyUpdateTest::onUpdate).toList());
    }

    @Test
    void theObjectsSpellingOfARenamedFieldBecomesTheUpdatesOne() {
        UPDATE_NAMES.forEach((field, updateName) -> {
            Result result = Checks.STRICT.check(Variant.FREDDY, Kind.UPDATE, Input.json("{\"" + field + "\": {}}"));
            assertThat(result.errors()).as("update with %s", field).isEmpty();
            assertThat(canonical(result).has(updateName)).as("%s renamed to %s", field, updateName).isTrue();
        });
    }

    private static String onUpdate(String field) {
        return UPDATE_NAMES.getOrDefault(field, field);
    }

    @ParameterizedTest
    @MethodSource("writableFields")
    void everyWritableFieldAcceptsNullAndKeepsIt(String field) {
        Result result = Checks.STRICT.check(Variant.FREDDY, Kind.UPDATE,
                Input.json("{\"" + onUpdate(field) + "\": null}"));
        // strict: a field update.json lacks would be an unknown_property error; x-legacy fields may warn (S0)
        assertThat(result.errors()).as("update with %s null", field).isEmpty();
        assertThat(canonical(result).path(onUpdate(field)).isNull()).as("the null of %s is kept", field).isTrue();
        assertThat(result.changes()).as("nothing is filled or rewritten").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("writableFields")
    void everyAliasOfAFieldStaysAnAliasOnUpdate(String field) {
        for (JsonNode alias : ASSISTANT.get(field).path("x-aliases").values()) {
            Result result = Checks.STRICT.check(Variant.FREDDY, Kind.UPDATE,
                    Input.json("{\"" + alias.asString() + "\": null}"));
            assertThat(result.errors()).as("update with %s null", alias).isEmpty();
            assertThat(canonical(result).has(onUpdate(field))).as("%s renamed to %s", alias, field).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("fields")
    void serverAssignedFieldsAreRefusedAndOthersNot(String field) {
        Result result = Checks.freddy(Kind.UPDATE, "{\"" + field + "\": null}");
        assertThat(result.violations().stream().anyMatch(v -> v.code().equals("read_only_property")))
                .as("%s refused on update", field).isEqualTo(REFUSED.contains(field));
    }

    /** Besides null, an update value is held to what the create body holds it to: type, range, length, values. */
    @ParameterizedTest
    @MethodSource("writableFields")
    void everyOtherValueGetsTheVerdictTheCreateBodyGives(String field) {
        for (String probe : PROBES) {
            ObjectNode update = JSON.createObjectNode();
            update.set(onUpdate(field), JSON.readTree(probe));
            ObjectNode create = JSON.createObjectNode().put("name", "x").put("instructions", "i")
                    .put("organization_id", "org_1");
            create.set(field, JSON.readTree(probe));
            assertThat(schemaViolationsAt(field, Kind.UPDATE, update))
                    .as("%s = %s on update and on create", field, probe)
                    .isEqualTo(schemaViolationsAt(field, Kind.CREATE, create));
        }
    }

    @Test
    void theComparisonAboveSeesRefusals() {
        ObjectNode update = JSON.createObjectNode().put("temperature", 3);
        assertThat(schemaViolationsAt("temperature", Kind.UPDATE, update)).containsExactly("out_of_range /temperature");
    }

    // Payloads as a real Freddy client sends them.

    @Test
    void anUpdateClearingNameTemperatureAndToolsKeepsTheNulls() {
        Result result = Checks.STRICT.check(Variant.FREDDY, Kind.UPDATE, Input.json("""
                {"name": null, "temperature": null, "tool_configurations": null, "description": "Answers billing questions"}"""));
        assertThat(result.violations()).isEmpty();
        assertThat(canonical(result).toString()).isEqualTo(
                "{\"name\":null,\"temperature\":null,\"tool_configurations\":null,"
                        + "\"description\":\"Answers billing questions\"}");
        assertThat(result.changes()).isEmpty();
    }

    @Test
    void anUpdateOfTheOlderPageInCamelCaseIsRespelled() {
        Result result = Checks.STRICT.check(Variant.FREDDY, Kind.UPDATE, Input.json("""
                {"name": "Billing Bot", "accessMode": "organization", "maxOutputSynapses": 2048,
                 "toolConfigurations": {"systemTools": {"webSearch": {"mode": "off"}}, "mcpTools": []},
                 "parallelToolCalls": null, "storeResponses": false, "topP": 0.9}"""));
        assertThat(result.errors()).isEmpty();
        JsonNode canonical = canonical(result);
        assertThat(canonical.toString()).isEqualTo("{\"name\":\"Billing Bot\",\"access_mode\":\"organization\","
                + "\"max_output_synapses\":2048,\"tool_configurations\":{\"system_tools\":{\"web_search\":"
                + "{\"mode\":\"off\"}},\"mcp_tools\":[]},\"parallel_tool_calls\":null,\"store_responses\":false,"
                + "\"top_p\":0.9}");
        assertThat(result.changes()).allSatisfy(change -> assertThat(change.type()).isEqualTo(Change.Type.RENAMED))
                .hasSize(9);
    }

    @Test
    void anUpdateStillRefusesWhatNoSourceAccepts() {
        Result result = Checks.freddy(Kind.UPDATE, """
                {"name": "", "temperature": 2.5, "accessMode": "everyone", "maxOutputSynapses": 0, "truncation": 1}""");
        assertThat(result.errors()).extracting(v -> v.code() + " " + v.pointer()).containsExactlyInAnyOrder(
                "invalid_length /name", "out_of_range /temperature", "invalid_value /access_mode",
                "out_of_range /max_output_synapses", "invalid_type /truncation");
        assertThat(only(result, "invalid_type").message()).isEqualTo("must be one of: boolean, string, null, found integer");
    }

    /**
     * The schema violations at and under the field, as "code pointer", pointers under the object's name of the
     * field. A value of a type the field does not take counts as its type error alone: the create body also
     * reports the enum or range that a value of that type breaks, while the update body, whose field is "the
     * create field or null", reports one type error.
     */
    private static List<String> schemaViolationsAt(String field, Kind kind, JsonNode payload) {
        Result result = Checks.LENIENT.check(Variant.FREDDY, kind, Input.json(payload.toString()));
        String named = "/" + (kind == Kind.UPDATE ? onUpdate(field) : field);
        List<Violation> found = result.violations().stream()
                .filter(v -> SCHEMA_CODES.contains(v.code()))
                .filter(v -> v.pointer().equals(named) || v.pointer().startsWith(named + "/"))
                .toList();
        Set<String> mistyped = found.stream().filter(v -> v.code().equals("invalid_type")).map(Violation::pointer)
                .collect(Collectors.toSet());
        return found.stream()
                .filter(v -> v.code().equals("invalid_type") || !mistyped.contains(v.pointer()))
                .map(v -> v.code() + " /" + field + v.pointer().substring(named.length()))
                .sorted()
                .toList();
    }

    private static JsonNode schema(String file) {
        try (InputStream in = FreddyUpdateTest.class.getClassLoader()
                .getResourceAsStream("assistconf/schemas/freddy/" + file)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
