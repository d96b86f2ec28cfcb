package io.assistconf.cli;

import static io.assistconf.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.cli.Cli.Run;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code assistconf explain}: the canonical payload with what the normalizer did marked, secrets hidden. */
class ExplainTest {

    private static final String OBJECT = Cli.VALID_OBJECT.replace("\"instructions\": \"Be helpful.\",",
            "\"instructions\": \"Be helpful.\",\n  \"stopSequences\": [\"END\"],\n  \"logit_bias\": 0,\n"
                    + "  \"tool_configurations\": {\"mcpTools\": [{\"server_label\": \"S\", \"connector_id\": \"c\","
                    + " \"authorization\": \"sk-SECRET-1\", \"headers\": {\"X-Api-Key\": \"hdr-SECRET-2\"}}]},");

    @TempDir
    Path dir;

    @Test
    void eachRenamedCoercedAndDefaultedValueIsMarkedAndSecretsAreHidden() {
        Path file = Cli.write(dir.resolve("a.json"), OBJECT);
        Run run = run("explain", "--variant", "freddy", file.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).doesNotContain("SECRET").startsWith("{\n  \"id\": \"asst_test_001\",\n");
        assertThat(run.out().lines()).contains(
                "  \"stop_sequences\": [  // renamed 'stopSequences' to 'stop_sequences'",
                "  \"logit_bias\": {},  // converted 0 to the empty object",
                "    \"mcp_tools\": [  // renamed 'mcpTools' to 'mcp_tools'",
                "        \"authorization\": \"<secret>\",  // secret: not shown",
                "          \"X-Api-Key\": \"<secret>\"  // secret: not shown",
                "        \"type\": \"mcp\",  // filled the default \"mcp\"",
                "        \"mode\": \"auto\",  // filled the default \"auto\"",
                "  \"name\": \"Test Assistant\",");
    }

    @Test
    void withoutItsCommentsTheListingIsWhatNormalizePrintsSecretsAside() {
        Path file = Cli.write(dir.resolve("a.json"), OBJECT);
        String listing = run("explain", "--variant", "freddy", file.toString()).out().lines()
                .map(line -> line.replaceFirst("  // .*$", "")).collect(Collectors.joining("\n"));
        JsonNode explained = Cli.JSON.readTree(listing);
        ObjectNode normalized = (ObjectNode) Cli.JSON.readTree(run("normalize", "--variant", "freddy", file.toString()).out());
        ObjectNode tool = (ObjectNode) normalized.at("/tool_configurations/mcp_tools/0");
        tool.put("authorization", AnnotatedJson.HIDDEN);
        tool.putObject("headers").put("X-Api-Key", AnnotatedJson.HIDDEN);
        assertThat(explained).isEqualTo(normalized);
    }

    @Test
    void aYamlKeyHoldingASecretIsHiddenToo() {
        Path file = Cli.write(dir.resolve("a.yaml"), """
                name: Helper
                instructions: Answer.
                organization_id: org_1
                tool_configurations:
                  mcp_tools:
                    - server_label: S
                      connector_id: c
                      authorization:sk-SECRET-3: x
                """);
        Run run = run("explain", "--variant", "freddy", "--kind", "create", file.toString());
        assertThat(run.all()).doesNotContain("SECRET");
        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("unknown_property");
        assertThat(run.out().lines()).contains("        \"<secret>\": \"<secret>\",  // secret: not shown");
    }

    @Test
    void anInvalidPayloadPrintsOnlyItsViolations() {
        Path file = Cli.write(dir.resolve("a.json"), OBJECT.replace("\"temperature\": 0.7", "\"temperature\": 7"));
        Run run = run("explain", "--variant", "freddy", file.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("out_of_range").doesNotContain("SECRET");
    }

    @Test
    void aQueryStringIsExplainedToo() {
        Run run = run("explain", "--variant", "freddy", "--query", "limit=10");
        assertThat(run.exit()).isZero();
        assertThat(run.out().lines()).contains("  \"limit\": 10,  // read the query value as integer");
    }
}
