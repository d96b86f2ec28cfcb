package io.assistconf;

import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.internal.schema.SchemaFiles;
import io.assistconf.internal.tree.CompactNodeFactory;
import io.assistconf.internal.tree.JsonText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JsonText writes what JsonNode.toString() writes, without building an ObjectMapper. */
class JsonTextTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().nodeFactory(CompactNodeFactory.INSTANCE).build();

    @ParameterizedTest
    @ValueSource(strings = {"0.7", "1.0", "-0.0", "1e300", "12345678901234567890123", "-12345678901234567890123", "3000000000", "-3000000000",
        "9223372036854775807", "-2147483648", "7", "-7", "0", "true", "false",
        "null", "\"a \\\"quoted\\\" \\u00e9 \\u0001 line\\n\"", "[]", "{}", "[1, [2.5, {\"k\": null}], \"x\"]",
        "{\"b\": {\"c\": [false]}, \"a\": 1}"})
    void writesWhatToStringWrites(String json) {
        JsonNode node = MAPPER.readTree(json);
        assertThat(JsonText.of(node)).isEqualTo(node.toString());
    }

    @Test
    void writesEveryDefaultOfTheShippedSchemasAsToStringDoes() {
        SchemaFiles files = new SchemaFiles();
        List<JsonNode> defaults = new ArrayList<>();
        for (Variant variant : Variant.values()) {
            for (Kind kind : Checks.LENIENT.kinds(variant)) {
                files.document(SchemaFiles.idOf(variant, kind)).findValues("default").forEach(defaults::add);
            }
        }
        assertThat(defaults).hasSizeGreaterThan(10);
        defaults.forEach(value -> assertThat(JsonText.of(value)).isEqualTo(value.toString()));
    }
}
