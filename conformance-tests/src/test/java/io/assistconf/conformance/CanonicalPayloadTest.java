package io.assistconf.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.AssistConf;
import io.assistconf.Change;
import io.assistconf.Input;
import io.assistconf.Kind;
import io.assistconf.Result;
import io.assistconf.Variant;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The canonical payload: the camelCase and snake_case spellings of seed 000's Code Assistant normalize
 * to the same bytes, and normalizing a canonical payload again changes nothing.
 */
class CanonicalPayloadTest {

    private static final AssistConf ASSISTCONF = AssistConf.create();

    private static Result check(String file) {
        Path path = Fixtures.directory(Variant.FREDDY).resolve(file);
        return ASSISTCONF.check(Variant.FREDDY, Kind.OBJECT, Input.of(path));
    }

    @Test
    void camelCaseAndSnakeCaseCodeAssistantNormalizeToIdenticalBytes() {
        Result camel = check("000-code-assistant.camel.json");
        Result snake = check("000-code-assistant.snake.json");
        Result seed = check("000-code-assistant.json");

        assertThat(camel.valid()).as("camelCase variant: %s", camel.violations()).isTrue();
        assertThat(snake.valid()).as("snake_case variant: %s", snake.violations()).isTrue();
        byte[] camelBytes = camel.canonicalJson().orElseThrow().getBytes(StandardCharsets.UTF_8);
        byte[] snakeBytes = snake.canonicalJson().orElseThrow().getBytes(StandardCharsets.UTF_8);
        assertThat(camelBytes).as("canonical camelCase:\n%s\ncanonical snake_case:\n%s",
                camel.canonicalJson().get(), snake.canonicalJson().get()).isEqualTo(snakeBytes);
        assertThat(seed.canonicalJson()).as("the seed's own mixed spelling").contains(snake.canonicalJson().get());

        // The camelCase variant really was respelled: one rename per camelCase key, none for snake_case.
        long camelKeys = keys(Fixtures.read(Fixtures.directory(Variant.FREDDY).resolve("000-code-assistant.camel.json")))
                .stream().filter(key -> !key.equals(key.toLowerCase(java.util.Locale.ROOT))).count();
        assertThat(camelKeys).as("camelCase keys in the camelCase fixture").isGreaterThan(40);
        assertThat(renamed(camel)).as("renamings of the camelCase variant").hasSize((int) camelKeys)
                .contains("/tool_configurations/system_tools/web_search", "/tool_configurations/mcp_tools/0/server_label",
                        "/top_p", "/rule_ids", "/system_message");
        assertThat(renamed(snake)).as("renamings of the snake_case variant").isEmpty();
        assertThat(keys(camel.canonical().orElseThrow())).as("keys of the canonical payload")
                .allSatisfy(key -> assertThat(key).doesNotContainPattern("[A-Z]"));
    }

    @Test
    void canonicalCodeAssistantHasTheDocumentedShapeAndDefaults() {
        JsonNode canonical = check("000-code-assistant.camel.json").canonical().orElseThrow();
        // decision 5.1: a plain string system message becomes one input message
        assertThat(canonical.get("system_message").toString())
                .isEqualTo("[{\"texts\":[\"Always include code examples and explain your reasoning.\"]}]");
        // decision 3.2 and 3.4: MCP type and require_approval defaults; 6.1: configuration_id kept
        assertThat(canonical.at("/tool_configurations/mcp_tools/0").toString()).isEqualTo(
                "{\"configuration_id\":\"mcp_github_integration\",\"server_label\":\"GitHub\","
                        + "\"connector_id\":\"connector_github\",\"type\":\"mcp\",\"require_approval\":\"always\"}");
        // decision 3.3: absent system tools filled with their members' defaults; given ones untouched
        assertThat(canonical.at("/tool_configurations/system_tools").toString()).isEqualTo(
                "{\"web_search\":{\"mode\":\"on\",\"sources\":true},\"code_interpreter\":{\"mode\":\"on\",\"outputs\":true},"
                        + "\"file_search\":{\"mode\":\"auto\",\"results\":true},"
                        + "\"computer_use_preview\":{\"mode\":\"off\",\"image_url\":true},"
                        + "\"image_generation\":{\"mode\":\"off\",\"provider\":\"openai\"},\"file_retrieval\":{\"mode\":\"auto\"}}");
        assertThat(canonical.get("output_mode").asString()).isEqualTo("text");
        assertThat(canonical.get("response_format").asString()).isEqualTo("auto");
        assertThat(canonical.get("safety_level").asString()).isEqualTo("medium");
        assertThat(canonical.get("temperature").doubleValue()).isEqualTo(0.3);
        assertThat(canonical.get("metadata").toString()).isEqualTo("{\"team\":\"engineering\",\"specialty\":\"fullstack\"}");
    }

    static Stream<Fixture> validFixtures() {
        return Fixtures.all().stream().filter(Fixture::valid);
    }

    /** Normalizing a canonical payload again yields the same bytes, no change and no violation. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("validFixtures")
    void normalizingTheCanonicalPayloadAgainChangesNothing(Fixture fixture) {
        Result first = fixture.assistConf().check(fixture.variant(), fixture.kind(), fixture.input());
        String canonical = first.canonicalJson().orElseThrow();
        Result second = fixture.assistConf().check(fixture.variant(), fixture.kind(), Input.json(canonical));

        assertThat(second.violations().stream().map(v -> v.code() + " at " + v.pointer()).toList())
                .as("violations of the canonical %s: its warnings, if any, and nothing else", fixture)
                .containsExactlyInAnyOrderElementsOf(
                        first.warnings().stream().map(v -> v.code() + " at " + v.pointer()).toList());
        assertThat(second.changes()).as("changes to the canonical %s", fixture).isEmpty();
        assertThat(second.canonicalJson().orElseThrow().getBytes(StandardCharsets.UTF_8))
                .as("canonical of the canonical %s", fixture).isEqualTo(canonical.getBytes(StandardCharsets.UTF_8));
    }

    /** The curl examples' query strings reach the canonical query typed, with the documented defaults. */
    @Test
    void curlQueryStringsNormalizeToTypedParametersWithDefaults() {
        Map<String, String> expected = Map.of(
                "002-query-basic-list.query",
                "{\"limit\":50,\"offset\":0,\"page\":1,\"page_size\":100,\"include_inactive\":false,"
                        + "\"sort_by\":\"name\",\"sort_order\":\"asc\",\"fields\":\"summary\"}",
                "002-query-summary-minimal.query",
                "{\"fields\":\"summary\",\"limit\":20,\"offset\":0,\"page\":1,\"page_size\":100,"
                        + "\"include_inactive\":false,\"sort_by\":\"name\",\"sort_order\":\"asc\"}",
                "002-query-with-filters.query",
                "{\"search\":\"chat\",\"access_mode\":\"public\",\"fields\":\"standard\",\"limit\":10,\"offset\":0,"
                        + "\"page\":1,\"page_size\":100,\"include_inactive\":false,\"sort_by\":\"name\",\"sort_order\":\"asc\"}");
        for (Fixture fixture : Fixtures.freddy()) {
            if (expected.containsKey(fixture.file())) {
                Result result = ASSISTCONF.check(fixture.variant(), fixture.kind(), fixture.input());
                assertThat(result.canonicalJson()).as("canonical %s", fixture).contains(expected.get(fixture.file()));
            }
        }
    }

    /** The full list example's 002 spellings become 000's canonical names (decisions 1.2-1.4). */
    @Test
    void fullListItemAliasesBecomeCanonicalNames() {
        Path path = Fixtures.directory(Variant.FREDDY).resolve("002-list-response-full.json");
        Result result = ASSISTCONF.check(Variant.FREDDY, Kind.LIST_RESPONSE, Input.of(path));
        JsonNode item = result.canonical().orElseThrow().at("/assistants/0");
        assertThat(item.has("store") || item.has("text_configuration") || item.has("rules_attached")).isFalse();
        assertThat(item.get("store_responses").booleanValue()).isTrue();
        assertThat(item.get("text_config").toString()).isEqualTo("{}");
        assertThat(item.get("rule_ids").toString()).isEqualTo("[]");
        assertThat(renamed(result)).containsExactly("/assistants/0/store_responses", "/assistants/0/text_config",
                "/assistants/0/rule_ids");
    }

    private static List<String> renamed(Result result) {
        return result.changes().stream().filter(c -> c.type() == Change.Type.RENAMED).map(Change::pointer).toList();
    }

    /** Every property name at every depth, free-form members (metadata, text_config) included. */
    static List<String> keys(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                out.add(member.getKey());
                out.addAll(keys(member.getValue()));
            }
        } else if (node.isArray()) {
            for (JsonNode item : node.values()) {
                out.addAll(keys(item));
            }
        }
        return out;
    }
}
