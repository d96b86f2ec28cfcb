package io.assistconf.cli.lint;

import static io.assistconf.cli.lint.Lint.run;
import static io.assistconf.cli.lint.Lint.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.cli.lint.Lint.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Which files a run lints: what a folder walk skips, excludes, globs, and symbolic links. */
class WalkTest {

    @TempDir
    Path dir;

    private Path repo;

    @BeforeEach
    void repository() {
        repo = dir.resolve("repo");
        write(repo.resolve("a.json"), Lint.freddyCreate("A", "org_1"));
        write(repo.resolve("b.yaml"), "name: B\ninstructions: i\norganization_id: org_1\n");
        write(repo.resolve("c.yml"), "name: C\ninstructions: i\norganization_id: org_1\n");
        write(repo.resolve("d.jsonc"), Lint.freddyCreate("D", "org_1"));
        write(repo.resolve("notes.txt"), "not linted");
        write(repo.resolve("sub/e.json"), Lint.freddyCreate("E", "org_1"));
        write(repo.resolve(".hidden.json"), "{");
        write(repo.resolve(".git/f.json"), "{");
        write(repo.resolve(".github/g.yaml"), "{");
        write(repo.resolve("target/h.json"), "{");
        write(repo.resolve("node_modules/pkg/i.json"), "{");
        write(repo.resolve("sub/target/j.json"), "{");
    }

    /** The files a run names, in its order. */
    private List<String> linted(Run run) {
        return run.lines().stream().filter(line -> !line.matches("[^ ]+(:\\d+:\\d+)?: (error|warning) .*"))
                .map(line -> line.substring(0, line.indexOf(": "))).toList();
    }

    @Test
    void aFolderIsWalkedForJsonAndYamlSkippingHiddenTargetAndNodeModules() {
        Run run = run(dir, "--kind", "create", "repo");
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(linted(run)).containsExactly("repo/a.json", "repo/b.yaml", "repo/c.yml", "repo/d.jsonc",
                "repo/sub/e.json");
    }

    @Test
    void whatIsNamedIsLintedWhateverItsName() {
        Run run = run(dir, "--kind", "create", "repo/.github", "repo/notes.txt");
        assertThat(linted(run)).containsExactly("repo/.github/g.yaml", "repo/notes.txt");
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void excludesNameFilesAndFoldersByNameOrByPath() {
        assertThat(linted(run(dir, "--kind", "create", "repo", "--exclude", "sub", "--exclude", "*.y*ml")))
                .containsExactly("repo/a.json", "repo/d.jsonc");
        assertThat(linted(run(dir, "--kind", "create", "repo", "--exclude", "repo/sub/**", "--exclude", "./repo/a.json")))
                .containsExactly("repo/b.yaml", "repo/c.yml", "repo/d.jsonc");
        assertThat(linted(run(repo, "--kind", "create", "--exclude", "sub/e.json", "sub/e.json", "a.json")))
                .as("a file named is excluded too").containsExactly("a.json");
    }

    @Test
    void aQuotedGlobIsExpandedOverThePathsAsShown() {
        assertThat(linted(run(dir, "--kind", "create", "repo/*.json"))).containsExactly("repo/a.json");
        assertThat(linted(run(dir, "--kind", "create", "repo/**/*.json"))).containsExactly("repo/a.json",
                "repo/sub/e.json");
        assertThat(linted(run(repo, "--kind", "create", "*.{yaml,yml}"))).containsExactly("b.yaml", "c.yml");
        assertThat(linted(run(dir, "--kind", "create", dir + "/repo/s*"))).containsExactly(dir + "/repo/sub/e.json");
    }

    @Test
    void aFileNamedTwiceIsLintedOnce() {
        assertThat(linted(run(dir, "--kind", "create", "repo/sub", "repo/sub/e.json", "repo/sub/../sub/e.json")))
                .containsExactly("repo/sub/e.json");
    }

    @Test
    void aJsoncFileIsReadAsJsonWithComments() {
        write(repo.resolve("d.jsonc"), "// a comment\n/* and\n another */" + Lint.freddyCreate("D", "org_1"));
        Run run = run(dir, "--kind", "create", "repo/d.jsonc");
        assertThat(run.exit()).isZero();
        assertThat(run.lines()).containsExactly("repo/d.jsonc: freddy create (variant detected, kind command line): valid");
    }

    @Test
    @Timeout(20)
    void aSymbolicLinkLoopIsNotFollowed() throws Exception {
        Files.createSymbolicLink(repo.resolve("sub/loop"), repo);
        Files.createSymbolicLink(repo.resolve("sub/self"), Path.of("."));
        Run run = run(dir, "--kind", "create", "repo");
        assertThat(run.exit()).isZero();
        assertThat(linted(run)).containsExactly("repo/a.json", "repo/b.yaml", "repo/c.yml", "repo/d.jsonc",
                "repo/sub/e.json");
    }

    @Test
    void aSymbolicLinkOutOfTheTreeIsNotFollowed() throws Exception {
        Path outside = write(dir.resolve("outside/secret.json"), "{\"token\": \"not for this run\"}");
        Files.createSymbolicLink(repo.resolve("leak.json"), outside);
        Files.createSymbolicLink(repo.resolve("leak-folder"), outside.getParent());
        Files.createSymbolicLink(repo.resolve("dangling.json"), dir.resolve("nothing.json"));
        Run run = run(dir, "--kind", "create", "repo");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).doesNotContain("leak", "secret", "dangling");
        assertThat(linted(run)).hasSize(5);
    }

    @Test
    void aLinkToAFileInsideTheTreeIsLintedOnceUnderOneName() throws Exception {
        write(repo.resolve(".versions/v2.json"), Lint.freddyCreate("V", "org_1"));
        Files.createSymbolicLink(repo.resolve("current.json"), repo.resolve(".versions/v2.json"));
        Files.createSymbolicLink(repo.resolve("alias.json"), repo.resolve("a.json"));
        Run run = run(dir, "--kind", "create", "repo");
        assertThat(linted(run)).containsExactly("repo/a.json", "repo/b.yaml", "repo/c.yml", "repo/current.json",
                "repo/d.jsonc", "repo/sub/e.json");
        assertThat(run.out()).as("no duplicate name from the alias").doesNotContain("duplicate_name");
    }

    @Test
    void aLinkNamedOnTheCommandLineIsFollowed() throws Exception {
        Path outside = write(dir.resolve("outside/x.json"), Lint.freddyCreate("X", "org_1"));
        Files.createSymbolicLink(repo.resolve("named.json"), outside);
        Files.createSymbolicLink(dir.resolve("linked-repo"), repo);
        assertThat(linted(run(dir, "--kind", "create", "repo/named.json"))).containsExactly("repo/named.json");
        assertThat(linted(run(dir, "--kind", "create", "linked-repo"))).contains("linked-repo/a.json")
                .doesNotContain("linked-repo/named.json");
    }

    @Test
    void theConfigFileOfAFolderNamedThroughALinkAppliesToItsFiles() throws Exception {
        write(repo.resolve(".assistconf.yaml"), "files: [{glob: 'sub/**', variant: burki, kind: create}]\n"
                + "ignore: [c.yml]\n");
        Files.createSymbolicLink(dir.resolve("linked-repo"), repo);
        Run run = run(dir, "--kind", "create", "linked-repo");
        assertThat(linted(run)).doesNotContain("linked-repo/c.yml").contains("linked-repo/sub/e.json");
        assertThat(run.lines()).contains("linked-repo/sub/e.json: burki create (variant config glob 'sub/**', kind"
                + " command line): 1 error, 1 warning");
    }
}
