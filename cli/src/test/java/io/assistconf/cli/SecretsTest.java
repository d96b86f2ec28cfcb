package io.assistconf.cli;

import static io.assistconf.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.cli.Cli.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports never repeat the value of a secret field, even when the object around it is invalid. */
class SecretsTest {

    private static final String AUTHORIZATION = "sk-SECRET-123";
    private static final String HEADER = "hdr-SECRET-456";

    private static final String MCP_TOOL = """
            {
                    "server_label": "Internal",
                    "authorization": "%s",
                    "headers": {"X-Api-Key": "%s"},
                    "require_approval": "sometimes"
                  }""".formatted(AUTHORIZATION, HEADER);

    @TempDir
    Path dir;

    private Path invalidObject() {
        String object = Cli.objectWith("temperature", "7")
                .replace("\"instructions\": \"Be helpful.\",", "\"instructions\": \"Be helpful.\",\n"
                        + "  \"tool_configurations\": {\"mcp_tools\": [" + MCP_TOOL + "]},");
        return Cli.write(dir.resolve("leaky.json"), object);
    }

    @Test
    void theTextReportHidesSecrets() {
        Path file = invalidObject();
        Run run = run("validate", "--variant", "freddy", file.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("out_of_range", "mcp_server_source", "(at /tool_configurations/mcp_tools/0)",
                "/tool_configurations/mcp_tools/0/require_approval");
        assertThat(run.all()).doesNotContain(AUTHORIZATION).doesNotContain(HEADER).doesNotContain("SECRET");
    }

    @Test
    void theJsonReportHidesSecrets() {
        Path file = invalidObject();
        Run run = run("validate", "--variant", "freddy", "--format", "json", file.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.json().get("files").get(0).get("violations").size()).isGreaterThanOrEqualTo(3);
        assertThat(run.out()).contains("\"out_of_range\"", "\"mcp_server_source\"");
        assertThat(run.all()).doesNotContain(AUTHORIZATION).doesNotContain(HEADER).doesNotContain("SECRET");
    }

    @Test
    void normalizeOfAnInvalidObjectHidesSecrets() {
        Path file = invalidObject();
        Run run = run("normalize", "--variant", "freddy", file.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("mcp_server_source");
        assertThat(run.all()).doesNotContain(AUTHORIZATION).doesNotContain(HEADER).doesNotContain("SECRET");
    }

    @Test
    void secretsOfTheWrongTypeAreNotRepeatedEither() {
        String object = Cli.VALID_OBJECT.replace("\"instructions\": \"Be helpful.\",", "\"instructions\": \"Be helpful.\",\n"
                + "  \"tool_configurations\": {\"mcp_tools\": [{\"server_label\": \"S\", \"connector_id\": \"c\","
                + " \"authorization\": [\"" + AUTHORIZATION + "\"], \"headers\": {\"X-Api-Key\": {\"v\": \"" + HEADER
                + "\"}}}]},");
        Path file = Cli.write(dir.resolve("typed.json"), object);
        Run text = run("validate", "--variant", "freddy", file.toString());
        Run json = run("validate", "--variant", "freddy", "--format", "json", file.toString());
        assertThat(text.exit()).isEqualTo(1);
        assertThat(text.out()).contains("invalid_type");
        assertThat(text.all() + json.all()).doesNotContain("SECRET");
    }
}
