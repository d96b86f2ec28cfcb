package io.assistconf;

import static io.assistconf.Checks.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A document may hold at most {@link Limits#maxNodes()} values, however it is given; reading stops at the next. */
class NodeLimitTest {

    private static final AssistConf HUNDRED = AssistConf.builder().limits(Limits.DEFAULTS.withMaxNodes(100)).build();
    private static final String MESSAGE = "the document has more than the limit of 100 values";

    @Test
    void jsonReadPlainlyIsRefusedAtTheFirstValuePastTheLimit() {
        // the root array and 99 objects make 100 values; the 100th object starts at column 2 + 3 * 99
        Violation limit = only(check(Input.json(emptyObjects(200))), "limit_exceeded");
        assertThat(limit.message()).isEqualTo(MESSAGE);
        assertThat(List.of(limit.line(), limit.column())).containsExactly(1, 299);
    }

    @Test
    void jsonReadWhileNormalizingIsRefusedAtTheFirstValuePastTheLimit() {
        StringBuilder text = new StringBuilder("{\"name\": \"x\", \"stop_sequences\": [");
        int past = 0;
        for (int item = 0; item < 200; item++) {
            text.append(item == 0 ? "" : ", ");
            // the object, the name and the array make 3 values, so item 97 is the 101st
            past = item == 97 ? text.length() + 1 : past;
            text.append("\"s\"");
        }
        Result result = check(Input.json(text.append("]}").toString()));
        Violation limit = only(result, "limit_exceeded");
        assertThat(limit.message()).isEqualTo(MESSAGE);
        assertThat(List.of(limit.line(), limit.column())).containsExactly(1, past);
        assertThat(result.canonical()).isEmpty();
    }

    @Test
    void yamlIsRefusedAtTheFirstValuePastTheLimit() {
        Violation limit = only(check(Input.yaml("- {}\n".repeat(200))), "limit_exceeded");
        assertThat(limit.message()).isEqualTo(MESSAGE);
        assertThat(List.of(limit.line(), limit.column())).containsExactly(100, 3);
    }

    @Test
    void yamlAliasesCountTheValuesTheyStandFor() {
        StringBuilder yaml = new StringBuilder("name: x\nmetadata: &m {");
        for (int key = 0; key < 40; key++) {
            yaml.append("k").append(key).append(": v, ");
        }
        // 43 values, then the list and its first alias (41 values each) make 85: the second alias is past 100
        yaml.append("}\ncustom: [*m, *m, *m]\n");
        Violation limit = only(HUNDRED.check(Variant.FREDDY, Kind.CREATE, Input.yaml(yaml.toString())), "limit_exceeded");
        assertThat(limit.message()).isEqualTo("the document, its aliases expanded, has more than the limit of 100"
                + " values");
        assertThat(List.of(limit.line(), limit.column())).containsExactly(3, 14);
    }

    @Test
    void aMapIsRefusedAtTheFirstValuePastTheLimit() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", "x");
        for (int key = 0; key < 200; key++) {
            map.put("k" + key, List.of());
        }
        // the map and its name make 2 values, so k98 is the 101st
        Violation limit = only(check(Input.of(map)), "limit_exceeded");
        assertThat(limit.message()).isEqualTo(MESSAGE);
        assertThat(limit.pointer()).isEqualTo("/k98");
    }

    @Test
    void queryParametersAreRefusedAtTheFirstValuePastTheLimit() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        StringBuilder raw = new StringBuilder();
        for (int parameter = 0; parameter < 200; parameter++) {
            parameters.put("p" + parameter, List.of("1"));
            raw.append(parameter == 0 ? "" : "&").append('p').append(parameter).append("=1");
        }
        for (Input input : List.of(Input.query(parameters), Input.query(raw.toString()))) {
            Violation limit = only(HUNDRED.check(Variant.FREDDY, Kind.LIST_QUERY, input), "limit_exceeded");
            assertThat(limit.message()).isEqualTo(MESSAGE);
            assertThat(limit.pointer()).isEqualTo("/p99");
        }
    }

    @Test
    void aDocumentAtTheLimitIsRead() {
        assertThat(check(Input.json(emptyObjects(99))).violations()).extracting(Violation::code)
                .containsExactly("not_an_object");
    }

    @Test
    void eightMebibytesOfEmptyObjectsAreRefusedByTheDefaultLimit() {
        byte[] text = emptyObjects(8 * 1024 * 1024 / 3 - 1).getBytes(StandardCharsets.UTF_8);
        for (TextFormat format : List.of(TextFormat.JSON, TextFormat.YAML)) {
            Result result = Checks.LENIENT.check(Variant.FREDDY, Kind.CREATE, Input.of(text, format));
            assertThat(only(result, "limit_exceeded").message())
                    .isEqualTo("the document has more than the limit of 50000 values");
        }
    }

    private static Result check(Input input) {
        return HUNDRED.check(Variant.FREDDY, Kind.CREATE, input);
    }

    /** {@code [{},{},...]} with {@code count} objects. */
    private static String emptyObjects(int count) {
        return "[" + "{},".repeat(count - 1) + "{}]";
    }
}
