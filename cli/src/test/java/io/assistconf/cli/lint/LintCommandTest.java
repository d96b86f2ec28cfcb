package io.assistconf.cli.lint;

import static io.assistconf.cli.lint.Lint.run;
import static io.assistconf.cli.lint.Lint.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.cli.lint.Lint.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** The options of {@code lint}, its reports and its exit status. */
class LintCommandTest {

    @TempDir
    Path dir;

    @Test
    void theTopLevelHelpListsLint() {
        Run top = Lint.command(Lint.in(dir), "--help");
        assertThat(top.exit()).isZero();
        assertThat(top.out()).startsWith("Usage: assistconf [-hV] COMMAND")
                .containsPattern("(?m)^  lint +Lint a repository of assistant configs");
    }

    @Test
    void lintHelpListsEveryOptionAndTheExitStatus() {
        Run run = run(dir, "-h");
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Usage: assistconf lint ").contains("PATH|GLOB", "--config", "--exclude",
                "--variant", "--kind", "--[no-]strict", "--catalogue", "--format", "text, json, sarif, junit, github", "--output",
                "--max-warnings", "--fail-on-unknown", "--stdin-filename", "--jobs", "--version", "Exit status:",
                "1   errors, or more warnings than --max-warnings");
    }

    @Test
    void withoutPathTheWorkingFolderIsLinted() {
        write(dir.resolve("sub/b.json"), Lint.FREDDY_CREATE_INVALID);
        write(dir.resolve("a.json"), Lint.freddyCreate("A", "org_1"));
        Run run = run(dir, "--kind", "create");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.lines()).containsExactly(
                "a.json: freddy create (variant detected, kind command line): valid",
                "sub/b.json: freddy create (variant detected, kind command line): 1 error",
                "sub/b.json:5:3: error out_of_range: must be between 0 and 2 (inclusive) (at /temperature)");
        assertThat(run.summary()).matches("2 files in \\d+\\.\\d\\d s: 2 checked, 0 skipped; 1 error, 0 warnings");
        assertThat(run.out()).endsWith(run.summary() + System.lineSeparator());
    }

    @Test
    void exitZeroWithWarningsAndOneWhenThereAreMoreThanMaxWarnings() {
        write(dir.resolve("a.json"), Lint.FREDDY_CREATE_WARNED);
        write(dir.resolve("b.json"), Lint.FREDDY_CREATE_WARNED.replace("Warned", "Other"));
        assertThat(run(dir, "--kind", "create").exit()).isZero();
        assertThat(run(dir, "--kind", "create", "--max-warnings", "2").exit()).isZero();
        Run over = run(dir, "--kind", "create", "--max-warnings", "1");
        assertThat(over.exit()).isEqualTo(1);
        assertThat(over.summary()).endsWith("0 errors, 2 warnings (more than --max-warnings 1)");
        assertThat(run(dir, "--kind", "create", "--max-warnings", "0").exit()).isEqualTo(1);
    }

    @Test
    void anUnreadablePathExitsTwoAndTheOthersAreStillLinted() {
        write(dir.resolve("a.json"), Lint.FREDDY_CREATE_INVALID);
        Run run = run(dir, "--kind", "create", "a.json", "missing.json", "'*.nothing'");
        assertThat(run.exit()).as("2 wins over 1").isEqualTo(2);
        assertThat(run.lines()).containsExactly(
                "'*.nothing': not checked: 1 error",
                "'*.nothing': error unreadable_input: no file matches the glob",
                "a.json: freddy create (variant detected, kind command line): 1 error",
                "a.json:5:3: error out_of_range: must be between 0 and 2 (inclusive) (at /temperature)",
                "missing.json: not checked: 1 error",
                "missing.json: error unreadable_input: no such file or folder");
        assertThat(run.summary()).contains("3 files in ").contains(": 1 checked, 0 skipped, 2 not checked; 3 errors");
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            --variant acme                                | Invalid value for option '--variant': unknown variant 'acme'; use one of freddy, cogsol, burki
            --variant cogsol --kind list-query            | cogsol has no kind 'list-query'; use one of object, create, update, error
            --format xml                                  | Invalid value for option '--format' (FORMAT): unknown format 'xml'; use one of text, json, sarif, junit, github
            --format json --format text                   | only one report may go to the standard output
            --output r.txt --format json --output r.txt   | two reports may not go to one file: r.txt
            --max-warnings -1                             | --max-warnings must be 0 or more
            --jobs 0                                      | --jobs must be at least 1
            --exclude [a                                  | --exclude '[a' is not a glob: '[' is not closed by ']'
            - -                                           | - (the standard input) may be given once
            --stdin-filename a.json                       | --stdin-filename names the standard input; give - among the PATHs
            --stirct                                      | Unknown option: '--stirct'
            --output no/such/folder/r.txt                 | cannot write no/such/folder/r.txt
            --catalogue missing.json                      | cannot read the catalogue missing.json
            """)
    void usageErrorsExitTwo(String line, String message) {
        Run run = run(dir, line.split(" "));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("assistconf: " + message).contains("Try 'assistconf lint --help'");
    }

    @Test
    void anEmptyPathIsAUsageErrorNotTheWorkingFolder() {
        Run run = run(dir, "");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("assistconf: a PATH argument is empty");
    }

    @Test
    void theStandardInputIsLintedUnderItsFileNameWhichGivesItsFormatAndConfigGlob() {
        write(dir.resolve(".assistconf.yaml"), "files: [{glob: 'bodies/**', kind: create}]\n");
        String yaml = "name: A\ninstructions: i\norganization_id: org_1\ntemperature: 3\n";
        Run named = Lint.run(Lint.withStdin(dir, yaml), "-", "--stdin-filename", "bodies/new.yaml");
        assertThat(named.exit()).isEqualTo(1);
        assertThat(named.lines()).containsExactly(
                "bodies/new.yaml: freddy create (variant detected, kind config glob 'bodies/**'): 1 error",
                "bodies/new.yaml:4:1: error out_of_range: must be between 0 and 2 (inclusive) (at /temperature)");
        Run unnamed = Lint.run(Lint.withStdin(dir, yaml), "-", "--kind", "create");
        assertThat(unnamed.lines()).first().asString()
                .isEqualTo("<stdin>: freddy create (variant detected, kind command line): 1 error");
        Run asJson = Lint.run(Lint.withStdin(dir, yaml), "-", "--stdin-filename", "bodies/new.json");
        assertThat(asJson.lines()).contains("bodies/new.json:1:1: error parse_error: " + asJson.lines().get(1)
                .substring("bodies/new.json:1:1: error parse_error: ".length()));
    }

    @Test
    void theStandardInputTakesItsPlaceInTheSortedOrder() {
        write(dir.resolve("a.json"), Lint.freddyCreate("A", "org_1"));
        write(dir.resolve("c.json"), Lint.freddyCreate("C", "org_1"));
        Run run = Lint.run(Lint.withStdin(dir, Lint.freddyCreate("B", "org_1")), "--kind", "create", "c.json", "-",
                "a.json", "--stdin-filename", "b.json");
        assertThat(run.lines()).extracting(line -> line.substring(0, line.indexOf(':')))
                .containsExactly("a.json", "b.json", "c.json");
    }

    @Test
    void aFileThatIsNoAssistantConfigIsSkippedUnlessFailOnUnknown() {
        write(dir.resolve("tsconfig.json"), Lint.TSCONFIG);
        write(dir.resolve("workflow.yaml"), "on: push\njobs: {}\n");
        write(dir.resolve("a.json"), Lint.freddyObject("asst_1", "A", "org_1", false));
        Run run = run(dir);
        assertThat(run.exit()).isZero();
        assertThat(run.lines()).containsExactly(
                "a.json: freddy object (detected): valid",
                "tsconfig.json: skipped: not an assistant config",
                "workflow.yaml: skipped: not an assistant config");
        assertThat(run.summary()).contains(": 1 checked, 2 skipped; 0 errors, 0 warnings");
        JsonNode skipped = run(dir, "--format", "json").json().get("files").get(1);
        assertThat(skipped.toString()).contains("\"status\":\"skipped\"",
                "\"reason\":\"not an assistant config\"", "\"variant\":null", "\"kind\":null");
        Run failing = run(dir, "--fail-on-unknown");
        assertThat(failing.exit()).isEqualTo(1);
        assertThat(failing.lines()).contains("tsconfig.json: no variant detected: 1 error",
                "workflow.yaml:1:1: error not_assistant_config: not an assistant configuration: none of its 2"
                        + " top-level keys is a field of any assistant schema; give the variant to check it as one");
    }

    @Test
    void aFileWithAsManyKeysOfSomeVariantAsOfNoneIsNotSkippedButAnError() {
        write(dir.resolve("package.json"), "{\"name\": \"tool\", \"version\": \"1.0.0\"}");
        write(dir.resolve("list.json"), "[{\"compilerOptions\": 1}]");
        Run run = run(dir);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).containsExactly("list.json: skipped: not an assistant config",
                "package.json: no variant detected: 1 error",
                "package.json:1:1: error unknown_variant: no key tells the variant of this object apart; it could be"
                        + " freddy, cogsol, burki: give the variant, or a $schema key");
    }

    @Test
    void eachReportSaysWhatDecidedTheVariantAndKind() {
        write(dir.resolve("detected.json"), Lint.freddyObject("asst_1", "A", "org_1", false));
        write(dir.resolve("schema.json"), "{\"$schema\": \"https://assistconf.io/schemas/burki/create.json\","
                + " \"name\": \"B\"}");
        write(dir.resolve("mapped.json"), Lint.freddyCreate("C", "org_1"));
        write(dir.resolve("half/mapped.json"), Lint.freddyCreate("D", "org_1"));
        write(dir.resolve(".assistconf.yaml"), "files: [{glob: /mapped.json, variant: freddy, kind: create},"
                + " {glob: half, variant: freddy}]\n");
        assertThat(run(dir).lines()).filteredOn(line -> !line.matches("[^ ]+:\\d+:\\d+: .*")).containsExactly(
                "detected.json: freddy object (detected): valid",
                "half/mapped.json: freddy create (variant config glob 'half', kind detected): valid",
                "mapped.json: freddy create (config glob '/mapped.json'): valid",
                "schema.json: burki create ($schema): valid");
        assertThat(run(dir, "--variant", "burki", "schema.json").lines())
                .startsWith("schema.json: burki create (variant command line, kind $schema): valid");
    }

    @Test
    void theJsonReportNamesTheToolAndEachFilesVariantKindAndHowDecided() {
        write(dir.resolve("a.json"), Lint.FREDDY_CREATE_INVALID);
        write(dir.resolve("b.json"), "{\"$schema\": \"https://assistconf.io/schemas/burki/create.json\", \"name\": \"B\"}");
        Run run = run(dir, "--format", "json");
        assertThat(run.exit()).isEqualTo(1);
        JsonNode report = run.json();
        assertThat(report.get("tool").toString()).isEqualTo("{\"name\":\"assistconf\",\"version\":\"dev\"}");
        assertThat(report.get("config").isNull()).isTrue();
        JsonNode a = report.get("files").get(0);
        assertThat(a.get("file").asString()).isEqualTo("a.json");
        assertThat(a.get("document").asInt()).isEqualTo(1);
        assertThat(a.get("status").asString()).isEqualTo("checked");
        assertThat(a.get("decided_by").toString())
                .isEqualTo("{\"variant\":\"detected\",\"kind\":\"detected\",\"glob\":null}");
        assertThat(a.get("valid").asBoolean()).isFalse();
        JsonNode b = report.get("files").get(1);
        assertThat(b.toString()).contains("\"variant\":\"burki\",\"kind\":\"create\"",
                "\"decided_by\":{\"variant\":\"$schema\",\"kind\":\"$schema\",\"glob\":null}", "\"valid\":true",
                "\"errors\":0", "\"violations\":[]");
        JsonNode violation = a.get("violations").get(0);
        assertThat(violation.get("code").asString()).isEqualTo("out_of_range");
        assertThat(violation.get("line").asInt()).isEqualTo(5);
        JsonNode summary = report.get("summary");
        assertThat(summary.get("files").asInt()).isEqualTo(2);
        assertThat(summary.get("checked").asInt()).isEqualTo(2);
        assertThat(summary.get("errors").asInt()).isEqualTo(a.get("errors").asInt()).isPositive();
        assertThat(summary.get("elapsed_ms").isIntegralNumber()).isTrue();
    }

    @Test
    void formatsAndOutputsArePairedInOrder() throws Exception {
        write(dir.resolve("a.json"), Lint.FREDDY_CREATE_INVALID);
        Run run = run(dir, "--format", "text", "--format", "json", "--output", "report.json", "--output", "copy.txt");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).first().asString().startsWith("a.json: freddy create (detected)");
        JsonNode json = Lint.JSON.readTree(Files.readString(dir.resolve("report.json")));
        assertThat(json.get("files").get(0).get("file").asString()).isEqualTo("a.json");
        String copy = Files.readString(dir.resolve("copy.txt"), StandardCharsets.UTF_8);
        assertThat(copy).startsWith(run.lines().get(0)).contains(run.lines().get(1));
        assertThat(run(dir, "--output", "only.txt").out()).as("no report left for stdout").isEmpty();
        Run again = run(dir, "--format", "json", "--output", "report.json");
        assertThat(again.out()).isEmpty();
        assertThat(Lint.JSON.readTree(Files.readString(dir.resolve("report.json"))).get("summary").get("files").asInt())
                .as("the reports written are not linted").isEqualTo(1);
    }

    @Test
    void theOrderIsTheSameWhateverTheParallelism() {
        for (int i = 0; i < 60; i++) {
            String name = (i % 3 == 0 ? "x/" : i % 3 == 1 ? "x-y/" : "") + "f" + (i * 7919 % 61) + ".json";
            write(dir.resolve(name), i % 4 == 0 ? Lint.FREDDY_CREATE_INVALID : Lint.freddyCreate("N" + i, "org_" + i));
        }
        Run one = run(dir, "--kind", "create", "--jobs", "1");
        Run many = run(dir, "--kind", "create", "--jobs", "8");
        assertThat(many.lines()).isEqualTo(one.lines()).hasSizeGreaterThan(60);
        assertThat(many.lines().stream().filter(line -> line.contains(": freddy create ")))
                .extracting(line -> line.substring(0, line.indexOf(':')))
                .isSortedAccordingTo(LintCommandTest::byNames);
        assertThat(one.lines().get(0)).startsWith("f");
        assertThat(one.lines()).last().asString().startsWith("x-y/");
    }

    /** Sorted name by name: {@code x/...} before {@code x-y/...}. */
    private static int byNames(String a, String b) {
        String[] as = a.split("/", -1);
        String[] bs = b.split("/", -1);
        return Arrays.compare(as, bs);
    }

    @Test
    void aFileNameCannotForgeALine() {
        write(dir.resolve("a\n::error file=x::b.json"), Lint.FREDDY_CREATE_INVALID);
        Run run = run(dir);
        assertThat(run.out().lines()).noneMatch(line -> line.startsWith("::"));
        assertThat(run.lines().get(0)).startsWith("a\\u000A::error file=x::b.json: freddy create");
        Run json = run(dir, "--format", "json");
        assertThat(json.out().lines()).noneMatch(line -> line.startsWith("::"));
        assertThat(json.json().get("files").get(0).get("file").asString()).isEqualTo("a\n::error file=x::b.json");
    }
}
