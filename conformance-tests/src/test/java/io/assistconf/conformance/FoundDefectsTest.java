package io.assistconf.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.AssistConf;
import io.assistconf.Input;
import io.assistconf.Kind;
import io.assistconf.Limits;
import io.assistconf.Result;
import io.assistconf.Variant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * The core defects this suite found, each pinned by its smallest example (the property tests cover their
 * kind in general): the first four were fixed in commit cff8d7d, the others after a stay in {@link KnownDefects}.
 */
class FoundDefectsTest {

    /** Property 6 found it: a number with an exponent, integral and beyond 64 bits, at a field with a range. */
    @Test
    void aHugeIntegralNumberGivesAResultNotAnException() {
        Result inRange = Conformance.ASSISTCONF.check(Variant.FREDDY, Kind.CREATE,
                Input.json("{\"name\": \"x\", \"instructions\": \"i\", \"organization_id\": \"org_1\", \"max_tool_calls\": 1e20}"));
        assertThat(inRange.errors()).isEmpty();
        Result outOfRange = Conformance.ASSISTCONF.check(Variant.FREDDY, Kind.CREATE,
                Input.json("{\"name\": \"x\", \"instructions\": \"i\", \"organization_id\": \"org_1\", \"top_logprobs\": 1e20}"));
        assertThat(codes(outOfRange)).containsExactly("out_of_range");
        Result huge = Conformance.ASSISTCONF.check(Variant.BURKI, Kind.CREATE,
                Input.json("{\"name\": \"x\", \"rag_settings\": {\"chunk_size\": 1e999999999}}"));
        assertThat(huge.violations()).isNotEmpty();
    }

    /** Property 5 found it: a broken constraint in an anyOf nested in an anyOf (deleted_at). */
    @Test
    void aNestedAlternativeReportsTheConstraintNotTheType() {
        ObjectNode assistant = (ObjectNode) Fixtures.read(Fixtures.directory(Variant.FREDDY)
                .resolve("000-code-assistant.snake.json"));
        assistant.put("is_active", false);
        Result negative = Conformance.ASSISTCONF.check(Variant.FREDDY, Kind.OBJECT,
                Input.of(assistant.deepCopy().put("deleted_at", -1)));
        assertThat(negative.errors()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("out_of_range");
            assertThat(v.pointer()).isEqualTo("/deleted_at");
        });
        Result text = Conformance.ASSISTCONF.check(Variant.FREDDY, Kind.OBJECT,
                Input.of(assistant.deepCopy().put("deleted_at", "yesterday")));
        assertThat(codes(text)).containsExactly("invalid_format");
    }

    /** Property 6 found it: YAML was not held to the string limit. */
    @Test
    void yamlStringsAndNamesAreHeldToTheirLimits() {
        AssistConf small = AssistConf.builder()
                .limits(Limits.DEFAULTS.withMaxStringLength(200).withMaxNameLength(200)).build();
        assertThat(codes(small.check(Variant.FREDDY, Kind.UPDATE, Input.yaml("name: " + "y".repeat(300) + "\n"))))
                .containsExactly("limit_exceeded");
        assertThat(codes(small.check(Variant.FREDDY, Kind.UPDATE, Input.yaml("k" + "x".repeat(300) + ": 1\n"))))
                .containsExactly("limit_exceeded");
        assertThat(codes(small.check(Variant.FREDDY, Kind.UPDATE, Input.yaml("name: " + "y".repeat(200) + "\n"))))
                .isEmpty();
    }

    /** Property 6 found it: NaN in a Jackson tree was "invalid_type: must be number, found number". */
    @Test
    void nanInATreeIsAnUnsupportedValueAsInAMap() {
        ObjectNode tree = Fixtures.MAPPER.createObjectNode().put("name", "x").put("temperature", Double.NaN);
        assertThat(codes(Conformance.ASSISTCONF.check(Variant.FREDDY, Kind.CREATE, Input.of(tree))))
                .containsExactly("unsupported_value");
    }

    /** Property 6 found it: a number with a fraction beyond 64 bits at an integer field with a range. */
    @Test
    void aHugeNumberWithAFractionIsReportedAsASmallOneIs() {
        Result positive = Conformance.ASSISTCONF.check(Variant.FREDDY, Kind.CREATE,
                Input.json("{\"name\": \"x\", \"instructions\": \"i\", \"organization_id\": \"org_1\", \"max_tool_calls\": 12345678901234567890.5}"));
        assertThat(codes(positive)).containsExactly("invalid_type");
        Result negative = Conformance.ASSISTCONF.check(Variant.FREDDY, Kind.CREATE,
                Input.json("{\"name\": \"x\", \"instructions\": \"i\", \"organization_id\": \"org_1\", \"max_tool_calls\": -12345678901234567890.5}"));
        assertThat(codes(negative)).containsExactlyInAnyOrder("invalid_type", "out_of_range");
    }

    /** Property 6 found it: a list response's pagination.limit beyond 64 bits, compared with the page size. */
    @Test
    void aListLimitBeyond64BitsGivesAResult() {
        String response = Docs.read(Fixtures.directory(Variant.FREDDY).resolve("002-list-response-summary.json"))
                .replace("\"limit\": 50", "\"limit\": 1e20");
        assertThat(response).contains("\"limit\": 1e20");
        Result result = Conformance.ASSISTCONF.check(Variant.FREDDY, Kind.LIST_RESPONSE, Input.json(response));
        // the seed's second item has the legacy access mode department (decisions S0)
        assertThat(result.violations()).extracting(v -> v.code() + " at " + v.pointer())
                .containsExactly("legacy_value at /assistants/1/access_mode");
    }

    /** Property 6 found it: an empty container one level past maxDepth passed as a tree, not as text. */
    @Test
    void anEmptyContainerPastTheDepthLimitIsRefusedInTreesAsInText() {
        AssistConf small = AssistConf.builder().limits(Limits.DEFAULTS.withMaxDepth(3)).build();
        String past = "{\"a\": {\"b\": {\"c\": {}}}}";
        String within = "{\"a\": {\"b\": {\"c\": 1}}}";
        for (Input input : List.of(Input.json(past), Input.yaml(past), Input.of(Fixtures.MAPPER.readTree(past)))) {
            assertThat(codes(small.check(Variant.FREDDY, Kind.UPDATE, input))).containsExactly("limit_exceeded");
        }
        assertThat(codes(small.check(Variant.FREDDY, Kind.UPDATE, Input.of(Fixtures.MAPPER.readTree(within)))))
                .doesNotContain("limit_exceeded");
    }

    private static List<String> codes(Result result) {
        return result.violations().stream().map(v -> v.code()).toList();
    }
}
