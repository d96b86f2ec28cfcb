package io.assistconf.cli;

import static io.assistconf.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.cli.Cli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code normalize}: the canonical payload on stdout, problems on stderr. */
class NormalizeTest {

    private static final String CAMEL_CASE = """
            {
              "id": "asst_code_helper_001",
              "organization_id": "org_xyz789",
              "created_by": "user_def456",
              "created_at": 1728057650,
              "updated_at": 1728057700,
              "name": "Senior Developer Assistant",
              "default_model_key": "gpt-5",
              "instructions": "You are an expert software engineer.",
              "tool_configurations": {
                "systemTools": {
                  "webSearch": { "mode": "on", "sources": true }
                },
                "mcpTools": [
                  { "configurationId": "mcp_github", "serverLabel": "GitHub", "connectorId": "connector_github" }
                ],
                "streamlineTools": []
              },
              "max_tool_calls": 20,
              "parallel_tool_calls": true,
              "service_tier": "priority",
              "store": true,
              "temperature": 0.3,
              "stopSequences": ["END"],
              "top_logprobs": 0,
              "top_p": 0.95,
              "access_mode": "private",
              "api_enabled": true,
              "is_active": true
            }
            """;

    @TempDir
    Path dir;

    @Test
    void aCamelCaseFileBecomesSnakeCaseWithDefaultsFilled() {
        Path file = Cli.write(dir.resolve("camel.json"), CAMEL_CASE);
        Run run = run("normalize", "--variant", "freddy", file.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).doesNotContain("systemTools", "webSearch", "mcpTools", "serverLabel", "stopSequences",
                "\"store\"");
        JsonNode canonical = Cli.JSON.readTree(run.out());
        assertThat(canonical.at("/context_strategy").asString()).isEqualTo("auto");
        assertThat(canonical.at("/tool_configurations/system_tools/web_search/mode").asString()).isEqualTo("on");
        assertThat(canonical.at("/tool_configurations/system_tools/code_interpreter/mode").asString()).isEqualTo("auto");
        assertThat(canonical.at("/tool_configurations/mcp_tools/0/server_label").asString()).isEqualTo("GitHub");
        assertThat(canonical.at("/tool_configurations/mcp_tools/0/type").asString()).isEqualTo("mcp");
        assertThat(canonical.at("/stop_sequences/0").asString()).isEqualTo("END");
        assertThat(canonical.at("/store_responses").asBoolean()).isTrue();
        assertThat(canonical.at("/temperature").decimalValue()).isEqualByComparingTo("0.3");
        assertThat(run.out()).startsWith("{\n  \"id\": \"asst_code_helper_001\",\n");
    }

    @Test
    void warningsGoToStderrAndThePayloadStillToStdout() {
        Path file = Cli.write(dir.resolve("extra.json"), Cli.objectWith("name", "\"Test\",\n  \"colour\": \"blue\""));
        Run run = run("normalize", "--variant", "freddy", file.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEqualTo(file + ":8:3: warning unknown_property: unknown property 'colour' (at /colour)"
                + System.lineSeparator());
        assertThat(Cli.JSON.readTree(run.out()).get("name").asString()).isEqualTo("Test");
    }

    @Test
    void anInvalidFilePrintsTheReportOnStderrAndNothingOnStdout() {
        Path file = Cli.write(dir.resolve("bad.yaml"), "name: Draft\ntemperature: 5\ninstructions: i\norganization_id: org_1\n");
        Run run = run("normalize", "--variant", "freddy", "--kind", "create", file.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(file + ":2:1: error out_of_range: ").contains("(at /temperature)");
    }

    @Test
    void aValidYamlCreateBodyIsPrintedAsJson() {
        Path file = Cli.write(dir.resolve("create.yaml"), "name: Draft\ntemperature: 0.5\ninstructions: i\norganization_id: org_1\n");
        Run run = run("normalize", "--variant", "freddy", "--kind", "create", file.toString());
        assertThat(run.exit()).isZero();
        JsonNode canonical = Cli.JSON.readTree(run.out());
        assertThat(canonical.get("name").asString()).isEqualTo("Draft");
        assertThat(canonical.get("safety_level").asString()).isEqualTo("medium");
    }

    @Test
    void anUpdateBodyGetsNoDefaults() {
        Path file = Cli.write(dir.resolve("update.json"), "{\"temperature\": 0.5}");
        Run run = run("normalize", "--variant", "freddy", "--kind", "update", file.toString());
        assertThat(run.exit()).isZero();
        assertThat(Cli.JSON.readTree(run.out()).propertyNames()).containsExactly("temperature");
    }

    @Test
    void aMissingFileExitsTwo() {
        Path missing = dir.resolve("missing.json");
        Run run = run("normalize", "--variant", "freddy", missing.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(missing + ": error unreadable_input: ");
    }

    @Test
    void aDirectoryIsRefused() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Run run = run("normalize", "--variant", "freddy", sub.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("is a directory");
    }
}
