package io.assistconf;

import static io.assistconf.Checks.canonical;
import static io.assistconf.Checks.freddy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DefaultsTest {

    private static final Result MINIMAL_CREATE = freddy(Kind.CREATE,
            "{\"name\": \"Support\", \"instructions\": \"i\", \"organization_id\": \"org_1\"}");

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "/tool_configurations/system_tools/web_search/mode|\"auto\"",
        "/tool_configurations/system_tools/web_search/sources|true",
        "/tool_configurations/system_tools/code_interpreter/mode|\"auto\"",
        "/tool_configurations/system_tools/code_interpreter/outputs|true",
        "/tool_configurations/system_tools/file_search/mode|\"auto\"",
        "/tool_configurations/system_tools/file_search/results|true",
        "/tool_configurations/system_tools/computer_use_preview/mode|\"off\"",
        "/tool_configurations/system_tools/computer_use_preview/image_url|true",
        "/tool_configurations/system_tools/image_generation/mode|\"off\"",
        "/tool_configurations/system_tools/image_generation/provider|\"openai\"",
        "/tool_configurations/system_tools/file_retrieval/mode|\"auto\"",
        "/context_strategy|\"auto\"",
        "/output_mode|\"text\"",
        "/response_format|\"auto\"",
        "/safety_level|\"medium\"",
        // the real contract's defaults where the seeds state none (decisions S13)
        "/is_default|false",
        "/max_tool_calls|10",
        "/parallel_tool_calls|false",
        "/service_tier|\"auto\"",
        "/store_responses|true",
        "/temperature|0.7",
        "/top_logprobs|0",
        "/top_p|1.0",
        "/access_mode|\"private\"",
        "/api_enabled|true",
        "/public_enabled|false",
        "/is_active|true",
        "/streaming|true",
        "/memory_enabled|true",
        "/moderation_enabled|false",
        "/truncation|true"
    })
    void createFillsEachDocumentedDefaultAndListsIt(String pointer, String expected) {
        assertThat(MINIMAL_CREATE.valid()).as("%s", MINIMAL_CREATE.violations()).isTrue();
        assertThat(canonical(MINIMAL_CREATE).at(pointer).toString()).isEqualTo(expected);
        assertThat(MINIMAL_CREATE.changes())
                .anySatisfy(change -> {
                    assertThat(change.type()).isEqualTo(Change.Type.DEFAULTED);
                    assertThat(change.pointer()).isEqualTo(pointer);
                });
    }

    /** Decisions S13: an absent reasoning stays absent, as the server stores it; a given one gets its members' defaults. */
    @Test
    void reasoningIsFilledOnlyWhereItIsGiven() {
        assertThat(canonical(MINIMAL_CREATE).has("reasoning")).isFalse();
        assertThat(MINIMAL_CREATE.changes()).noneMatch(change -> change.pointer().startsWith("/reasoning"));
        Result given = freddy(Kind.CREATE, "{\"name\": \"x\", \"instructions\": \"i\", \"organization_id\": \"org_1\","
                + " \"reasoning\": {}}");
        assertThat(canonical(given).get("reasoning").toString()).isEqualTo("{\"effort\":\"medium\",\"summary\":\"auto\"}");
    }

    /** A create body as a real client sends it, relying on the server for what it leaves out (decisions S13). */
    @Test
    void aRealClientsCreateBodyGetsTheServersDefaultsAndKeepsItsOwnValues() {
        Result result = Checks.STRICT.check(Variant.FREDDY, Kind.CREATE, Input.json("""
                {"name": "Support Bot", "instructions": "You answer customer questions politely.",
                 "organization_id": "org_8f2a", "default_model_key": "gpt-4o", "temperature": 0.2,
                 "access_mode": "organization", "editable_by_users": ["*"], "reasoning": null,
                 "tool_configurations": null}"""));
        assertThat(result.violations()).isEmpty();
        JsonNode canonical = canonical(result);
        assertThat(canonical.get("temperature").decimalValue()).isEqualByComparingTo("0.2");
        assertThat(canonical.get("access_mode").asString()).isEqualTo("organization");
        assertThat(canonical.get("reasoning").isNull()).isTrue();
        assertThat(canonical.get("tool_configurations").isNull()).isTrue();
        assertThat(canonical.get("is_default").booleanValue()).isFalse();
        assertThat(canonical.get("store_responses").booleanValue()).isTrue();
        assertThat(canonical.get("truncation").booleanValue()).isTrue();
        assertThat(canonical.get("service_tier").asString()).isEqualTo("auto");
        assertThat(result.changes()).filteredOn(change -> change.type() == Change.Type.DEFAULTED)
                .extracting(Change::pointer).containsExactly("/is_default", "/context_strategy", "/max_tool_calls",
                        "/parallel_tool_calls", "/service_tier", "/store_responses", "/top_logprobs", "/top_p",
                        "/output_mode", "/response_format", "/api_enabled", "/public_enabled", "/is_active",
                        "/streaming", "/memory_enabled", "/moderation_enabled", "/safety_level", "/truncation");
    }

    /**
     * Decisions S13: the server's default model is filled, and neither the catalogue nor the allowed providers
     * judge it, since the user did not choose it; a model the user gives is judged.
     */
    @Test
    void theFilledModelIsNotJudgedButAGivenOneIs() {
        AssistConf withCatalogue = AssistConf.builder()
                .catalogue(Catalogue.builder().add("model", "claude-3-5-sonnet", "anthropic").build()).build();
        Result filled = withCatalogue.check(Variant.FREDDY, Kind.CREATE, Input.json("""
                {"name": "x", "instructions": "i", "organization_id": "org_1", "allowed_model_providers": ["anthropic"]}"""));
        assertThat(filled.violations()).isEmpty();
        assertThat(canonical(filled).get("default_model_key").asString()).isEqualTo("gpt-4o");
        Result given = withCatalogue.check(Variant.FREDDY, Kind.CREATE, Input.json("""
                {"name": "x", "instructions": "i", "organization_id": "org_1", "default_model_key": "gpt-4o",
                 "allowed_model_providers": ["anthropic"]}"""));
        assertThat(given.violations()).extracting(Violation::code, Violation::pointer)
                .containsExactly(tuple("unknown_reference", "/default_model_key"));
    }

    /** Decisions S13: with a catalogue naming gpt-4o's provider, a filled model is not held to the allowed providers. */
    @Test
    void theFilledModelIsNotHeldToTheAllowedProviders() {
        AssistConf withCatalogue = AssistConf.builder()
                .catalogue(Catalogue.builder().add("model", "gpt-4o", "openai").build()).build();
        String body = """
                {"name": "x", "instructions": "i", "organization_id": "org_1", "allowed_model_providers": ["anthropic"]%s}""";
        assertThat(withCatalogue.check(Variant.FREDDY, Kind.CREATE, Input.json(body.formatted(""))).violations())
                .isEmpty();
        assertThat(withCatalogue.check(Variant.FREDDY, Kind.CREATE,
                Input.json(body.formatted(", \"default_model_key\": \"gpt-4o\""))).violations())
                .extracting(Violation::code).containsExactly("model_provider_not_allowed");
    }

    /** A stored object the server returned without the fields it defaults is completed as a create body is. */
    @Test
    void anObjectWithoutTheServersDefaultedFieldsIsCompleted() {
        Result result = freddy(Kind.OBJECT, """
                {"id": "asst_1", "organization_id": "org_1", "created_by": "u", "created_at": 1, "updated_at": 1,
                 "name": "x", "default_model_key": "gpt-4o", "instructions": "i"}""");
        assertThat(result.violations()).isEmpty();
        JsonNode canonical = canonical(result);
        assertThat(List.of("max_tool_calls", "parallel_tool_calls", "service_tier", "store_responses", "temperature",
                "top_logprobs", "top_p", "access_mode", "api_enabled", "is_active"))
                .allSatisfy(field -> assertThat(canonical.has(field)).as(field).isTrue());
    }

    @Test
    void mcpToolGetsApprovalAndTypeDefaults() {
        Result result = freddy(Kind.CREATE, """
                {"name": "x", "instructions": "i", "organization_id": "org_1", "tool_configurations": {"mcp_tools": [
                  {"server_label": "GitHub", "connector_id": "connector_github"}]}}""");
        JsonNode tool = canonical(result).at("/tool_configurations/mcp_tools/0");
        assertThat(tool.get("require_approval").asString()).isEqualTo("always");
        assertThat(tool.get("type").asString()).isEqualTo("mcp");
        assertThat(result.valid()).isTrue();
    }

    @Test
    void aValueTheUserGaveIsNeverReplaced() {
        Result result = freddy(Kind.CREATE, """
                {"name": "x", "context_strategy": "saver", "reasoning": null, "system_message": null,
                 "tool_configurations": {"systemTools": {"webSearch": {"mode": "off", "sources": false}}},
                 "mcp_tools_placeholder_is_not_here": 1}""");
        JsonNode canonical = canonical(result);
        assertThat(canonical.get("context_strategy").asString()).isEqualTo("saver");
        assertThat(canonical.get("reasoning").isNull()).isTrue();
        assertThat(canonical.get("system_message").isNull()).isTrue();
        assertThat(canonical.at("/tool_configurations/system_tools/web_search/mode").asString()).isEqualTo("off");
        assertThat(canonical.at("/tool_configurations/system_tools/web_search/sources").booleanValue()).isFalse();
        assertThat(result.changes()).noneMatch(c -> c.type() == Change.Type.DEFAULTED
                && List.of("/context_strategy", "/reasoning", "/system_message",
                        "/tool_configurations/system_tools/web_search/mode",
                        "/tool_configurations/system_tools/web_search/sources").contains(c.pointer()));
    }

    @Test
    void updateFillsNothingAndRequiresNothing() {
        Result result = freddy(Kind.UPDATE, "{\"temperature\": 0.4}");
        assertThat(result.valid()).isTrue();
        assertThat(result.changes()).isEmpty();
        assertThat(result.canonicalJson()).contains("{\"temperature\":0.4}");
    }

    @Test
    void listQueryDefaults() {
        Result result = Checks.LENIENT.check(Variant.FREDDY, Kind.LIST_QUERY, Input.query(""));
        assertThat(result.valid()).isTrue();
        assertThat(result.canonicalJson()).contains("{\"limit\":50,\"offset\":0,\"page\":1,\"page_size\":100,"
                + "\"include_inactive\":false,\"sort_by\":\"name\",\"sort_order\":\"asc\",\"fields\":\"summary\"}");
    }

    @Test
    void responsesAreNotDefaulted() {
        Result result = freddy(Kind.ERROR, "{\"error\": {\"code\": \"unauthorized\", \"message\": \"no\"}}");
        assertThat(result.valid()).isTrue();
        assertThat(result.changes()).isEmpty();
    }
}
