package io.assistconf.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.assistconf.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The engine's API as the command line and the Maven plugin call it: options in, a result and reports out. */
class LinterTest {

    private static final String VALID = """
            {
              "name": "Support",
              "instructions": "Answer politely.",
              "organization_id": "org_1"
            }
            """;

    /** {@code temperature} out of range on line 5, column 3. */
    private static final String INVALID = VALID.replace("\"org_1\"\n", "\"org_1\",\n  \"temperature\": 3\n")
            .replace("Support", "Broken");

    /** An unknown key on line 5, column 3: a warning. */
    private static final String WARNED = VALID.replace("\"org_1\"\n", "\"org_1\",\n  \"colour\": \"blue\"\n")
            .replace("Support", "Warned");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private LintResult lint(LintOptions options) throws LintException {
        LintEnvironment environment = new LintEnvironment(dir, InputStream.nullInputStream(), Map.of(), false,
                System::nanoTime);
        PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
        return new Linter("1.2.3", environment, stream, stream).run(options);
    }

    private void write(String name, String text) throws IOException {
        Files.createDirectories(dir.resolve(name).getParent());
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void findingsAreLocatedAndEveryReportIsWrittenToItsFile() throws Exception {
        write("configs/a.json", VALID);
        write("configs/b.json", INVALID);
        write("configs/c.json", WARNED);
        write("package.json", "{\"name\": \"site\", \"private\": true, \"scripts\": {}, \"devDependencies\": {}}");
        Files.createDirectories(dir.resolve("target"));
        LintResult result = lint(LintOptions.builder().report(LintFormat.SARIF, "target/lint.sarif")
                .report(LintFormat.JSON, "target/lint.json").build());

        assertThat(result.status()).isEqualTo(LintStatus.FAILED);
        assertThat(result.status().exitCode()).isEqualTo(1);
        assertThat(result.findings()).extracting(finding -> finding.violation().severity() + " " + finding.located())
                .containsExactly(
                        "ERROR configs/b.json:5:3: out_of_range: must be between 0 and 2 (inclusive) (at /temperature)",
                        "WARNING configs/c.json:5:3: unknown_property: unknown property 'colour' (at /colour)");
        assertThat(result.errors()).isEqualTo(1);
        assertThat(result.warnings()).isEqualTo(1);
        assertThat(result.summary()).matches("4 files in \\d+\\.\\d\\d s: 3 checked, 1 skipped; 1 error, 1 warning");
        assertThat(result.reports()).containsExactly(dir.resolve("target/lint.sarif"), dir.resolve("target/lint.json"));
        assertThat(result.unwritten()).isNull();
        assertThat(out.toString(StandardCharsets.UTF_8)).as("no report goes to the standard output").isEmpty();

        JsonNode sarif = JsonMapper.shared().readTree(dir.resolve("target/lint.sarif").toFile());
        JsonNode results = sarif.get("runs").get(0).get("results");
        assertThat(results).hasSize(2);
        assertThat(sarif.get("runs").get(0).get("tool").get("driver").get("version").asString()).isEqualTo("1.2.3");
        JsonNode json = JsonMapper.shared().readTree(dir.resolve("target/lint.json").toFile());
        assertThat(json.get("summary").get("skipped").asInt()).isEqualTo(1);
    }

    @Test
    void warningsPassUnlessMoreThanMaxWarnings() throws Exception {
        write("c.json", WARNED);
        assertThat(lint(LintOptions.builder().build()).status()).isEqualTo(LintStatus.PASSED);
        LintResult strictOnWarnings = lint(LintOptions.builder().maxWarnings(0).build());
        assertThat(strictOnWarnings.status()).isEqualTo(LintStatus.FAILED);
        assertThat(strictOnWarnings.tooManyWarnings()).isTrue();
        assertThat(strictOnWarnings.errors()).isZero();
        LintResult strictMode = lint(LintOptions.builder().strict(true).build());
        assertThat(strictMode.findings()).extracting(finding -> finding.violation().severity())
                .containsExactly(Severity.ERROR);
    }

    @Test
    void theOptionsOverrideTheConfigFileAndItsMappings() throws Exception {
        write(".assistconf.yaml", "strict: true\nignore: [drafts]\n");
        write("c.json", WARNED);
        write("drafts/b.json", INVALID);
        LintResult fromFile = lint(LintOptions.builder().build());
        assertThat(fromFile.findings()).extracting(LintFinding::located)
                .containsExactly("c.json:5:3: unknown_property: unknown property 'colour' (at /colour)");
        assertThat(fromFile.status()).isEqualTo(LintStatus.FAILED);
        assertThat(lint(LintOptions.builder().strict(false).build()).status()).isEqualTo(LintStatus.PASSED);
    }

    @Test
    void aBadConfigFileIsRefusedWhereItIsWrongAndNothingIsWritten() throws Exception {
        write(".assistconf.yaml", "strict: true\nfiles:\n  - {glob: a, variant: acme}\n");
        write("a.json", VALID);
        LintOptions options = LintOptions.builder().report(LintFormat.SARIF, "lint.sarif").build();
        assertThatThrownBy(() -> lint(options)).isInstanceOf(LintException.class)
                .hasMessage(".assistconf.yaml:3:24: files[0].variant: unknown variant 'acme'; use one of freddy, cogsol,"
                        + " burki")
                .hasNoCause();
        assertThat(dir.resolve("lint.sarif")).doesNotExist();
    }

    @Test
    void aFileThatCannotBeReadIsNoVerdict() throws Exception {
        write("a.json", INVALID);
        LintResult result = lint(LintOptions.builder().paths(List.of("a.json", "missing.json")).build());
        assertThat(result.status()).isEqualTo(LintStatus.TROUBLE);
        assertThat(result.findings()).extracting(finding -> finding.violation().code())
                .containsExactly("out_of_range", "unreadable_input");
    }

    @Test
    void formatsAreNamedByTheirCommandLineIds() {
        assertThat(LintFormat.ids()).containsExactly("text", "json", "sarif", "junit", "github");
        assertThat(LintFormat.of("sarif")).contains(LintFormat.SARIF);
        assertThat(LintFormat.of("SARIF")).isEmpty();
    }
}
