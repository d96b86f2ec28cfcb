package io.assistconf;

import static io.assistconf.Checks.canonical;
import static io.assistconf.Checks.freddy;
import static io.assistconf.Checks.only;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class NormalizerTest {

    private static final String CAMEL = """
            {"name": "Dev", "instructions": "Help.", "organizationId": "org_1", "defaultModelKey": "gpt-5", "contextStrategy": "full", "stopSequences": ["END"],
             "toolConfigurations": {"systemTools": {"codeInterpreter": {"mode": "on"},
                                                    "computerUsePreview": {"imageUrl": false}},
               "mcpTools": [{"serverLabel": "GitHub", "connectorId": "connector_github",
                             "allowedTools": {"readOnly": true, "toolNames": ["search"]},
                             "requireApproval": {"never": {"toolNames": ["search"]}}}],
               "streamlineTools": ["automation_abc123"]},
             "topLogprobs": 2, "storeResponses": true, "jsonSchemas": [{"name": "out", "schemaObject": {"type": "object"}}]}""";

    private static final String SNAKE = """
            {"name": "Dev", "instructions": "Help.", "organization_id": "org_1", "default_model_key": "gpt-5", "context_strategy": "full", "stop_sequences": ["END"],
             "tool_configurations": {"system_tools": {"code_interpreter": {"mode": "on"},
                                                      "computer_use_preview": {"image_url": false}},
               "mcp_tools": [{"server_label": "GitHub", "connector_id": "connector_github",
                              "allowed_tools": {"read_only": true, "tool_names": ["search"]},
                              "require_approval": {"never": {"tool_names": ["search"]}}}],
               "streamline_tools": ["automation_abc123"]},
             "top_logprobs": 2, "store_responses": true, "json_schemas": [{"name": "out", "schema_object": {"type": "object"}}]}""";

    @Test
    void camelCaseAndSnakeCaseTwinsNormalizeToTheSameBytes() {
        Result camel = freddy(Kind.CREATE, CAMEL);
        Result snake = freddy(Kind.CREATE, SNAKE);
        assertThat(camel.valid()).as("%s", camel.violations()).isTrue();
        assertThat(camel.canonicalJson()).isEqualTo(snake.canonicalJson());
        assertThat(camel.changes()).anyMatch(c -> c.type() == Change.Type.RENAMED
                && c.from().equals("/toolConfigurations/mcpTools/0/requireApproval/never/toolNames")
                && c.pointer().equals("/tool_configurations/mcp_tools/0/require_approval/never/tool_names"));
    }

    @Test
    void normalizingTwiceEqualsNormalizingOnce() {
        Result once = freddy(Kind.CREATE, CAMEL);
        Result twice = freddy(Kind.CREATE, once.canonicalJson().orElseThrow());
        assertThat(twice.canonicalJson()).isEqualTo(once.canonicalJson());
        assertThat(twice.changes()).isEmpty();
    }

    @Test
    void documentedRenamingsAreAliases() {
        Result result = freddy(Kind.UPDATE, """
                {"store": false, "text_configuration": {"format": "markdown"}, "rules_attached": ["rule_a"]}""");
        JsonNode canonical = canonical(result);
        assertThat(canonical.get("store_responses").booleanValue()).isFalse();
        assertThat(canonical.get("text_config").get("format").asString()).isEqualTo("markdown");
        assertThat(canonical.get("rule_ids").get(0).asString()).isEqualTo("rule_a");
        assertThat(canonical.has("store")).isFalse();
        assertThat(result.valid()).isTrue();
    }

    @Test
    void twoSpellingsWithTheSameValueAreMerged() {
        Result result = freddy(Kind.UPDATE, "{\"topP\": 0.5, \"top_p\": 0.5}");
        assertThat(result.valid()).isTrue();
        assertThat(result.canonicalJson()).contains("{\"top_p\":0.5}");
        assertThat(result.changes()).anyMatch(c -> c.type() == Change.Type.MERGED && c.pointer().equals("/top_p"));
    }

    @Test
    void twoSpellingsWithDifferentValuesConflict() {
        Result result = freddy(Kind.UPDATE, "{\"store_responses\": true, \"store\": false}");
        Violation conflict = only(result, "conflicting_alias");
        assertThat(conflict.pointer()).isEqualTo("/store_responses");
        assertThat(conflict.message()).contains("/store_responses", "/store");
        assertThat(result.valid()).isFalse();
    }

    @Test
    void plainStringSystemMessageBecomesAnInputMessage() {
        Result result = freddy(Kind.UPDATE, "{\"system_message\": \"Be brief.\"}");
        assertThat(result.canonicalJson()).contains("{\"system_message\":[{\"texts\":[\"Be brief.\"]}]}");
        assertThat(result.changes()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(Change.Type.COERCED);
            assertThat(c.pointer()).isEqualTo("/system_message");
        });
    }

    @Test
    void zeroLogitBiasBecomesTheEmptyObject() {
        Result result = freddy(Kind.UPDATE, "{\"logit_bias\": 0}");
        assertThat(result.canonicalJson()).contains("{\"logit_bias\":{}}");
        assertThat(result.valid()).isTrue();
    }

    @Test
    void unknownPropertyIsAWarningWithASuggestionAndIsKept() {
        Result result = freddy(Kind.UPDATE, "{\"temprature\": 0.2, \"maxToolCall\": 3}");
        assertThat(result.valid()).isTrue();
        assertThat(result.warnings()).extracting(Violation::message).containsExactly(
                "unknown property 'temprature'; did you mean 'temperature'?",
                "unknown property 'maxToolCall'; did you mean 'maxToolCalls'?");
        assertThat(canonical(result).get("temprature").doubleValue()).isEqualTo(0.2);
    }

    @Test
    void unknownPropertyIsAnErrorInStrictMode() {
        Result result = Checks.STRICT.check(Variant.FREDDY, Kind.UPDATE, Input.json("{\"temprature\": 0.2}"));
        assertThat(result.valid()).isFalse();
        assertThat(only(result, "unknown_property").severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void freeFormMapsKeepTheirKeys() {
        Result result = freddy(Kind.UPDATE, """
                {"metadata": {"costCenter": "A1"}, "tool_configurations": {"mcp_tools": [
                  {"server_label": "x", "server_url": "https://mcp.example.com", "headers": {"X-Trace-Id": "1"}}]}}""");
        JsonNode canonical = canonical(result);
        assertThat(canonical.at("/assistant_metadata/costCenter").asString()).isEqualTo("A1"); // renamed on update (S6)
        assertThat(canonical.at("/tool_configurations/mcp_tools/0/headers").has("X-Trace-Id")).isTrue();
        assertThat(result.violations()).isEmpty();
    }

    @Test
    void treeInputIsNotModified() {
        JsonNode tree = tools.jackson.databind.json.JsonMapper.shared().readTree("{\"name\": \"x\", \"topP\": 1}");
        String before = tree.toString();
        Result result = Checks.LENIENT.check(Variant.FREDDY, Kind.CREATE, Input.of(tree));
        assertThat(tree.toString()).isEqualTo(before);
        assertThat(canonical(result).has("top_p")).isTrue();
    }

    @Test
    void mapInputIsAccepted() {
        Result result = Checks.LENIENT.check(Variant.FREDDY, Kind.CREATE,
                Input.of(java.util.Map.of("name", "x", "maxToolCalls", 4, "visibleToRoles", java.util.List.of("admin"),
                        "instructions", "i", "organizationId", "org_1")));
        assertThat(result.valid()).as("%s", result.violations()).isTrue();
        assertThat(canonical(result).get("max_tool_calls").intValue()).isEqualTo(4);
        assertThat(canonical(result).get("visible_to_roles").get(0).asString()).isEqualTo("admin");
    }
}
