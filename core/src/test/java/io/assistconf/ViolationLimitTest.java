package io.assistconf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A result lists at most {@link Limits#maxViolations()} violations, then one {@code too_many_violations}
 * counting the others, as severe as the worst of them; below the limit nothing changes.
 */
class ViolationLimitTest {

    private static final Limits TEN = Limits.DEFAULTS.withMaxViolations(10);
    private static final AssistConf LENIENT = AssistConf.builder().limits(TEN).build();
    private static final AssistConf STRICT = AssistConf.builder().limits(TEN).strict(true).build();

    @Test
    void schemaErrorsPastTheLimitAreCounted() {
        Result result = LENIENT.check(Variant.FREDDY, Kind.UPDATE, Input.json(wrongItems(50)));
        assertThat(result.violations()).hasSize(11);
        assertThat(result.violations().subList(0, 10)).allSatisfy(v -> assertThat(v.code()).isEqualTo("invalid_type"))
                .extracting(Violation::pointer).containsExactly("/stop_sequences/0", "/stop_sequences/1",
                        "/stop_sequences/2", "/stop_sequences/3", "/stop_sequences/4", "/stop_sequences/5",
                        "/stop_sequences/6", "/stop_sequences/7", "/stop_sequences/8", "/stop_sequences/9");
        Violation last = result.violations().get(10);
        assertThat(last.code()).isEqualTo("too_many_violations");
        assertThat(last.severity()).isEqualTo(Severity.ERROR);
        assertThat(last.pointer()).isEmpty();
        assertThat(last.message()).isEqualTo("at least 40 more violations were found and not listed: a report lists"
                + " at most 10");
        assertThat(result.valid()).isFalse();
    }

    @Test
    void anArrayOfDistinctItemsIsCutToo() {
        Result result = LENIENT.check(Variant.FREDDY, Kind.UPDATE,
                Input.json(wrongItems(50).replace("stop_sequences", "allowed_model_providers")));
        assertThat(Checks.codes(result).subList(0, 2)).containsExactly("duplicate_items", "invalid_type");
        assertThat(result.violations()).hasSize(11);
        assertThat(result.violations().get(10).message()).startsWith("at least 41 more violations");
    }

    @Test
    void normalizerViolationsPastTheLimitAreCountedWithTheirSeverity() {
        String json = unknownKeys(50);
        Result lenient = LENIENT.check(Variant.FREDDY, Kind.UPDATE, Input.json(json));
        assertThat(lenient.violations()).hasSize(11);
        assertThat(Checks.codes(lenient).subList(0, 10)).containsOnly("unknown_property");
        assertThat(lenient.violations().get(10).message()).startsWith("at least 40 more violations");
        assertThat(lenient.violations().get(10).severity()).isEqualTo(Severity.WARNING);
        assertThat(lenient.valid()).isTrue();
        Result strict = STRICT.check(Variant.FREDDY, Kind.UPDATE, Input.json(json));
        assertThat(strict.violations().get(10).severity()).isEqualTo(Severity.ERROR);
        assertThat(strict.valid()).isFalse();
    }

    @Test
    void anErrorNotListedMakesTheLastViolationAnError() {
        AssistConf three = AssistConf.builder().limits(Limits.DEFAULTS.withMaxViolations(3)).build();
        Result result = three.check(Variant.FREDDY, Kind.UPDATE,
                Input.json("{\"a1\": 1, \"a2\": 1, \"a3\": 1, \"name\": 5}"));
        assertThat(Checks.codes(result)).containsExactly("unknown_property", "unknown_property", "unknown_property",
                "too_many_violations");
        assertThat(result.violations().get(3).message()).startsWith("at least 1 more violations");
        assertThat(result.violations().get(3).severity()).isEqualTo(Severity.ERROR);
        assertThat(result.valid()).isFalse();
    }

    @Test
    void treesAndQueriesAreCappedToo() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", "x");
        map.put("stop_sequences", java.util.Collections.nCopies(50, 1));
        assertThat(LENIENT.check(Variant.FREDDY, Kind.UPDATE, Input.of(map)).violations()).hasSize(11)
                .last().extracting(Violation::code).isEqualTo("too_many_violations");
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (int parameter = 0; parameter < 50; parameter++) {
            parameters.put("p" + parameter, List.of("1"));
        }
        Result query = LENIENT.check(Variant.FREDDY, Kind.LIST_QUERY, Input.query(parameters));
        assertThat(query.violations()).hasSize(11);
        assertThat(query.violations().get(10).message()).startsWith("at least 40 more violations");
    }

    @Test
    void aReportAtTheLimitIsTheReportWithoutALimit() {
        for (String json : List.of(wrongItems(10), unknownKeys(10), wrongItems(4).replace("]}", "], \"b\": 1, "
                + "\"c\": 2, \"d\": 3, \"e\": 4, \"temperature\": 9, \"top_p\": \"x\"}"))) {
            Result capped = LENIENT.check(Variant.FREDDY, Kind.UPDATE, Input.json(json));
            assertThat(capped.violations()).as(json).hasSize(10)
                    .isEqualTo(Checks.LENIENT.check(Variant.FREDDY, Kind.UPDATE, Input.json(json)).violations());
        }
    }

    @Test
    void theDefaultLimitListsAThousand() {
        Result result = Checks.LENIENT.check(Variant.FREDDY, Kind.UPDATE, Input.json(wrongItems(49_000)));
        assertThat(result.violations()).hasSize(1_001);
        assertThat(result.violations().get(1_000).message()).isEqualTo("at least 48000 more violations were found"
                + " and not listed: a report lists at most 1000");
    }

    /** A Freddy create whose stop sequences are {@code count} numbers instead of strings. */
    private static String wrongItems(int count) {
        return "{\"name\": \"x\", \"stop_sequences\": [" + "1, ".repeat(count - 1) + "1]}";
    }

    /** A Freddy create with {@code count} unknown keys. */
    private static String unknownKeys(int count) {
        StringBuilder json = new StringBuilder("{\"name\": \"x\"");
        for (int key = 0; key < count; key++) {
            json.append(", \"unknown").append(key).append("\": 1");
        }
        return json.append('}').toString();
    }
}
