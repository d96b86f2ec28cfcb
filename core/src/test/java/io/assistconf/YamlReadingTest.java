package io.assistconf;

import static io.assistconf.Checks.canonical;
import static io.assistconf.Checks.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** YAML is read as YAML 1.2 defines it: aliases, merge keys and the core schema's scalars. */
class YamlReadingTest {

    private static Result freddy(String yaml) {
        return Checks.LENIENT.check(Variant.FREDDY, Kind.CREATE, Input.yaml(yaml));
    }

    private static Result burki(String yaml) {
        return Checks.LENIENT.check(Variant.BURKI, Kind.CREATE, Input.yaml(yaml));
    }

    @Test
    void anAliasOfAScalarIsItsAnchoredValue() {
        Result result = freddy("name: &nm Anchor\ninstructions: *nm\norganization_id: org_1\n");
        assertThat(result.violations()).isEmpty();
        assertThat(canonical(result).at("/instructions").asString()).isEqualTo("Anchor");
    }

    @Test
    void anAliasOfAMappingIsACopyOfIt() {
        Result result = burki("""
                name: x
                tools_settings:
                  end_call: &off {enabled: false}
                  transfer_call: *off
                """);
        assertThat(result.violations()).isEmpty();
        assertThat(canonical(result).at("/tools_settings/transfer_call/enabled").isBoolean()).isTrue();
    }

    @Test
    void anErrorInsideAnAliasedMappingIsLocatedAtTheAlias() {
        Result result = burki("""
                name: x
                tools_settings:
                  end_call: &call
                    enabled: sometimes
                  transfer_call: *call
                """);
        assertThat(result.errors()).extracting(Violation::pointer, Violation::line, Violation::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("/tools_settings/end_call/enabled", 4, 5),
                        org.assertj.core.groups.Tuple.tuple("/tools_settings/transfer_call/enabled", 5, 18));
    }

    @Test
    void aMergeKeyMergesItsMappingAndExplicitKeysWin() {
        Result result = burki("""
                name: x
                defaults: &defaults {temperature: 0.9, max_tokens: 200}
                llm_settings: {max_tokens: 300, <<: *defaults, welcome_message: hi}
                """);
        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).extracting(Violation::pointer).containsExactly("/defaults");
        JsonNode settings = canonical(result).at("/llm_settings");
        assertThat(settings.at("/temperature").decimalValue()).isEqualByComparingTo("0.9");
        assertThat(settings.at("/max_tokens").intValue()).isEqualTo(300);
        assertThat(settings.at("/welcome_message").asString()).isEqualTo("hi");
    }

    @Test
    void inAMergeListEarlierMappingsWin() {
        Result result = burki("""
                name: x
                warm: &warm {temperature: 0.9}
                long: &long {temperature: 0.1, max_tokens: 900}
                llm_settings:
                  <<: [*warm, *long]
                """);
        assertThat(result.errors()).isEmpty();
        JsonNode settings = canonical(result).at("/llm_settings");
        assertThat(settings.at("/temperature").decimalValue()).isEqualByComparingTo("0.9");
        assertThat(settings.at("/max_tokens").intValue()).isEqualTo(900);
    }

    @Test
    void aMergedValueIsLocatedAtItsAlias() {
        Result result = burki("""
                name: x
                hot: &hot {temperature: 9}
                llm_settings:
                  <<: *hot
                """);
        Violation range = only(result, "out_of_range");
        assertThat(range.pointer()).isEqualTo("/llm_settings/temperature");
        assertThat(List.of(range.line(), range.column())).containsExactly(4, 7);
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(delimiter = '|', value = {
        "~|description|null",
        "Null|description|null",
        "NULL|description|null",
        "True|parallel_tool_calls|true",
        "TRUE|parallel_tool_calls|true",
        "False|parallel_tool_calls|false",
        "0x10|seed|16",
        "0o17|seed|15",
        "+12|seed|12",
        ".5|temperature|0.5",
        "1.5e-1|temperature|0.15",
    })
    void coreSchemaScalarsHaveTheirType(String written, String field, String json) {
        Result result = freddy("name: x\n" + field + ": " + written + "\ninstructions: i\norganization_id: org_1\n");
        assertThat(result.violations()).isEmpty();
        assertThat(canonical(result).get(field).toString()).isEqualTo(json);
    }

    @ParameterizedTest
    @CsvSource({".inf", "-.inf", ".nan", ".NaN", "+.Inf"})
    void infinityAndNanAtANumberFieldAreALocatedTypeError(String written) {
        Violation type = only(freddy("name: x\ntemperature: " + written + "\n"), "invalid_type");
        assertThat(type.pointer()).isEqualTo("/temperature");
        assertThat(type.message()).isEqualTo("must be number, found string");
        assertThat(List.of(type.line(), type.column())).containsExactly(2, 1);
    }

    @Test
    void infinityAndNanAtAStringFieldAreTheirText() {
        Result result = freddy("name: .inf\ninstructions: .nan\norganization_id: org_1\n");
        assertThat(result.violations()).isEmpty();
        assertThat(canonical(result).get("name").asString()).isEqualTo(".inf");
        assertThat(canonical(result).get("instructions").asString()).isEqualTo(".nan");
    }

    @Test
    void billionLaughsIsALocatedLimitQuickly() {
        StringBuilder yaml = new StringBuilder("name: x\nlol0: &l0 lol\n");
        for (int level = 1; level <= 9; level++) {
            yaml.append("lol").append(level).append(": &l").append(level).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i > 0 ? ", " : "").append("*l").append(level - 1);
            }
            yaml.append("]\n");
        }
        long started = System.nanoTime();
        Result result = freddy(yaml.toString());
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        Violation limit = only(result, "limit_exceeded");
        assertThat(result.violations()).hasSize(1);
        assertThat(limit.message()).isEqualTo("the document, its aliases expanded, has more than the limit of 50000 values");
        // the sixth alias of lol5 (7,381 values each) takes the count past 50,000
        assertThat(List.of(limit.line(), limit.column())).containsExactly(7, 37);
        assertThat(took).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void anAliasOfTheMappingItIsInIsALimit() {
        Violation limit = only(freddy("name: x\nmetadata: &m\n  self: *m\n"), "limit_exceeded");
        assertThat(List.of(limit.line(), limit.column())).containsExactly(3, 9);
    }

    @Test
    void anAliasNestingPastTheLimitIsRefusedAtTheAlias() {
        AssistConf shallow = AssistConf.builder().limits(Limits.DEFAULTS.withMaxDepth(3)).build();
        Result result = shallow.check(Variant.FREDDY, Kind.CREATE,
                Input.yaml("name: x\nmetadata: &deep {b: {c: 1}}\ntool_configurations: {x: *deep}\n"));
        Violation limit = only(result, "limit_exceeded");
        assertThat(limit.message()).isEqualTo("the document nests deeper than the limit of 3 levels");
        assertThat(List.of(limit.line(), limit.column())).containsExactly(3, 26);
    }

    @Test
    void anUndefinedAliasIsAParseError() {
        Violation error = only(freddy("name: *nowhere\n"), "parse_error");
        assertThat(error.message()).isEqualTo("an alias names an anchor that is not defined before it");
        assertThat(List.of(error.line(), error.column())).containsExactly(1, 7);
    }

    @Test
    void aMergeKeyOfAScalarIsAParseError() {
        Violation error = only(burki("name: x\nllm_settings:\n  <<: warm\n"), "parse_error");
        assertThat(error.message()).isEqualTo("a merge key ('<<') takes a mapping or a list of mappings");
        assertThat(List.of(error.line(), error.column())).containsExactly(3, 7);
    }

    @Test
    void aRepeatedYamlKeyIsLocatedAtIt() {
        Violation duplicate = only(freddy("name: a\ninstructions: b\nname: c\n"), "duplicate_key");
        assertThat(duplicate.message()).isEqualTo("duplicate key 'name' in the same object (first on line 1); the last"
                + " value is kept");
        assertThat(List.of(duplicate.line(), duplicate.column())).containsExactly(3, 1);
        assertThat(only(burki("name: x\nllm_settings: {<<: {}, <<: {}}\n"), "duplicate_key").column()).isEqualTo(24);
    }

    @Test
    void aSecondDocumentIsAParseErrorOfACheckOfOne() {
        Violation error = only(freddy("name: x\n---\nname: y\n"), "parse_error");
        assertThat(error.message()).isEqualTo("a second YAML document starts here, and this check reads one (a stream"
                + " is checked document by document)");
        assertThat(List.of(error.line(), error.column())).containsExactly(3, 1);
    }

    @Test
    void anEmptyDocumentAfterTheFirstIsNoSecondDocument() {
        assertThat(Checks.codes(freddy("name: x\n---\n# nothing more\n"))).doesNotContain("parse_error");
    }
}
