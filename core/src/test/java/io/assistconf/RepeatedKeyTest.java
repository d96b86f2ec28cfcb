package io.assistconf;

import static io.assistconf.Checks.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A repeated key is reported and the document is checked keeping the last value, as Python's json (behind
 * FastAPI) and most parsers read it, so the rest of the document's findings are reported too. JSON read
 * while normalized, JSON read as a tree, and YAML agree.
 */
class RepeatedKeyTest {

    private static final String JSON = """
            {
              "name": "first",
              "tts_settings": {"stability": 5},
              "bogus": 1,
              "name": "last",
              "llmSettings": {"temperature": 0.5, "temperature": 9}
            }""";

    private static final String YAML = """
            name: first
            tts_settings: {stability: 5}
            bogus: 1
            name: last
            llmSettings: {temperature: 0.5, temperature: 9}
            """;

    @Test
    void everyOtherFindingIsReportedAndTheLastValueIsKept() {
        Result result = Checks.LENIENT.check(Variant.BURKI, Kind.CREATE, Input.json(JSON));
        assertThat(result.violations()).extracting(Violation::code, Violation::pointer, Violation::line,
                Violation::column).containsExactly(
                        tuple("out_of_range", "/tts_settings/stability", 3, 20),
                        tuple("unknown_property", "/bogus", 4, 3),
                        tuple("duplicate_key", "/name", 5, 3),
                        tuple("duplicate_key", "/llm_settings/temperature", 6, 39),
                        tuple("out_of_range", "/llm_settings/temperature", 6, 39));
        assertThat(only(result, "unknown_property").severity()).isEqualTo(Severity.WARNING);
        Violation name = result.violations().get(2);
        assertThat(name.message()).isEqualTo("duplicate key 'name' in the same object (first on line 2); the last"
                + " value is kept");
        Violation temperature = result.violations().get(3);
        assertThat(temperature.path()).isEqualTo("/llmSettings/temperature");
        assertThat(temperature.message()).contains("(first on line 6)");
        assertThat(result.canonical().orElseThrow().get("name").asString()).isEqualTo("last");
        assertThat(result.canonical().orElseThrow().propertyNames().iterator().next()).isEqualTo("name");
        assertThat(result.canonical().orElseThrow().at("/llm_settings/temperature").intValue()).isEqualTo(9);
    }

    @Test
    void jsonReadWhileNormalizedAsATreeAndYamlAgree() {
        Result streamed = Checks.LENIENT.check(Variant.BURKI, Kind.CREATE, Input.json(JSON));
        Result tree = Checks.LENIENT.check(Kind.CREATE, Input.json(JSON));
        Result yaml = Checks.LENIENT.check(Variant.BURKI, Kind.CREATE, Input.yaml(YAML));
        assertThat(tree.variant()).contains(Variant.BURKI);
        assertThat(tree.violations()).isEqualTo(streamed.violations());
        assertThat(tree.canonical()).isEqualTo(streamed.canonical());
        assertThat(yaml.canonical()).isEqualTo(streamed.canonical());
        assertThat(yaml.violations()).extracting(Violation::code, Violation::pointer, Violation::path)
                .isEqualTo(streamed.violations().stream().map(v -> tuple(v.code(), v.pointer(), v.path())).toList());
        assertThat(yaml.violations()).extracting(Violation::line).containsExactly(2, 3, 4, 5, 5);
    }

    @Test
    void eachRepetitionNamesTheFirstOccurrence() {
        Result result = Checks.freddy(Kind.UPDATE, "{\"name\": \"a\",\n\"name\": \"b\",\n\"name\": \"c\"}");
        assertThat(result.violations()).extracting(Violation::line, Violation::message).containsExactly(
                tuple(2, "duplicate key 'name' in the same object (first on line 1); the"
                        + " last value is kept"),
                tuple(3, "duplicate key 'name' in the same object (first on line 1); the"
                        + " last value is kept"));
        assertThat(result.canonicalJson().orElseThrow()).isEqualTo("{\"name\":\"c\"}");
    }

    @Test
    void anExactRepetitionBesideAnotherSpellingIsStillARepetition() {
        String json = "{\"name\": \"x\", \"store\": true, \"store_responses\": true, \"store_responses\": false}";
        Result streamed = Checks.freddy(Kind.UPDATE, json);
        assertThat(Checks.codes(streamed)).containsExactlyInAnyOrder("duplicate_key", "conflicting_alias");
        assertThat(Checks.LENIENT.check(Kind.UPDATE, Input.json(json)).violations())
                .isEqualTo(streamed.violations());
    }

    @Test
    void aRepeatedMemberIsLocatedAtItsLastOccurrence() {
        Result result = Checks.freddy(Kind.UPDATE, "{\"temperature\": 0.5,\n \"temperature\": \"hot\"}");
        Violation type = only(result, "invalid_type");
        assertThat(List.of(type.line(), type.column())).containsExactly(2, 2);
        assertThat(result.locate("/temperature")).contains(new Location(2, 2));
    }

    @Test
    void aRepeatedKeyInsideAValueThatIsReplacedIsStillReported() {
        Result result = Checks.freddy(Kind.UPDATE,
                "{\"assistant_metadata\": {\"k\": \"1\", \"k\": \"2\"}, \"assistant_metadata\": {}}");
        assertThat(result.violations()).extracting(Violation::pointer)
                .containsExactly("/assistant_metadata/k", "/assistant_metadata");
        assertThat(result.canonicalJson().orElseThrow()).isEqualTo("{\"assistant_metadata\":{}}");
    }

    @Test
    void noValueIsShown() {
        Result result = Checks.LENIENT.check(Variant.BURKI, Kind.CREATE, Input.json(
                "{\"name\": \"x\", \"openai_api_key\": \"sk-SECRET-1\", \"openai_api_key\": \"sk-SECRET-2\"}"));
        Violation repeated = only(result, "duplicate_key");
        assertThat(repeated.message()).isEqualTo("duplicate key 'openai_api_key' in the same object (first on line 1);"
                + " the last value is kept");
        assertThat(result.violations().toString()).doesNotContain("SECRET");
    }
}
