package io.assistconf;

import static io.assistconf.Checks.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Defects the conformance suite found, each shown fixed. */
class DefectRegressionTest {

    private static final String OBJECT = """
            {"id": "asst_1", "organization_id": "org_1", "created_by": "u", "created_at": 1, "updated_at": 1,
             "name": "x", "default_model_key": "gpt-4o", "instructions": "i", "max_tool_calls": 1,
             "parallel_tool_calls": true, "service_tier": "auto", "store_responses": true, "temperature": 1,
             "top_logprobs": 0, "top_p": 1, "access_mode": "private", "api_enabled": true, "is_active": false,
             "deleted_at": %s}""";

    @Test
    void aWrongRootIsTheOneViolationEvenWithARepeatedKey() {
        // found by ArbitraryInputProperties: a reading problem ends the check with a single violation
        Result result = Checks.LENIENT.check(Variant.BURKI, Kind.LIST_RESPONSE,
                Input.json("{\"name\": \"x\", \"name\": \"y\"}"));
        assertThat(result.violations()).extracting(Violation::code).containsExactly("not_an_array");
        assertThat(result.canonicalJson()).isEmpty();
    }

    @Test
    void hugeIntegralNumbersAreComparedNotThrown() {
        Result result = Checks.freddy(Kind.CREATE, "{\"name\": \"x\", \"max_tool_calls\": 1e20, \"top_logprobs\": 1e20, "
                + "\"instructions\": \"i\", \"organization_id\": \"org_1\"}");
        assertThat(only(result, "out_of_range").pointer()).isEqualTo("/top_logprobs");
        assertThat(Checks.canonical(result).get("max_tool_calls").isIntegralNumber()).isTrue();
    }

    @Test
    void hugeNumbersWithAFractionAtAnIntegerFieldAreReportedAsASmallFractionIs() {
        // a fraction is a type error at an integer field; the range check compares the truncated value
        assertThat(violationsAt("max_tool_calls", "12345678901234567890.5"))
                .isEqualTo(violationsAt("max_tool_calls", "1.5"))
                .containsExactly("invalid_type: must be integer, found number");
        assertThat(violationsAt("max_tool_calls", "-12345678901234567890.5"))
                .isEqualTo(violationsAt("max_tool_calls", "-1.5"))
                .containsExactly("invalid_type: must be integer, found number", "out_of_range: must be at least 0");
        assertThat(violationsAt("top_logprobs", "9223372036854775807.5"))
                .isEqualTo(violationsAt("top_logprobs", "21.5"))
                .containsExactly("invalid_type: must be integer, found number",
                        "out_of_range: must be between 0 and 20 (inclusive)");
        assertThat(violationsAt("temperature", "-98765432109876543210.25"))
                .containsExactly("out_of_range: must be between 0 and 2 (inclusive)");
    }

    @Test
    void hugeNumbersWithAFractionGiveTheSameReportInEveryForm() {
        String json = "{\"name\": \"x\", \"max_tool_calls\": 12345678901234567890.5, \"instructions\": \"i\", \"organization_id\": \"org_1\"}";
        Violation text = only(Checks.freddy(Kind.CREATE, json), "invalid_type");
        assertThat(text.pointer()).isEqualTo("/max_tool_calls");
        assertThat(text.line()).isEqualTo(1);
        assertThat(text.column()).isEqualTo(15);
        ObjectNode tree = JsonNodeFactory.instance.objectNode().put("name", "x")
                .put("max_tool_calls", new BigDecimal("12345678901234567890.5")).put("instructions", "i")
                .put("organization_id", "org_1");
        for (Input input : List.of(Input.yaml(json), Input.of(tree), Input.of(Map.of("name", "x", "max_tool_calls",
                new BigDecimal("12345678901234567890.5"), "instructions", "i", "organization_id", "org_1")))) {
            Result result = Checks.LENIENT.check(Variant.FREDDY, Kind.CREATE, input);
            assertThat(result.errors()).singleElement().satisfies(v -> {
                assertThat(v.code()).isEqualTo("invalid_type");
                assertThat(v.pointer()).isEqualTo("/max_tool_calls");
            });
        }
    }

    private static List<String> violationsAt(String field, String number) {
        Result result = Checks.freddy(Kind.CREATE, "{\"name\": \"x\", \"" + field + "\": " + number + ", "
                + "\"instructions\": \"i\", \"organization_id\": \"org_1\"}");
        assertThat(result.violations()).allSatisfy(v -> assertThat(v.pointer()).isEqualTo("/" + field));
        return result.violations().stream().map(v -> v.code() + ": " + v.message()).toList();
    }

    private static final String LIST_RESPONSE = """
            {"assistants": [
               {"id": "ass_1", "name": "A", "created_at": 1, "updated_at": 1, "access_mode": "public", "is_active": true},
               {"id": "ass_2", "name": "B", "created_at": 1, "updated_at": 1, "access_mode": "public", "is_active": true}],
             "total": 2, "organization_id": null,
             "pagination": {"total": 2, "limit": %s, "offset": 0, "has_more": false},
             "filters_applied": {}, "user_context": {"user_id": "u", "organization_count": 1}}""";

    @Test
    void aListLimitBeyond64BitsIsComparedWithThePageSize() {
        assertThat(Checks.freddy(Kind.LIST_RESPONSE, LIST_RESPONSE.formatted("50")).violations()).isEmpty();
        assertThat(Checks.freddy(Kind.LIST_RESPONSE, LIST_RESPONSE.formatted("1e20")).violations()).isEmpty();
        assertThat(Checks.freddy(Kind.LIST_RESPONSE, LIST_RESPONSE.formatted("123456789012345678901234567890"))
                .violations()).isEmpty();
        assertThat(only(Checks.freddy(Kind.LIST_RESPONSE, LIST_RESPONSE.formatted("1")), "pagination_mismatch")
                .pointer()).isEqualTo("/assistants");
        Result negative = Checks.freddy(Kind.LIST_RESPONSE, LIST_RESPONSE.formatted("-1e20"));
        assertThat(only(negative, "out_of_range").pointer()).isEqualTo("/pagination/limit");
        assertThat(only(negative, "pagination_mismatch").pointer()).isEqualTo("/assistants");
    }

    @Test
    void hugeExponentsAreRefusedAsTooLong() {
        Result result = Checks.freddy(Kind.CREATE, "{\"name\": \"x\", \"seed\": 1e999999999}");
        assertThat(only(result, "limit_exceeded").line()).isEqualTo(1);
        assertThat(only(Checks.freddy(Kind.CREATE, "{\"name\": \"x\", \"top_p\": 1e-999999999}"), "limit_exceeded")
                .message()).isEqualTo("a number has more than 100 digits written out in full");
    }

    @Test
    void aConstraintInsideNestedAlternativesKeepsItsCode() {
        assertThat(only(Checks.freddy(Kind.OBJECT, OBJECT.formatted("-1")), "out_of_range").pointer())
                .isEqualTo("/deleted_at");
        assertThat(only(Checks.freddy(Kind.OBJECT, OBJECT.formatted("\"yesterday\"")), "invalid_format").pointer())
                .isEqualTo("/deleted_at");
        assertThat(only(Checks.freddy(Kind.OBJECT, OBJECT.formatted("true")), "invalid_type").message())
                .isEqualTo("must be one of: integer, string, null, found boolean");
    }

    @Test
    void aWrongTypeForAnEnumAlternativeIsOneTypeError() {
        Result result = Checks.freddy(Kind.CREATE, "{\"name\": \"x\", \"instructions\": \"i\", \"organization_id\": \"org_1\", \"tool_configurations\": {\"mcp_tools\": "
                + "[{\"server_label\": \"a\", \"connector_id\": \"c\", \"require_approval\": 5}]}}");
        assertThat(result.errors()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("invalid_type");
            assertThat(v.message()).isEqualTo("must be one of: string, object, found integer");
        });
    }

    @Test
    void yamlStringsAndNamesAreHeldToTheirLimits() {
        AssistConf small = AssistConf.builder()
                .limits(Limits.DEFAULTS.withMaxStringLength(200).withMaxNameLength(200)).build();
        assertThat(only(small.check(Variant.FREDDY, Kind.UPDATE, Input.yaml("name: " + "y".repeat(300) + "\n")),
                "limit_exceeded").message()).isEqualTo("a string is longer than the limit of 200 characters");
        assertThat(only(small.check(Variant.FREDDY, Kind.UPDATE, Input.yaml("k" + "y".repeat(300) + ": 1\n")),
                "limit_exceeded").message()).isEqualTo("a property name is longer than the limit of 200 characters");
    }

    @Test
    void nanInATreeHasNoJsonForm() {
        ObjectNode tree = JsonNodeFactory.instance.objectNode().put("name", "x").put("temperature", Double.NaN);
        Result result = Checks.LENIENT.check(Variant.FREDDY, Kind.CREATE, Input.of(tree));
        assertThat(only(result, "unsupported_value").pointer()).isEqualTo("/temperature");
    }
}
