package io.assistconf.cli;

import static io.assistconf.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.cli.Cli.Run;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * No key, file name or pointer of a user's can add a line to a report (a CI runner reads a line starting
 * with {@code ::error} as a workflow command) or send an escape sequence to the terminal, and none that
 * carries a secret is printed.
 */
class EscapedReportTest {

    private static final String KEY = "x\\n::error file=README.md,line=1::pwned\\u001b[2J";

    @TempDir
    Path dir;

    private Path payload() {
        return Cli.write(dir.resolve("keys.json"), Cli.objectWith("temperature", "0.7,\n  \"" + KEY + "\": 1"));
    }

    @Test
    void theTextReportPrintsAKeyOnItsLineEscaped() {
        Path file = payload();
        Run run = run("validate", "--variant", "freddy", file.toString());
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2).noneMatch(line -> line.startsWith("::"));
        assertThat(lines.get(0)).startsWith(file + ":15:3: warning unknown_property: unknown property"
                + " 'x\\u000A::error file=README.md,line=1::pwned\\u001B[2J'")
                .endsWith(" (at /x\\u000A::error file=README.md,line=1::pwned\\u001B[2J)");
        assertThat(run.all()).doesNotContain("\u001b");
    }

    @Test
    void theJsonReportEscapesAKeyAsJsonDoesAndKeepsThePointerExact() {
        Path file = payload();
        Run run = run("validate", "--variant", "freddy", "--format", "json", file.toString());
        assertThat(run.out().lines()).noneMatch(line -> line.startsWith("::"));
        assertThat(run.out()).doesNotContain("\u001b")
                .containsIgnoringCase("\"/x\\n::error file=README.md,line=1::pwned\\u001B[2J\"");
        JsonNode violation = run.json().get("files").get(0).get("violations").get(0);
        assertThat(violation.get("pointer").asString()).isEqualTo("/x\n::error file=README.md,line=1::pwned\u001b[2J");
    }

    @Test
    void aFileNameIsEscapedAndItsLongComponentsShortened() {
        String longName = "n".repeat(100);
        Path file = Cli.write(dir.resolve(longName).resolve("a\n::error::b.json"), Cli.objectWith("temperature", "3"));
        Run text = run("validate", "--variant", "freddy", file.toString());
        String shown = dir + "/" + "n".repeat(64) + "\u2026/a\\u000A::error::b.json";
        assertThat(text.out().lines().toList()).hasSize(2).first().asString().startsWith(shown + ":14:3: error out_of_range");
        Run json = run("validate", "--variant", "freddy", "--format", "json", file.toString());
        assertThat(json.out().lines()).noneMatch(line -> line.startsWith("::"));
        assertThat(json.json().get("files").get(0).get("file").asString()).isEqualTo(file.toString());
        Run normalize = run("normalize", "--variant", "freddy", file.toString());
        assertThat(normalize.err()).startsWith(shown + ":14:3: error out_of_range");
    }

    @Test
    void aKeyWithASecretFieldIsNeitherPrintedNorPointedAt() {
        Path file = Cli.write(dir.resolve("secret.yaml"), "{name: x, authorization:sk-live-SECRET123}\n");
        for (String format : List.of("text", "json")) {
            Run run = run("validate", "--variant", "freddy", "--kind", "update", "--format", format, file.toString());
            assertThat(run.exit()).isZero();
            assertThat(run.all()).contains("secret field 'authorization'").doesNotContain("SECRET123");
        }
    }

    @Test
    void aDirectoryGivenToNormalizeIsNamedEscaped() {
        Path odd = dir.resolve("d\u001b[2J");
        Cli.write(odd.resolve("a.json"), "{}");
        Run run = run("normalize", "--variant", "freddy", odd.toString());
        assertThat(run.err()).isEqualTo("assistconf: " + dir + "/d\\u001B[2J is a directory; normalize takes one file"
                + System.lineSeparator());
    }

    @Test
    void aCommandLineArgumentInAUsageErrorIsEscaped() {
        Run run = run("validate", "--bogus\n::error::x", "a.json");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines()).noneMatch(line -> line.startsWith("::")).first().asString()
                .contains("--bogus\\u000A::error::x");
    }
}
