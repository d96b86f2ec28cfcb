package io.assistconf.cli.lint;

import static io.assistconf.cli.lint.Lint.run;
import static io.assistconf.cli.lint.Lint.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.cli.lint.Lint.Run;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The rules across files: each violation is reported in every file it names, located there. */
class CrossFileRulesTest {

    @TempDir
    Path dir;

    private List<String> across(Run run) {
        List<String> lines = run.lines();
        int start = lines.indexOf("Across files:");
        return start < 0 ? List.of() : lines.subList(start + 1, lines.size());
    }

    @Test
    void twoDefaultAssistantsOfOneOrganizationAreAWarningInEach() {
        write(dir.resolve("a.json"), Lint.freddyObject("asst_a", "A", "org_1", true));
        write(dir.resolve("b/b.json"), Lint.freddyObject("asst_b", "B", "org_1", true));
        write(dir.resolve("c.json"), Lint.freddyObject("asst_c", "C", "org_2", true));
        write(dir.resolve("d.json"), Lint.freddyObject("asst_d", "D", "org_1", false));
        Run run = run(dir);
        assertThat(run.exit()).isZero();
        assertThat(across(run)).containsExactly(
                "a.json:8:3: warning duplicate_default: is_default is also true in another stored freddy assistant"
                        + " (b/b.json) of organization 'org_1' (at /is_default)",
                "b/b.json:8:3: warning duplicate_default: is_default is also true in another stored freddy assistant"
                        + " (a.json) of organization 'org_1' (at /is_default)");
        assertThat(run.summary()).endsWith("0 errors, 2 warnings");
    }

    @Test
    void namesAreComparedPerOrganizationAndKindAndLocatedWhereTheFileSpellsThem() {
        write(dir.resolve("a.json"), Lint.freddyCreate("Support", "org_1"));
        write(dir.resolve("b.yaml"), "# a comment\norganizationId: org_1\ninstructions: i\nname: Support\n");
        write(dir.resolve("c.json"), Lint.freddyCreate("Support", "org_2"));
        write(dir.resolve("stored.json"), Lint.freddyObject("asst_s", "Support", "org_1", false));
        write(dir.resolve(".assistconf.yaml"), "files: [{glob: '{a.json,b.yaml,c.json}', kind: create}]\n");
        Run run = run(dir, "--format", "text", "--format", "json", "--output", "report.json");
        assertThat(across(run)).containsExactly(
                "a.json:2:3: warning duplicate_name: the name 'Support' is also the name of another freddy create"
                        + " body (b.yaml) of organization 'org_1' (at /name)",
                "b.yaml:4:1: warning duplicate_name: the name 'Support' is also the name of another freddy create"
                        + " body (a.json) of organization 'org_1' (at /name)");
        JsonNode report = Lint.JSON.readTree(dir.resolve("report.json").toFile());
        JsonNode b = report.get("files").get(1);
        assertThat(b.get("file").asString()).isEqualTo("b.yaml");
        assertThat(b.get("warnings").asInt()).isEqualTo(1);
        JsonNode violation = b.get("violations").get(0);
        assertThat(violation.toString()).contains("\"code\":\"duplicate_name\"", "\"pointer\":\"/name\"",
                "\"path\":\"/name\"", "\"line\":4", "\"column\":1");
    }

    @Test
    void theCamelCaseSpellingIsThePathReported() {
        write(dir.resolve("a.json"), Lint.freddyObject("asst_a", "A", "org_1", true));
        write(dir.resolve("b.json"), Lint.freddyObject("asst_b", "B", "org_1", true).replace("\"is_default\"", "\"isDefault\""));
        JsonNode report = run(dir, "--format", "json").json();
        JsonNode violation = report.get("files").get(1).get("violations").get(0);
        assertThat(violation.toString()).contains("\"pointer\":\"/is_default\"", "\"path\":\"/isDefault\"",
                "\"line\":8", "\"column\":3");
    }

    @Test
    void anIdTwiceInOneVariantIsAnErrorInEachFileNamingTheOthers() {
        write(dir.resolve("a.json"), Lint.freddyObject("asst_same", "A", "org_1", false));
        write(dir.resolve("b.json"), Lint.freddyObject("asst_same", "B", "org_1", false));
        write(dir.resolve("c.yaml"), Lint.burkiObject(311, "C"));
        write(dir.resolve("d.yaml"), Lint.burkiObject(311, "D"));
        write(dir.resolve("e.yaml"), Lint.burkiObject(311, "E"));
        write(dir.resolve("f.yaml"), Lint.burkiObject(311, "F"));
        write(dir.resolve("g.yaml"), Lint.burkiObject(311, "G"));
        write(dir.resolve("h.yaml"), Lint.burkiObject(312, "H"));
        Run run = run(dir);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(across(run)).containsExactly(
                "a.json:2:3: error duplicate_id: the id \"asst_same\" is also the id of another stored freddy"
                        + " assistant (b.json) (at /id)",
                "b.json:2:3: error duplicate_id: the id \"asst_same\" is also the id of another stored freddy"
                        + " assistant (a.json) (at /id)",
                "c.yaml:1:1: error duplicate_id: the id 311 is also the id of 4 other stored burki assistants"
                        + " (d.yaml, e.yaml, f.yaml and 1 more) (at /id)",
                "d.yaml:1:1: error duplicate_id: the id 311 is also the id of 4 other stored burki assistants"
                        + " (c.yaml, e.yaml, f.yaml and 1 more) (at /id)",
                "e.yaml:1:1: error duplicate_id: the id 311 is also the id of 4 other stored burki assistants"
                        + " (c.yaml, d.yaml, f.yaml and 1 more) (at /id)",
                "f.yaml:1:1: error duplicate_id: the id 311 is also the id of 4 other stored burki assistants"
                        + " (c.yaml, d.yaml, e.yaml and 1 more) (at /id)",
                "g.yaml:1:1: error duplicate_id: the id 311 is also the id of 4 other stored burki assistants"
                        + " (c.yaml, d.yaml, e.yaml and 1 more) (at /id)");
        assertThat(run.summary()).endsWith("7 errors, 0 warnings");
    }

    @Test
    void theSameIdInTwoVariantsOrTwoTypesIsNoDuplicate() {
        write(dir.resolve("a.yaml"), Lint.burkiObject(42, "A"));
        write(dir.resolve("b.yaml"), Lint.burkiObject(42, "B").replace("id: 42", "id: \"42\""));
        write(dir.resolve("c.json"), Lint.freddyObject("asst_42", "C", "org_1", false));
        Run run = run(dir);
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(across(run)).isEmpty();
    }

    @Test
    void severitiesApplyAcrossFilesToo() {
        write(dir.resolve("a.json"), Lint.freddyObject("asst_same", "Same", "org_1", true));
        write(dir.resolve("b.json"), Lint.freddyObject("asst_same", "Same", "org_1", true));
        write(dir.resolve(".assistconf.yaml"), "severity: {duplicate_id: warning, duplicate_name: off,"
                + " duplicate_default: error}\n");
        Run run = run(dir);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(across(run)).extracting(line -> line.split(" ")[1] + " " + line.split(" ")[2]).containsExactly(
                "warning duplicate_id:", "error duplicate_default:", "warning duplicate_id:", "error duplicate_default:");
    }

    @Test
    void aDocumentWithViolationsOfItsOwnStillCounts() {
        write(dir.resolve("a.json"), Lint.freddyObject("asst_a", "A", "org_1", true).replace("0.7", "7"));
        write(dir.resolve("b.json"), Lint.freddyObject("asst_b", "B", "org_1", true));
        assertThat(across(run(dir))).hasSize(2);
    }
}
