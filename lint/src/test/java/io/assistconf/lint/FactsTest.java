package io.assistconf.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.Kind;
import io.assistconf.Variant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A stored object's id is kept as the JSON text JsonNode.toString() writes, without building a mapper. */
class FactsTest {

    @ParameterizedTest
    @ValueSource(strings = {"\"asst_1\"", "\"a \\\"b\\\" \\\\ \\u0001 \\u00e9 \\n\"", "311", "3000000000",
        "12345678901234567890", "1.5", "-0.0"})
    void theIdIsItsJsonText(String id) {
        JsonNode payload = JsonMapper.shared().readTree("{\"id\": " + id + "}");
        assertThat(Facts.of(Variant.COGSOL, Kind.OBJECT, payload).id()).isEqualTo(payload.get("id").toString());
    }
}
