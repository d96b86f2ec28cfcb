package io.assistconf;

import static io.assistconf.Checks.freddy;
import static io.assistconf.Checks.only;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FreddyRulesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "department without departments|{\"name\":\"x\",\"access_mode\":\"department\"}|missing_access_list|/access_departments",
        "department with empty list|{\"name\":\"x\",\"accessMode\":\"department\",\"accessDepartments\":[]}|missing_access_list|/access_departments",
        "restricted without users|{\"name\":\"x\",\"access_mode\":\"restricted\"}|missing_access_list|/access_users",
        "json_schema output without schemas|{\"name\":\"x\",\"output_mode\":\"json_schema\"}|missing_json_schemas|/json_schemas",
        "json_schema format without schemas|{\"name\":\"x\",\"response_format\":\"json_schema\",\"json_schemas\":[]}|missing_json_schemas|/json_schemas",
        "MCP tool with neither source|{\"name\":\"x\",\"tool_configurations\":{\"mcp_tools\":[{\"server_label\":\"a\"}]}}|mcp_server_source|/tool_configurations/mcp_tools/0",
        "MCP tool with both sources|{\"name\":\"x\",\"tool_configurations\":{\"mcpTools\":[{\"serverLabel\":\"a\",\"serverUrl\":\"https://a.example\",\"connectorId\":\"connector_x\"}]}}|mcp_server_source|/tool_configurations/mcp_tools/0",
        "duplicate MCP labels|{\"name\":\"x\",\"tool_configurations\":{\"mcp_tools\":[{\"server_label\":\"a\",\"connector_id\":\"c1\"},{\"server_label\":\"a\",\"connector_id\":\"c2\"}]}}|duplicate_server_label|/tool_configurations/mcp_tools/1/server_label",
        "logit bias above 100|{\"name\":\"x\",\"logit_bias\":{\"50256\":101}}|out_of_range|/logit_bias/50256",
        "logit bias below -100|{\"name\":\"x\",\"logitBias\":{\"50256\":-100.5}}|out_of_range|/logit_bias/50256",
        "logit bias key not a token id|{\"name\":\"x\",\"logit_bias\":{\"abc\":1}}|invalid_property_name|/logit_bias",
    })
    void eachRuleFiresWithItsCodeAndPointer(String name, String json, String code, String pointer) {
        Result result = freddy(Kind.CREATE, json);
        assertThat(result.valid()).isFalse();
        assertThat(only(result, code).pointer()).isEqualTo(pointer);
    }

    @Test
    void rangeMessagesNameTheRange() {
        Result result = freddy(Kind.CREATE, "{\"name\":\"x\",\"logit_bias\":{\"50256\":101}}");
        assertThat(only(result, "out_of_range").message()).isEqualTo("must be between -100 and 100 (inclusive)");
    }

    @Test
    void deletedAssistantMustBeInactive() {
        Result result = freddy(Kind.OBJECT, """
                {"id": "asst_1", "organization_id": "org_1", "created_by": "u", "created_at": 1, "updated_at": 1,
                 "deleted_at": 2, "name": "x", "default_model_key": "gpt-4o", "instructions": "i",
                 "max_tool_calls": 1, "parallel_tool_calls": true, "service_tier": "auto", "store_responses": true,
                 "temperature": 1, "top_logprobs": 0, "top_p": 1, "access_mode": "private", "api_enabled": true,
                 "is_active": true}""");
        assertThat(Checks.codes(result)).containsExactly("deleted_but_active");
        assertThat(only(result, "deleted_but_active").pointer()).isEqualTo("/is_active");
    }

    @Test
    void iconTypeWithoutDataIsAWarning() {
        Result result = freddy(Kind.CREATE,
                "{\"name\":\"x\",\"instructions\":\"i\",\"organization_id\":\"org_1\",\"icon_type\":\"emoji\"}");
        assertThat(result.valid()).isTrue();
        assertThat(only(result, "missing_icon_data").severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void partialUpdateSkipsRulesWhoseOtherFieldIsAbsent() {
        // department is a legacy access mode (decisions S0); the rule says nothing
        assertThat(Checks.codes(freddy(Kind.UPDATE, "{\"access_mode\":\"department\"}"))).containsExactly("legacy_value");
        assertThat(freddy(Kind.UPDATE, "{\"access_mode\":\"department\",\"access_departments\":[]}").valid()).isFalse();
    }

    @Test
    void satisfiedRulesReportNothing() {
        Result result = freddy(Kind.CREATE, """
                {"name":"x","instructions":"i","organization_id":"org_1",
                 "access_mode":"department","access_departments":["dept_research"],
                 "output_mode":"json_schema","json_schemas":[{"name":"answer","schema_object":{"type":"object"}}],
                 "logit_bias":{"50256":-100},
                 "tool_configurations":{"mcp_tools":[{"server_label":"a","server_url":"https://a.example/mcp"}]}}""");
        // department is a legacy access mode (decisions S0); no rule reports anything
        assertThat(Checks.codes(result)).containsExactly("legacy_value");
    }

    @Test
    void listResponsePaginationMustAgreeWithTotal() {
        Result result = freddy(Kind.LIST_RESPONSE, """
                {"assistants": [], "total": 3, "organization_id": null,
                 "pagination": {"total": 4, "limit": 50, "offset": 0, "has_more": false},
                 "filters_applied": {}, "user_context": {"user_id": "u", "organization_count": 1}}""");
        assertThat(only(result, "pagination_mismatch").pointer()).isEqualTo("/pagination/total");
    }
}
