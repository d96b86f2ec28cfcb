package io.assistconf.cli;

import static io.assistconf.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.cli.Cli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The text and JSON reports, and directories as FILE arguments. */
class ReportTest {

    private static final String CAMEL_BAD_MODE = """
            {
              "name": "Camel",
              "tool_configurations": {
                "systemTools": {
                  "webSearch": {"mode": "sometimes"}
                }
              }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void textReportHasOneLocatedLinePerViolationAndASummary() {
        Path file = Cli.write(dir.resolve("bad.json"), Cli.objectWith("temperature", "3")
                .replace("\"service_tier\": \"default\"", "\"service_tier\": \"fast\""));
        Run run = run("validate", "--variant", "freddy", file.toString());
        assertThat(run.exit()).isEqualTo(1);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith(file + ":12:3: error invalid_value: ").endsWith(" (at /service_tier)")
                .contains("auto, default, flex, priority");
        assertThat(lines.get(1)).startsWith(file + ":14:3: error out_of_range: ").endsWith(" (at /temperature)");
        assertThat(lines.get(2)).isEqualTo("1 file checked: 0 valid, 1 invalid (2 errors, 0 warnings)");
    }

    @Test
    void textReportLeavesOutTheLocationWhenThereIsNone() {
        Path missing = dir.resolve("nowhere.yaml");
        Run run = run("validate", "--variant", "freddy", missing.toString());
        assertThat(run.out().lines().findFirst().orElseThrow())
                .matches(java.util.regex.Pattern.quote(missing.toString()) + ": error unreadable_input: [^()]+");
    }

    @Test
    void jsonReportIsOneDocumentWithEveryField() {
        Path bad = Cli.write(dir.resolve("bad.json"), Cli.objectWith("temperature", "3"));
        Path good = Cli.write(dir.resolve("good.yaml"), "name: Fine\ninstructions: i\norganization_id: org_1\n");
        Path missing = dir.resolve("missing.json");
        Run run = run("validate", "--variant", "freddy", "--kind", "create", "--format", "json",
                bad.toString(), good.toString(), missing.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("\n  \"files\": [");
        JsonNode files = run.json().get("files");
        assertThat(files.size()).isEqualTo(3);

        JsonNode first = files.get(0);
        assertThat(first.get("file").asString()).isEqualTo(bad.toString());
        assertThat(first.get("valid").asBoolean()).isFalse();
        JsonNode temperature = violation(first, "out_of_range");
        assertThat(temperature.get("severity").asString()).isEqualTo("error");
        assertThat(temperature.get("pointer").asString()).isEqualTo("/temperature");
        assertThat(temperature.get("path").asString()).isEqualTo("/temperature");
        assertThat(temperature.get("line").asInt()).isEqualTo(Cli.TEMPERATURE_LINE);
        assertThat(temperature.get("column").asInt()).isEqualTo(3);
        assertThat(temperature.get("message").asString()).contains("2");
        assertThat(violation(first, "read_only_property").get("severity").asString()).isEqualTo("error");

        JsonNode second = files.get(1);
        assertThat(second.get("file").asString()).isEqualTo(good.toString());
        assertThat(second.get("valid").asBoolean()).isTrue();
        assertThat(second.get("violations").isArray()).isTrue();
        assertThat(second.get("violations").size()).isZero();

        JsonNode third = violation(files.get(2), "unreadable_input");
        assertThat(third.get("line").isNull()).isTrue();
        assertThat(third.get("column").isNull()).isTrue();
        assertThat(third.get("pointer").asString()).isEmpty();
    }

    @Test
    void reportsGiveTheCanonicalPointerAndTheSpellingTheUserWrote() {
        Path file = Cli.write(dir.resolve("camel.json"), CAMEL_BAD_MODE);
        Run json = run("validate", "--variant", "freddy", "--kind", "create", "--format", "json", file.toString());
        JsonNode mode = violation(json.json().get("files").get(0), "invalid_value");
        assertThat(mode.get("pointer").asString()).isEqualTo("/tool_configurations/system_tools/web_search/mode");
        assertThat(mode.get("path").asString()).isEqualTo("/tool_configurations/systemTools/webSearch/mode");
        assertThat(mode.get("line").asInt()).isEqualTo(5);

        Run text = run("validate", "--variant", "freddy", "--kind", "create", file.toString());
        assertThat(text.out()).contains(file + ":5:").contains("(at /tool_configurations/system_tools/web_search/mode)");
    }

    @Test
    void aLegacyKeyIsAWarningInBothReportsAndNeverShowsItsSecret() {
        Path file = Cli.write(dir.resolve("old-client.yaml"), "name: Old client\nopenai_api_key: sk-live-4f9a01\n");
        for (List<String> args : List.of(List.of("validate", "--variant", "burki", "--kind", "create"),
                List.of("validate", "--strict", "--variant", "burki", "--kind", "create"))) {
            List<String> withFile = new ArrayList<>(args);
            withFile.add(file.toString());
            Run text = run(withFile.toArray(String[]::new));
            assertThat(text.exit()).as("exit status of %s", args).isZero();
            assertThat(text.out().lines().toList()).containsExactly(file + ":2:1: warning legacy_key: key"
                    + " 'openai_api_key' is accepted by one source only: legacy top-level key of the Burki server, not"
                    + " in seed 003; use llm_provider_config.api_key (at /openai_api_key)",
                    "1 file checked: 1 valid, 0 invalid (0 errors, 1 warning)");
        }
        Run json = run("validate", "--variant", "burki", "--kind", "create", "--format", "json", file.toString());
        JsonNode legacy = violation(json.json().get("files").get(0), "legacy_key");
        assertThat(legacy.get("severity").asString()).isEqualTo("warning");
        assertThat(legacy.get("pointer").asString()).isEqualTo("/openai_api_key");
        assertThat(json.out()).doesNotContain("sk-live");
    }

    @Test
    void aDirectoryStandsForItsJsonAndYamlFilesInSortedOrder() throws Exception {
        Path root = dir.resolve("configs");
        Cli.write(root.resolve("b.json"), Cli.VALID_OBJECT);
        Cli.write(root.resolve("a.yaml"), "name: [unclosed\n");
        Cli.write(root.resolve("sub/c.yml"), "name: x\n");
        Cli.write(root.resolve("sub/deeper/d.JSON"), Cli.VALID_OBJECT);
        Cli.write(root.resolve("notes.txt"), "not a payload");
        Cli.write(root.resolve("sub/readme.md"), "# nope");
        Run run = run("validate", "--variant", "freddy", "--format", "json", root.toString());
        assertThat(run.exit()).isEqualTo(1);
        List<String> names = new ArrayList<>();
        run.json().get("files").forEach(file -> names.add(file.get("file").asString()));
        assertThat(names).containsExactly(root.resolve("a.yaml").toString(), root.resolve("b.json").toString(),
                root.resolve("sub/c.yml").toString(), root.resolve("sub/deeper/d.JSON").toString());

        Run text = run("validate", "--variant", "freddy", root.toString());
        assertThat(text.out()).contains(root.resolve("a.yaml") + ":").doesNotContain("notes.txt")
                .endsWith("4 files checked: 2 valid, 2 invalid (" + errors(run) + " errors, 0 warnings)"
                        + System.lineSeparator());
    }

    @Test
    void aDirectoryWithoutPayloadFilesIsAnError() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Cli.write(empty.resolve("notes.txt"), "nothing here");
        Run run = run("validate", "--variant", "freddy", empty.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains(empty + ": error unreadable_input: ");
    }

    private static long errors(Run jsonRun) {
        long count = 0;
        for (JsonNode file : jsonRun.json().get("files")) {
            for (JsonNode violation : file.get("violations")) {
                count += violation.get("severity").asString().equals("error") ? 1 : 0;
            }
        }
        return count;
    }

    private static JsonNode violation(JsonNode file, String code) {
        for (JsonNode violation : file.get("violations")) {
            if (violation.get("code").asString().equals(code)) {
                return violation;
            }
        }
        throw new AssertionError("no " + code + " in " + file);
    }

    @Test
    void eachDocumentOfAYamlFileIsCheckedAndReportedApart() {
        Path file = Cli.write(dir.resolve("agents.yaml"), """
                name: Support
                instructions: Answer politely.
                organization_id: org_1
                ---
                name: Voice
                llm_provider: openai
                colour: blue
                """);
        Run run = run("validate", file.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out().lines().toList()).containsExactly(
                file + ":7:1: warning unknown_property: unknown property 'colour' (at /colour)",
                "2 documents checked: 2 valid, 0 invalid (0 errors, 1 warning)");
        JsonNode files = Cli.JSON.readTree(run("validate", "--format", "json", file.toString()).out()).get("files");
        assertThat(files).extracting(one -> one.get("document").asInt() + " " + one.get("violations").size())
                .containsExactly("1 0", "2 1");
        Run given = run("validate", "--variant", "burki", "--kind", "create", file.toString());
        assertThat(given.exit()).isEqualTo(1);
        assertThat(given.out()).contains(file + ":2:1: warning unknown_property: unknown property 'instructions'")
                .doesNotContain("parse_error");
    }
}
