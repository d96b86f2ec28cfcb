package io.assistconf;

import static io.assistconf.Checks.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BadInputTest {

    private static Result create(Input input) {
        return Checks.LENIENT.check(Variant.FREDDY, Kind.CREATE, input);
    }

    private static Violation single(Result result) {
        assertThat(result.valid()).isFalse();
        assertThat(result.violations()).hasSize(1);
        assertThat(result.canonical()).isEmpty();
        return result.violations().get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "JSON missing a value|{\"name\": }|JSON|parse_error|1|10",
        "JSON cut short|{\"name\": \"x\"|JSON|parse_error|1|13",
        "JSON with trailing content|{\"name\": \"x\"} {}|JSON|parse_error|1|15",
        "YAML badly indented|name: x\\n  bad: : [|YAML|parse_error|2|6",
        "empty JSON|'   '|JSON|empty_document|0|0",
        "empty YAML|'# only a comment'|YAML|empty_document|0|0",
        "top-level array|[1, 2]|JSON|not_an_object|1|1",
        "top-level scalar|'42'|JSON|not_an_object|1|1",
        "top-level YAML scalar|just text|YAML|not_an_object|1|1",
    })
    void malformedInputIsOneLocatedViolation(String name, String text, TextFormat format, String code, int line,
            int column) {
        Violation violation = single(create(Input.of(text.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8), format)));
        assertThat(violation.code()).isEqualTo(code);
        assertThat(violation.line()).isEqualTo(line);
        assertThat(violation.column()).isEqualTo(column);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "JSON|{\"name\": \"a\", \"name\": \"b\"}|1|15",
        "YAML|name: a\\nname: b\\n|2|1",
    })
    void aDuplicateKeyIsLocatedAtTheRepetitionAndTheCheckGoesOn(TextFormat format, String text, int line, int column) {
        Result result = create(Input.of(text.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8), format));
        assertThat(Checks.codes(result)).containsExactlyInAnyOrder("duplicate_key", "missing_required",
                "missing_required");
        Violation violation = only(result, "duplicate_key");
        assertThat(violation.message()).isEqualTo("duplicate key 'name' in the same object (first on line 1); the"
                + " last value is kept");
        assertThat(List.of(violation.line(), violation.column())).containsExactly(line, column);
        assertThat(result.canonical().orElseThrow().get("name").asString()).isEqualTo("b");
    }

    @Test
    void nestingOneHundredThousandDeepIsRefused() {
        String deep = "{\"metadata\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        Violation violation = single(create(Input.json(deep)));
        assertThat(violation.code()).isEqualTo("limit_exceeded");
        assertThat(violation.message()).isEqualTo("the document nests deeper than the limit of 64 levels");
        assertThat(violation.line()).isEqualTo(1);
    }

    @Test
    void deepYamlIsRefused() {
        Violation violation = single(create(Input.yaml("metadata: " + "[".repeat(100_000))));
        assertThat(violation.code()).isEqualTo("limit_exceeded");
    }

    @Test
    void fiftyMegabyteFileIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.json");
        byte[] chunk = " ".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
        try (var out = Files.newOutputStream(big)) {
            out.write('{');
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
            out.write('}');
        }
        Violation violation = single(create(Input.of(big)));
        assertThat(violation.code()).isEqualTo("limit_exceeded");
        assertThat(violation.message()).contains("more than the limit of 8388608");
    }

    @Test
    void oversizedStreamIsRefused() {
        byte[] text = ("{\"instructions\": \"" + "a".repeat(2_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        AssistConf small = AssistConf.builder().limits(Limits.DEFAULTS.withMaxDocumentBytes(1_000)).build();
        Result result = small.check(Variant.FREDDY, Kind.CREATE, Input.of(new ByteArrayInputStream(text), TextFormat.JSON));
        assertThat(single(result).code()).isEqualTo("limit_exceeded");
    }

    @Test
    void twoThousandDigitNumberIsRefused() {
        Violation violation = single(create(Input.json("{\"name\": \"x\", \"seed\": " + "9".repeat(2_000) + "}")));
        assertThat(violation.code()).isEqualTo("limit_exceeded");
        assertThat(violation.message()).isEqualTo("a number is longer than the limit of 100 characters");
        assertThat(violation.line()).isEqualTo(1);
    }

    @Test
    void overlongStringIsRefused() {
        AssistConf small = AssistConf.builder().limits(Limits.DEFAULTS.withMaxStringLength(100)).build();
        Result result = small.check(Variant.FREDDY, Kind.CREATE,
                Input.json("{\"name\": \"" + "n".repeat(101) + "\"}"));
        assertThat(single(result).message()).isEqualTo("a string is longer than the limit of 100 characters");
    }

    @Test
    void missingFileIsUnreadable(@TempDir Path dir) {
        assertThat(single(create(Input.of(dir.resolve("absent.json")))).code()).isEqualTo("unreadable_input");
    }

    @Test
    void cyclicMapIsRefusedNotOverflowed() {
        Map<String, Object> cyclic = new HashMap<>();
        cyclic.put("name", "x");
        cyclic.put("metadata", cyclic);
        Violation violation = single(create(Input.of(cyclic)));
        assertThat(violation.code()).isEqualTo("limit_exceeded");
    }

    @Test
    void deepJsonNodeIsRefused() {
        var root = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        var current = root.putArray("metadata");
        for (int i = 0; i < 10_000; i++) {
            current = current.addArray();
        }
        assertThat(single(create(Input.of(root))).code()).isEqualTo("limit_exceeded");
    }

    @Test
    void mapWithValuesWithoutJsonFormIsRefused() {
        List<Object> odd = new ArrayList<>();
        odd.add(new Object());
        Violation violation = single(create(Input.of(Map.of("name", "x", "preset_prompts", odd))));
        assertThat(violation.code()).isEqualTo("unsupported_value");
        assertThat(violation.pointer()).isEqualTo("/preset_prompts/0");
    }

    @Test
    void sniffedTextPicksTheFormat() {
        assertThat(create(Input.text("name: from yaml\ninstructions: i\norganization_id: org_1\n")).valid()).isTrue();
        assertThat(create(Input.text("  {\"name\": \"from json\", \"instructions\": \"i\", \"organization_id\": \"org_1\"}")).valid()).isTrue();
    }

    @Test
    void floatsKeepTheirWrittenForm() {
        Result result = Checks.freddy(Kind.UPDATE, "{\"temperature\": 1.0, \"top_p\": 0.123456789012345678901}");
        assertThat(result.canonicalJson()).contains("{\"temperature\":1.0,\"top_p\":0.123456789012345678901}");
    }

    @Test
    void aSchemaErrorDoesNotHideOthers() {
        Result result = create(Input.json("{\"instructions\": \"i\", \"organization_id\": \"org_1\", \"temperature\": 3, \"top_p\": 2, \"context_strategy\": \"all\"}"));
        assertThat(Checks.codes(result)).containsExactly("missing_required", "out_of_range", "out_of_range",
                "invalid_value");
        assertThat(only(result, "missing_required").pointer()).isEqualTo("/name");
    }
}
