package io.assistconf.cli.lint;

import static io.assistconf.cli.lint.Lint.run;
import static io.assistconf.cli.lint.Lint.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.cli.lint.Lint.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** What the library reads of each file: its documents, JSON with comments, what is no assistant config. */
class DocumentsTest {

    /** A Freddy create body, then two stored Burki assistants of one id, the first with an unknown key on line 11. */
    private static final String AGENTS = """
            # the support team's assistants
            name: Support
            instructions: Answer politely.
            organization_id: org_1
            ---
            id: 7
            name: Voice
            created_at: "2025-04-01T08:00:00Z"
            updated_at: "2025-06-12T14:22:05Z"
            llm_provider: openai
            temperature: 0.5
            ---
            id: 7
            name: Voice again
            created_at: "2025-04-01T08:00:00Z"
            updated_at: "2025-06-12T14:22:05Z"
            llm_provider: openai
            """;

    @TempDir
    Path dir;

    @Test
    void eachDocumentOfAYamlFileIsCheckedAsItsOwnVariantAndKindAtItsOwnLines() {
        write(dir.resolve("agents.yaml"), AGENTS);
        Run run = run(dir);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).containsExactly(
                "agents.yaml (document 1): freddy create (detected): valid",
                "agents.yaml (document 2): burki object (detected): valid, 1 warning",
                "agents.yaml:11:1: warning unknown_property: unknown property 'temperature' (at /temperature)",
                "agents.yaml (document 3): burki object (detected): valid",
                "Across files:",
                "agents.yaml:6:1: error duplicate_id: the id 7 is also the id of another stored burki assistant"
                        + " (agents.yaml (document 3)) (at /id)",
                "agents.yaml:13:1: error duplicate_id: the id 7 is also the id of another stored burki assistant"
                        + " (agents.yaml (document 2)) (at /id)");
        assertThat(run.summary()).contains("1 file in ", ": 3 checked, 0 skipped; 2 errors, 1 warning");
        JsonNode files = run(dir, "--format", "json").json().get("files");
        assertThat(files).hasSize(3);
        assertThat(files).extracting(file -> file.get("file").asString() + " " + file.get("document").asInt() + " "
                + file.get("variant").asString() + " " + file.get("kind").asString() + " "
                + file.get("decided_by").get("kind").asString()).containsExactly(
                        "agents.yaml 1 freddy create detected", "agents.yaml 2 burki object detected",
                        "agents.yaml 3 burki object detected");
        assertThat(files.get(1).get("violations")).extracting(v -> v.get("code").asString() + "@"
                + v.get("line").asInt()).containsExactly("unknown_property@11", "duplicate_id@6");
    }

    @Test
    void aDocumentsVariantGivenByAConfigGlobAppliesToEachDocumentItsKindDetectedInEach() {
        write(dir.resolve(".assistconf.yaml"), "files: [{glob: '*.yaml', variant: burki}]\n");
        write(dir.resolve("voice.yaml"), "name: A\n---\n" + Lint.burkiObject(3, "B"));
        assertThat(run(dir).lines()).containsExactly(
                "voice.yaml (document 1): burki create (variant config glob '*.yaml', kind detected): valid",
                "voice.yaml (document 2): burki object (variant config glob '*.yaml', kind detected): valid");
    }

    @Test
    void filesThatAreNoAssistantConfigAreSkippedWhileABrokenConfigIsStillAnError() {
        write(dir.resolve("package.json"), """
                {"name": "site", "version": "1.0.0", "description": "the web site", "private": true,
                 "scripts": {"test": "jest"}, "dependencies": {"react": "^18.0.0"}}
                """);
        write(dir.resolve("tsconfig.json"), Lint.TSCONFIG);
        write(dir.resolve("compose.yaml"), "services:\n  web:\n    image: nginx\nvolumes:\n  data: {}\n");
        write(dir.resolve("workflows/ci.yml"), "name: CI\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n");
        write(dir.resolve("support.json"), Lint.FREDDY_CREATE_INVALID);
        Run run = run(dir);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).containsExactly(
                "compose.yaml: skipped: not an assistant config",
                "package.json: skipped: not an assistant config",
                "support.json: freddy create (detected): 1 error",
                "support.json:5:3: error out_of_range: must be between 0 and 2 (inclusive) (at /temperature)",
                "tsconfig.json: skipped: not an assistant config",
                "workflows/ci.yml: skipped: not an assistant config");
        assertThat(run.summary()).contains(": 1 checked, 4 skipped; 1 error, 0 warnings");
        Run failing = run(dir, "--fail-on-unknown");
        assertThat(failing.lines()).contains("package.json: no variant detected: 1 error",
                "compose.yaml:1:1: error not_assistant_config: not an assistant configuration: none of its 2"
                        + " top-level keys is a field of any assistant schema; give the variant to check it as one");
        assertThat(failing.summary()).contains(": 5 checked, 0 skipped; 5 errors");
    }

    @Test
    void aJsonFileIsReadWithCommentsWhenTheConfigFileSaysSo() {
        String commented = "// the support assistant\n" + Lint.freddyCreate("A", "org_1").replace("\"name\"",
                "/* shown to users */ \"name\"");
        write(dir.resolve("a.json"), commented);
        Run plain = run(dir);
        assertThat(plain.exit()).isEqualTo(1);
        assertThat(plain.lines()).anySatisfy(line -> assertThat(line).startsWith("a.json:1:1: error parse_error: ")
                .contains("JSONC"));
        write(dir.resolve(".assistconf.yaml"), "json-comments: true\n");
        Run commentsAllowed = run(dir);
        assertThat(commentsAllowed.exit()).isZero();
        assertThat(commentsAllowed.lines()).containsExactly("a.json: freddy create (detected): valid");
        Run stdin = run(Lint.withStdin(dir, commented), "-", "--stdin-filename", "b.json");
        assertThat(stdin.lines()).containsExactly("b.json: freddy create (detected): valid");
        write(dir.resolve(".assistconf.yaml"), "strict: false\njson-comments: yes\n");
        Run wrong = run(dir);
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err()).startsWith("assistconf: .assistconf.yaml:2:16: json-comments: must be true or false");
    }

    @Test
    void aDuplicateKeyIsReportedWithTheRestOfTheFilesFindings() {
        write(dir.resolve("a.json"), """
                {
                  "name": "A",
                  "instructions": "Answer politely.",
                  "organization_id": "org_1",
                  "name": "B",
                  "temperature": 3
                }
                """);
        Run run = run(dir);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).first().asString().isEqualTo("a.json: freddy create (detected): 2 errors");
        assertThat(run.lines()).element(1).asString().startsWith("a.json:5:3: error duplicate_key: ")
                .contains("line 2").doesNotContain("\"B\"");
        assertThat(run.lines()).element(2).asString()
                .startsWith("a.json:6:3: error out_of_range: must be between 0 and 2");
    }

    @Test
    void aParseErrorSaysWhatWasExpectedWhere() {
        write(dir.resolve("a.json"), "{\n  \"name\": \"secret-value\"\n  \"instructions\": \"x\"\n}\n");
        write(dir.resolve("b.yaml"), "name: A\n---\nname: [B\n");
        Run run = run(dir);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).contains("a.json:3:3: error parse_error: expected ',' or '}' after a member");
        assertThat(run.out()).doesNotContain("secret-value");
        assertThat(run.lines()).filteredOn(line -> line.startsWith("b.yaml")).first().asString()
                .startsWith("b.yaml (document 1): no variant detected: 1 error");
        assertThat(run.lines()).anySatisfy(line -> assertThat(line).matches("b\\.yaml:\\d+:\\d+: error parse_error: .+"));
    }
}
