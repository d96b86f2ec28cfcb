package io.assistconf.cli.lint;

import static io.assistconf.cli.lint.Lint.run;
import static io.assistconf.cli.lint.Lint.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.cli.lint.Lint.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The config file: what each key does, which file is read, and each kind of mistake in it. */
class ConfigFileTest {

    @TempDir
    Path dir;

    private void config(String yaml) {
        write(dir.resolve(".assistconf.yaml"), yaml);
    }

    @Test
    void aGlobMapsFilesToAKindTheFirstMatchWinning() {
        write(dir.resolve("bodies/a.json"), Lint.freddyCreate("A", "org_1"));
        write(dir.resolve("bodies/special/b.json"), Lint.freddyCreate("B", "org_1"));
        config("""
                files:
                  - glob: bodies/special/**
                    variant: freddy
                    kind: create
                  - glob: bodies/**
                    kind: create
                """);
        Run run = run(dir, "--format", "json");
        assertThat(run.exit()).isZero();
        assertThat(run.json().get("config").asString()).isEqualTo(".assistconf.yaml");
        assertThat(run.json().get("files").get(0).toString()).contains("\"file\":\"bodies/a.json\"",
                "\"variant\":\"freddy\",\"kind\":\"create\"",
                "\"decided_by\":{\"variant\":\"detected\",\"kind\":\"config\",\"glob\":\"bodies/**\"}");
        assertThat(run.json().get("files").get(1).toString()).contains("\"file\":\"bodies/special/b.json\"",
                "\"variant\":\"freddy\",\"kind\":\"create\"",
                "\"decided_by\":{\"variant\":\"config\",\"kind\":\"config\",\"glob\":\"bodies/special/**\"}");
        Run text = run(dir);
        assertThat(text.lines()).containsExactly(
                "bodies/a.json: freddy create (variant detected, kind config glob 'bodies/**'): valid",
                "bodies/special/b.json: freddy create (config glob 'bodies/special/**'): valid");
    }

    @Test
    void flagsOverrideTheFile() {
        write(dir.resolve("a.json"), Lint.FREDDY_CREATE_WARNED);
        config("""
                files:
                  - glob: '*.json'
                    variant: burki
                    kind: object
                strict: true
                """);
        Run fromFile = run(dir);
        assertThat(fromFile.exit()).isEqualTo(1);
        assertThat(fromFile.lines()).hasSize(6).first()
                .isEqualTo("a.json: burki object (config glob '*.json'): 5 errors");
        assertThat(fromFile.lines()).contains("a.json:5:3: error unknown_property: unknown property 'colour' (at /colour)");
        Run flags = run(dir, "--variant", "freddy", "--kind", "create", "--no-strict");
        assertThat(flags.exit()).isZero();
        assertThat(flags.lines()).containsExactly("a.json: freddy create (command line): valid, 1 warning",
                "a.json:5:3: warning unknown_property: unknown property 'colour' (at /colour)");
        Run kindOnly = run(dir, "--kind", "create");
        assertThat(kindOnly.lines().get(0))
                .isEqualTo("a.json: burki create (variant config glob '*.json', kind command line): 3 errors");
    }

    @Test
    void strictModeFromTheFile() {
        write(dir.resolve("a.json"), Lint.FREDDY_CREATE_WARNED);
        config("strict: true\n");
        assertThat(run(dir, "--kind", "create").lines())
                .contains("a.json:5:3: error unknown_property: unknown property 'colour' (at /colour)");
        assertThat(run(dir, "--kind", "create", "--strict").exit()).isEqualTo(1);
        config("strict: false\n");
        assertThat(run(dir, "--kind", "create").exit()).isZero();
        assertThat(run(dir, "--kind", "create", "--strict").exit()).isEqualTo(1);
    }

    @Test
    void severitiesAreSetPerCodeAndOffDropsAViolation() {
        write(dir.resolve("a.json"), Lint.FREDDY_CREATE_WARNED);
        write(dir.resolve("b.json"), Lint.FREDDY_CREATE_INVALID);
        config("""
                severity:
                  unknown_property: error
                  out_of_range: off
                """);
        Run run = run(dir, "--kind", "create");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).containsExactly("a.json: freddy create (variant detected, kind command line): 1 error",
                "a.json:5:3: error unknown_property: unknown property 'colour' (at /colour)",
                "b.json: freddy create (variant detected, kind command line): valid");
        config("severity: {unknown_property: warning, out_of_range: warning}\n");
        Run warned = run(dir, "--kind", "create", "--strict");
        assertThat(warned.exit()).as("the file's severity wins over strict mode").isZero();
        assertThat(warned.summary()).endsWith("0 errors, 2 warnings");
    }

    @Test
    void limitsAreThoseOfLimitsTheOthersAtTheirDefaults() {
        write(dir.resolve("a.json"), Lint.freddyCreate("A", "org_1"));
        config("limits:\n  maxDocumentBytes: 20\n");
        Run run = run(dir, "--kind", "create");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines().get(1)).startsWith("a.json: error limit_exceeded: ").endsWith("more than the limit of 20");
        config("limits: {maxDepth: 1, maxViolations: 5}\n");
        assertThat(run(dir, "--kind", "create").exit()).isZero();
        write(dir.resolve("a.json"), "{\"name\": \"A\", \"instructions\": \"i\", \"organization_id\": \"o\", \"metadata\": {}}");
        assertThat(run(dir, "--kind", "create").lines().get(1)).contains("limit_exceeded");
    }

    @Test
    void cataloguesAreRelativeToTheConfigFileMergedAndReplacedByTheFlag() {
        write(dir.resolve("a.json"), """
                {"name": "A", "instructions": "i", "organization_id": "o", "default_model_key": "gpt-4o",
                 "vector_store_ids": ["vs_1"]}
                """);
        write(dir.resolve("catalogues/models.json"), "{\"model\": {\"gpt-4o\": \"openai\"}}");
        write(dir.resolve("catalogues/stores.json"), "{\"vector_store\": [\"vs_2\"]}");
        write(dir.resolve("other.json"), "{\"vector_store\": [\"vs_1\"]}");
        config("catalogues: [catalogues/models.json, catalogues/stores.json]\n");
        Run run = run(dir, "--kind", "create", "a.json");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).hasSize(2).last().asString().contains("unknown_reference", "vs_2");
        Run replaced = run(dir, "--kind", "create", "--catalogue", "other.json", "a.json");
        assertThat(replaced.exit()).isZero();
    }

    @Test
    void ignoredFilesAndFoldersAreNotLinted() {
        write(dir.resolve("a.json"), Lint.freddyCreate("A", "org_1"));
        write(dir.resolve("drafts/b.json"), Lint.FREDDY_CREATE_INVALID);
        write(dir.resolve("x/c.broken.json"), "{");
        write(dir.resolve("nested/deep/d.json"), "{");
        config("ignore: [drafts, '*.broken.json', /nested/deep]\n");
        Run run = run(dir, "--kind", "create");
        assertThat(run.exit()).isZero();
        assertThat(run.lines()).containsExactly("a.json: freddy create (variant detected, kind command line): valid");
        assertThat(run(dir, "--kind", "create", "drafts/b.json").lines()).as("a file named is excluded too").isEmpty();
    }

    @Test
    void anEmptyFileConfiguresNothing() {
        write(dir.resolve("a.json"), Lint.freddyCreate("A", "org_1"));
        config("# nothing yet\n");
        assertThat(run(dir, "--kind", "create").exit()).isZero();
    }

    @Test
    void theFileIsFoundInTheFolderLintedOrAboveUpToTheRepositoryRoot() throws Exception {
        Path repository = dir.resolve("repo");
        Files.createDirectories(repository.resolve(".git"));
        write(repository.resolve("configs/deep/a.json"), Lint.FREDDY_CREATE_WARNED);
        write(repository.resolve(".assistconf.yaml"), "strict: true\n");
        write(dir.resolve(".assistconf.yaml"), "nonsense: true\n");
        Run fromAbove = run(dir, "--kind", "create", "repo/configs/deep");
        assertThat(fromAbove.exit()).as(fromAbove.err()).isEqualTo(1);
        assertThat(fromAbove.lines()).contains("repo/configs/deep/a.json:5:3: error unknown_property: unknown property"
                + " 'colour' (at /colour)");
        write(repository.resolve("configs/.assistconf.yaml"), "strict: false\n");
        assertThat(run(dir, "--kind", "create", "repo/configs/deep").exit()).as("the nearest wins").isZero();
        Files.delete(repository.resolve("configs/.assistconf.yaml"));
        Files.delete(repository.resolve(".assistconf.yaml"));
        Run rootReached = run(dir, "--kind", "create", "repo/configs/deep");
        assertThat(rootReached.exit()).as("not above the repository root: " + rootReached.err()).isZero();
        Run named = run(dir, "--kind", "create", "--config", "repo/configs/deep/a.json", "repo/configs/deep");
        assertThat(named.exit()).isEqualTo(2);
        assertThat(named.err()).startsWith("assistconf: repo/configs/deep/a.json:2:3: unknown key 'name'; use one of"
                + " files, ignore, strict, json-comments, severity, catalogues, limits");
    }

    @Test
    void theConfigFileItselfIsNeverLinted() {
        write(dir.resolve("a.json"), Lint.freddyCreate("A", "org_1"));
        write(dir.resolve("lint/settings.yaml"), "strict: true\n");
        Run run = run(dir, "--kind", "create", "--config", "lint/settings.yaml");
        assertThat(run.exit()).isZero();
        assertThat(run.lines()).containsExactly("a.json: freddy create (variant detected, kind command line): valid");
    }

    @Test
    void aMissingConfigFileIsAUsageError() {
        Run run = run(dir, "--config", "nope.yaml");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("assistconf: no config file nope.yaml").contains("--help");
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            stirct: true                                   | 1:1: unknown key 'stirct'; use one of files, ignore, strict, json-comments, severity, catalogues, limits
            strict: yes                                    | 1:9: strict: must be true or false
            strict: true\\nstrict: false                   | 2:1: strict: given twice
            [1, 2]                                         | 1:1: must be a mapping of files, ignore, strict
            'files: {glob: a}'                             | 1:8: files: must be a list of {glob, variant, kind}
            'files:\\n  - variant: freddy'                 | 2:5: files[0]: each entry needs a glob
            'files:\\n  - glob: a'                         | 2:5: files[0]: each entry needs a variant, a kind or both
            'files:\\n  - {glob: a, kind: creat}'          | 2:21: files[0].kind: unknown kind 'creat'; use one of object, create, update, list-query, list-response, error
            'files:\\n  - {glob: a, variant: acme}'        | 2:24: files[0].variant: unknown variant 'acme'; use one of freddy, cogsol, burki
            'files:\\n  - {glob: a, variant: cogsol, kind: list-query}' | 2:38: files[0].kind: cogsol has no kind 'list-query'; use one of object, create, update, error
            'files:\\n  - {glob: a, kind: create, mode: x}' | 2:29: files[0]: unknown key 'mode'; use one of glob, variant, kind
            'files:\\n  - {glob: ''[a'', kind: create}'     | 2:12: files[0].glob: not a glob: '[' is not closed by ']'
            'files:\\n  - {glob: , kind: create}'          | 2:11: files[0].glob: must be a glob
            'ignore: drafts'                               | 1:9: ignore: must be a list of globs
            'ignore: [a, ''{b'']'                          | 1:13: ignore[1]: not a glob: '{' is not closed by '}'
            'severity: {unknown_property: fatal}'          | 1:30: severity.unknown_property: unknown severity 'fatal'; use one of error, warning, off
            'severity: {unknown_propery: off}'             | 1:12: severity: unknown key 'unknown_propery'; use one of parse_error,
            'severity: {internal_error: off}'              | 1:12: severity: unknown key 'internal_error'
            'severity: {unreadable_input: warning}'        | 1:12: severity: unknown key 'unreadable_input'
            'limits: {maxDepht: 3}'                        | 1:10: limits: unknown key 'maxDepht'; use one of maxDocumentBytes, maxDepth, maxStringLength, maxNameLength, maxNameCharacters, maxNumberLength, maxNodes, maxViolations
            'limits: {maxDepth: 0}'                        | 1:20: limits.maxDepth: must be a whole number from 1 to 2147483647
            'limits: {maxDepth: ten}'                      | 1:20: limits.maxDepth: must be a whole number from 1 to 2147483647
            'limits: {maxNodes: 99999999999}'              | 1:20: limits.maxNodes: must be a whole number from 1 to 2147483647
            'limits: {maxDepth: 501}'                      | 1:9: limits: maxDepth must be at most 500, was 501
            'catalogues: [missing.json]'                   | 1:14: catalogues[0]: cannot read the catalogue missing.json
            'catalogues: [bad.json]'                       | 1:14: catalogues[0]: bad.json: the catalogue must be a JSON object of reference names
            'files: [a'                                    | 1:10: not well-formed YAML
            """)
    void aMistakeIsAUsageErrorSayingWhereAndWhatIsAccepted(String yaml, String message) {
        write(dir.resolve("bad.json"), "[1]");
        write(dir.resolve("a.json"), Lint.freddyCreate("A", "org_1"));
        config(yaml.replace("\\n", "\n"));
        Run run = run(dir, "a.json");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("assistconf: .assistconf.yaml:" + message)
                .endsWith("Try 'assistconf lint --help' for more information." + System.lineSeparator());
    }

    @Test
    void aConfigFileNestedTooDeeplyIsRefused() {
        config("strict: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n");
        Run run = run(dir);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("assistconf: .assistconf.yaml: the config file nests too deeply");
    }

    @Test
    void aVariantGivenAndAKindMappedThatItLacksIsAnErrorOfTheFile() {
        write(dir.resolve("q.json"), "{\"limit\": 10}");
        config("files: [{glob: q.json, kind: list-query}]\n");
        Run run = run(dir, "--variant", "cogsol");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).containsExactly(
                "q.json: cogsol list-query (variant command line, kind config glob 'q.json'): 1 error",
                "q.json: error unknown_variant: cogsol has no 'list-query' kind; it has object, create, update, error");
    }

    @Test
    void aConfigFileThatIsNotUtf8OrTooLargeIsRefused() throws Exception {
        Files.write(dir.resolve(".assistconf.yaml"), new byte[] {'s', ':', ' ', (byte) 0xC0, (byte) 0xAF});
        assertThat(run(dir).err()).startsWith("assistconf: .assistconf.yaml: the config file is not UTF-8 text");
        config("#".repeat(1024 * 1024 + 1));
        assertThat(run(dir).err()).startsWith("assistconf: .assistconf.yaml: a config file may hold at most");
    }
}
