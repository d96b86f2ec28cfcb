package io.assistconf;

import static io.assistconf.Checks.codes;
import static io.assistconf.Checks.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ListQueryTest {

    private static Result query(String raw) {
        return Checks.LENIENT.check(Variant.FREDDY, Kind.LIST_QUERY, Input.query(raw));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "limit=abc|invalid_type|/limit|must be integer, found string",
        "limit=0|out_of_range|/limit|must be between 1 and 100 (inclusive)",
        "limit=101|out_of_range|/limit|must be between 1 and 100 (inclusive)",
        "limit=99999999999999999999|out_of_range|/limit|must be between 1 and 100 (inclusive)",
        "offset=-99999999999999999999|out_of_range|/offset|must be at least 0",
        "page=0|out_of_range|/page|must be at least 1",
        "page_size=1001|out_of_range|/page_size|must be between 1 and 1000 (inclusive)",
        "offset=-1|out_of_range|/offset|must be at least 0",
        "sort_by=foo|invalid_value|/sort_by|must be one of: name, created_at, updated_at",
        "fields=all|invalid_value|/fields|must be one of: summary, standard, full",
        "include_inactive=yes|invalid_type|/include_inactive|must be boolean, found string",
        "access_mode=secret|invalid_value|/access_mode|must be one of: private, restricted, department, organization, global, public",
        "limit=5&limit=6|repeated_parameter|/limit|parameter 'limit' is given 2 times; it takes one value",
    })
    void badParametersAreReported(String raw, String code, String pointer, String message) {
        Result result = query(raw);
        assertThat(result.valid()).isFalse();
        Violation violation = only(result, code);
        assertThat(violation.pointer()).isEqualTo(pointer);
        assertThat(violation.message()).isEqualTo(message);
        assertThat(result.errors()).hasSize(1);
    }

    @Test
    void valuesAreTypedBySchema() {
        Result result = query("?search=chat%20bot&access_mode=public&fields=standard&limit=10&includeInactive=true");
        assertThat(result.valid()).as("%s", result.violations()).isTrue();
        assertThat(result.canonical().orElseThrow().get("limit").isIntegralNumber()).isTrue();
        assertThat(result.canonical().orElseThrow().get("include_inactive").booleanValue()).isTrue();
        assertThat(result.canonical().orElseThrow().get("search").asString()).isEqualTo("chat bot");
    }

    @Test
    void integersBeyond64BitsAreTypedExactly() {
        Result result = query("limit=99999999999999999999&page=9223372036854775807&offset=9223372036854775808");
        assertThat(codes(result)).containsExactly("out_of_range");
        JsonNode canonical = result.canonical().orElseThrow();
        assertThat(canonical.get("limit").isBigInteger()).isTrue();
        assertThat(canonical.get("limit").bigIntegerValue()).isEqualTo(new BigInteger("99999999999999999999"));
        assertThat(canonical.get("page").isLong()).isTrue();
        assertThat(canonical.get("page").longValue()).isEqualTo(Long.MAX_VALUE);
        assertThat(canonical.get("offset").bigIntegerValue()).isEqualTo(new BigInteger("9223372036854775808"));
        assertThat(result.changes()).filteredOn(c -> c.pointer().equals("/limit")).singleElement()
                .satisfies(c -> assertThat(c.type()).isEqualTo(Change.Type.COERCED));
        Result longest = query("offset=" + "9".repeat(100));
        assertThat(longest.valid()).as("%s", longest.violations()).isTrue();
        assertThat(longest.canonical().orElseThrow().get("offset").isBigInteger()).isTrue();
    }

    @Test
    void integersLongerThanTheNumberLimitStayStrings() {
        Result result = query("offset=" + "9".repeat(101));
        assertThat(only(result, "invalid_type").message()).isEqualTo("must be integer, found string");
    }

    @Test
    void theNumberLimitIsTheOneTheCheckerWasBuiltWith() {
        Input input = Input.query("limit=12345678901");
        assertThat(codes(query("limit=12345678901"))).containsExactly("out_of_range");
        AssistConf tenDigits = AssistConf.builder().limits(Limits.DEFAULTS.withMaxNumberLength(10)).build();
        Result result = tenDigits.check(Variant.FREDDY, Kind.LIST_QUERY, input);
        assertThat(only(result, "invalid_type").message()).isEqualTo("must be integer, found string");
        assertThat(result.errors()).hasSize(1);
    }

    @Test
    void multimapInputIsAccepted() {
        Result result = Checks.LENIENT.check(Variant.FREDDY, Kind.LIST_QUERY,
                Input.query(Map.of("pageSize", List.of("20"), "sort_order", List.of("desc"))));
        assertThat(result.valid()).isTrue();
        assertThat(result.canonical().orElseThrow().get("page_size").intValue()).isEqualTo(20);
    }

    @Test
    void unknownParameterIsAWarning() {
        Result result = query("limt=5");
        assertThat(result.valid()).isTrue();
        assertThat(only(result, "unknown_property").message()).contains("did you mean 'limit'?");
    }

    @Test
    void malformedEscapeIsAParseError() {
        assertThat(only(query("search=%zz"), "parse_error").message()).contains("percent escape");
    }
}
