package io.assistconf;

import static io.assistconf.Checks.only;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class CogsolTest {

    private static final String VALID = """
            {"generation_config": "default", "generation_config_pretools": "fast", "description": "Helps",
             "system_prompt": "You help.", "temperature": 0.3, "tools": [1, 2], "pretools": [3]}""";

    private static Result check(AssistConf assistconf, Kind kind, String json) {
        return assistconf.check(Variant.COGSOL, kind, Input.json(json));
    }

    /** The valid body with the given members set (replacing any of the same name). */
    private static String with(String members) {
        ObjectNode body = (ObjectNode) JsonMapper.shared().readTree(VALID);
        body.setAll((ObjectNode) JsonMapper.shared().readTree("{" + members + "}"));
        return body.toString();
    }

    private static String without(String field) {
        ObjectNode body = (ObjectNode) JsonMapper.shared().readTree(VALID);
        body.remove(field);
        return body.toString();
    }

    @Test
    void aCompleteCreateBodyIsValidAndGetsNoInventedDefaults() {
        Result result = check(Checks.LENIENT, Kind.CREATE, VALID);
        assertThat(result.violations()).isEmpty();
        assertThat(result.changes()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "empty system prompt|\"system_prompt\": \"\"|invalid_length|/system_prompt",
        "temperature above 2|\"temperature\": 2.5|out_of_range|/temperature",
        "temperature below 0|\"temperature\": -0.1|out_of_range|/temperature",
        "max_responses beyond 32 bits|\"max_responses\": 2147483648|out_of_range|/max_responses",
        "max_msg_length below 32 bits|\"max_msg_length\": -2147483649|out_of_range|/max_msg_length",
        "empty strategy|\"strategy_to_optimize_tokens\": \"\"|invalid_length|/strategy_to_optimize_tokens",
        "empty info|\"info\": \"\"|invalid_length|/info",
        "duplicate tools|\"tools\": [1, 1]|duplicate_items|/tools",
        "duplicate pretools|\"pretools\": [4, 4]|duplicate_items|/pretools",
        "tool id not an integer|\"tools\": [\"a\"]|invalid_type|/tools/0",
        "colors not an object|\"colors\": \"red\"|invalid_type|/colors",
        "read-only id|\"id\": 5|read_only_property|/id",
        "read-only retrieval|\"retrieval_faq\": 1|read_only_property|/retrieval_faq",
        "read-only created_at|\"created_at\": \"2024-01-01T00:00:00Z\"|read_only_property|/created_at",
    })
    void eachConstraintIsReported(String name, String member, String code, String pointer) {
        Violation violation = only(check(Checks.LENIENT, Kind.CREATE, with(member)), code);
        assertThat(violation.pointer()).isEqualTo(pointer);
    }

    @Test
    void systemPromptLengthIsBoundedAt11400() {
        String prompt = "p".repeat(11_400);
        assertThat(check(Checks.LENIENT, Kind.UPDATE, with("\"system_prompt\": \"" + prompt + "\"")).valid()).isTrue();
        Violation violation = only(check(Checks.LENIENT, Kind.UPDATE, "{\"system_prompt\": \"" + prompt + "p\"}"),
                "invalid_length");
        assertThat(violation.message()).isEqualTo("must be between 1 and 11400 characters long (inclusive)");
    }

    @Test
    void logoIsAReferenceOfAtMost500Characters() {
        assertThat(check(Checks.LENIENT, Kind.UPDATE, with("\"logo\": \"https://cdn.example.com/logo.png\"")).valid()).isTrue();
        assertThat(check(Checks.LENIENT, Kind.UPDATE, with("\"logo\": \"/static/logo.png\"")).valid()).isTrue();
        String longLogo = "https://cdn.example.com/" + "l".repeat(480);
        assertThat(only(check(Checks.LENIENT, Kind.UPDATE, "{\"logo\": \"" + longLogo + "\"}"), "invalid_length")
                .pointer()).isEqualTo("/logo");
        assertThat(only(check(Checks.LENIENT, Kind.UPDATE, "{\"logo\": \"bad uri with spaces\"}"), "invalid_format")
                .pointer()).isEqualTo("/logo");
    }

    @ParameterizedTest
    @CsvSource({"initial_message", "end_message", "not_info_message", "info", "logo", "colors"})
    void optionalFieldsAcceptNullMeaningNotSet(String field) {
        assertThat(check(Checks.LENIENT, Kind.CREATE, with("\"" + field + "\": null")).violations()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"description", "system_prompt", "temperature", "generation_config", "tools"})
    void requiredAndTypedFieldsRefuseNull(String field) {
        Result result = check(Checks.LENIENT, Kind.UPDATE, "{\"" + field + "\": null}");
        assertThat(only(result, "invalid_type").pointer()).isEqualTo("/" + field);
    }

    @ParameterizedTest
    @CsvSource({"generation_config", "generation_config_pretools", "description", "system_prompt", "temperature"})
    void createRequiresTheDocumentedFields(String field) {
        assertThat(only(check(Checks.LENIENT, Kind.CREATE, without(field)), "missing_required").pointer())
                .isEqualTo("/" + field);
    }

    @Test
    void unknownFieldsAreKeptWithAWarningOrRefusedInStrictMode() {
        String newer = with("\"voice_enabled\": true");
        Result lenient = check(Checks.LENIENT, Kind.CREATE, newer);
        assertThat(lenient.valid()).isTrue();
        assertThat(only(lenient, "unknown_property").severity()).isEqualTo(Severity.WARNING);
        assertThat(lenient.canonical().orElseThrow().get("voice_enabled").booleanValue()).isTrue();
        Result strict = check(Checks.STRICT, Kind.CREATE, newer);
        assertThat(strict.valid()).isFalse();
        assertThat(only(strict, "unknown_property").severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void theObjectCarriesItsReadOnlyFields() {
        Result result = check(Checks.LENIENT, Kind.OBJECT, with(
                "\"id\": 7, \"created_at\": \"2024-05-01T10:00:00Z\", \"updated_at\": \"2024-05-02T10:00:00Z\","
                        + " \"retrieval_faq\": null, \"retrieval_lessons\": 3"));
        assertThat(result.violations()).isEmpty();
        assertThat(check(Checks.LENIENT, Kind.OBJECT, VALID).errors()).extracting(Violation::pointer)
                .containsExactly("/created_at", "/id", "/updated_at");
    }

    @Test
    void catalogueChecksPresetsAndToolIds() {
        AssistConf withCatalogue = AssistConf.builder().catalogue(Catalogue.parse("""
                {"generation_config": ["default", "fast", "precise"], "tool": [1, 2, 3]}""")).build();
        assertThat(check(withCatalogue, Kind.CREATE, VALID).violations()).isEmpty();
        Result result = check(withCatalogue, Kind.CREATE, VALID.replace("\"fast\"", "\"fats\"").replace("[1, 2]", "[1, 9]"));
        assertThat(result.errors()).extracting(Violation::pointer)
                .containsExactly("/generation_config_pretools", "/tools/1");
        assertThat(result.errors().get(0).message()).isEqualTo("'fats' is not a known generation config; did you mean 'fast'?");
    }
}
