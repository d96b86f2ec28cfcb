package io.assistconf;

import static io.assistconf.Checks.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reports quote a user's keys and values shortened and escaped, so that no line of a report can be
 * overlong, start a CI workflow command or drive a terminal; and they never show a key that carries a
 * secret ({@code authorization:sk-...}, a YAML key missing the space after its colon).
 */
class UserTextInReportsTest {

    private static final String SECRET = "SECRET123";
    private static final String COMMAND = "x\n::error file=README.md,line=1::pwned";

    /** Everything a caller can see of a result but its canonical payload. */
    private static String report(Result result) {
        return result.violations() + " " + result.changes() + " " + result;
    }

    @Test
    void anUnknownKeyWithASecretFieldAndItsValueIsNotShown() {
        Result result = Checks.LENIENT.check(Variant.FREDDY, Kind.CREATE,
                Input.yaml("{name: x, authorization:sk-live-SECRET123}"));
        Violation unknown = only(result, "unknown_property");
        assertThat(unknown.pointer()).isEmpty();
        assertThat(unknown.path()).isEmpty();
        assertThat(unknown.message()).isEqualTo("an unknown key starts with the secret field 'authorization' followed"
                + " by ':'; it is not shown (a missing space after the colon?)");
        assertThat(report(result)).doesNotContain(SECRET);
        assertThat(Checks.canonical(result).has("authorization:sk-live-SECRET123")).as("unknown keys are kept").isTrue();
    }

    @Test
    void aNestedKeyWithASecretFieldIsReportedAtItsObject() {
        Result result = Checks.STRICT.check(Variant.FREDDY, Kind.CREATE, Input.json("""
                {"name": "x", "tool_configurations": {"mcp_tools": [
                  {"server_label": "a", "connector_id": "c", "apiKey = sk-live-SECRET123": true}]}}"""));
        Violation unknown = only(result, "unknown_property");
        assertThat(unknown.severity()).isEqualTo(Severity.ERROR);
        assertThat(unknown.pointer()).isEqualTo("/tool_configurations/mcp_tools/0");
        assertThat(unknown.path()).isEqualTo("/tool_configurations/mcp_tools/0");
        assertThat(unknown.message()).isEqualTo("an unknown key starts with the secret field 'api_key' followed by"
                + " '='; it is not shown");
        assertThat(unknown.line()).as("located at the key").isEqualTo(2);
        assertThat(report(result)).doesNotContain(SECRET);
    }

    @Test
    void aSchemaErrorUnderAKeyWithASecretFieldIsReportedAtItsObject() {
        Result result = Checks.freddy(Kind.CREATE, """
                {"name": "x", "tool_configurations": {"mcp_tools": [{"server_label": "a", "connector_id": "c",
                  "headers": {"Authorization: Bearer sk-live-SECRET123": 5}}]}}""");
        Violation type = only(result, "invalid_type");
        assertThat(type.pointer()).isEqualTo("/tool_configurations/mcp_tools/0/headers");
        assertThat(type.path()).isEqualTo("/tool_configurations/mcp_tools/0/headers");
        assertThat(report(result)).doesNotContain(SECRET);
    }

    @Test
    void aRepeatedKeyWithASecretFieldIsNotShown() {
        for (Input input : List.of(Input.json("{\"name\": \"x\", \"auth_token=SECRET123\": 1, \"auth_token=SECRET123\": 2}"),
                Input.yaml("{name: x, auth_token=SECRET123: 1, auth_token=SECRET123: 2}"))) {
            Result result = Checks.LENIENT.check(Variant.BURKI, Kind.CREATE, input);
            assertThat(only(result, "duplicate_key").message()).isEqualTo("duplicate key in the same object (first on"
                    + " line 1); the last value is kept; it starts with the secret field 'auth_token' followed by '='"
                    + " and is not shown");
            assertThat(report(result)).doesNotContain(SECRET);
        }
    }

    @Test
    void aCallersTreeProblemUnderAKeyWithASecretFieldIsReportedAtItsObject() {
        Map<String, Object> tool = new LinkedHashMap<>();
        tool.put("authorization:sk-live-SECRET123", Map.of("x", new Object()));
        Result result = Checks.LENIENT.check(Variant.FREDDY, Kind.CREATE, Input.of(Map.of("name", "x",
                "tool_configurations", Map.of("mcp_tools", List.of(tool)))));
        Violation unsupported = only(result, "unsupported_value");
        assertThat(unsupported.pointer()).isEqualTo("/tool_configurations/mcp_tools/0");
        assertThat(report(result)).doesNotContain(SECRET);
    }

    @Test
    void anUnknownKeyIsQuotedEscapedAndShortenedButItsPointerIsExact() {
        String longKey = "k".repeat(200);
        Result result = Checks.freddy(Kind.UPDATE, "{\"name\": \"x\", \"x\\n::error file=README.md,line=1::pwned\": 1,"
                + " \"\\u001b[31mred\": 2, \"" + longKey + "\": 3}");
        List<String> messages = result.violations().stream().map(Violation::message).toList();
        assertThat(messages).hasSize(3);
        assertThat(messages.get(0)).startsWith("unknown property 'x\\u000A::error file=README.md,line=1::pwned'");
        assertThat(messages.get(1)).startsWith("unknown property '\\u001B[31mred'");
        assertThat(messages.get(2)).startsWith("unknown property '" + "k".repeat(64) + "\u2026'");
        assertThat(result.violations()).extracting(Violation::pointer)
                .containsExactly("/" + COMMAND, "/\u001b[31mred", "/" + longKey);
    }

    @Test
    void aRepeatedKeyIsQuotedShortenedAndEscaped() {
        String longKey = "d".repeat(150);
        Result result = Checks.freddy(Kind.CREATE, "{\"" + longKey + "\": 1, \"" + longKey + "\": 2}");
        assertThat(only(result, "duplicate_key").message())
                .isEqualTo("duplicate key '" + "d".repeat(64) + "\u2026' in the same object (first on line 1); the last"
                        + " value is kept");
        Result yaml = Checks.LENIENT.check(Variant.FREDDY, Kind.CREATE, Input.yaml("\"a\\e[2J\": 1\n\"a\\e[2J\": 2\n"));
        assertThat(only(yaml, "duplicate_key").message()).isEqualTo("duplicate key 'a\\u001B[2J' in the same object"
                + " (first on line 1); the last value is kept");
    }

    @Test
    void anUnknownReferenceQuotesTheValueShortenedAndEscaped() {
        AssistConf withCatalogue = AssistConf.builder()
                .catalogue(Catalogue.builder().add("model", List.of("gpt-4o")).build()).build();
        Result result = withCatalogue.check(Variant.FREDDY, Kind.CREATE, Input.json(
                "{\"name\": \"x\", \"default_model_key\": \"gpt\\u001b[2J" + "o".repeat(100) + "\"}"));
        assertThat(only(result, "unknown_reference").message())
                .startsWith("'gpt\\u001B[2J" + "o".repeat(57) + "\u2026' is not a known model");
    }

    @Test
    void conflictingProvidersAreQuotedShortenedAndEscaped() {
        Result result = Checks.LENIENT.check(Variant.BURKI, Kind.UPDATE, Input.json(
                "{\"llm_provider\": \"openai\", \"llm_settings\": {\"provider\": \"" + "p".repeat(70) + "\\n::error::x\"}}"));
        assertThat(only(result, "conflicting_provider").message()).isEqualTo("llm_settings.provider '"
                + "p".repeat(64) + "\u2026' differs from llm_provider 'openai'; they name the same thing");
    }

}
