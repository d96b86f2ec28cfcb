package io.assistconf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The commit {@code --version} prints, from the {@code git.properties} the build writes. */
class BuildCommitTest {

    @Test
    void theAbbreviatedIdMarkedDirtyWhenTheWorkTreeHadChanges() {
        assertThat(BuildCommit.of(properties("0a1b2c3", "false"))).isEqualTo("0a1b2c3");
        assertThat(BuildCommit.of(properties("0a1b2c3", "true"))).isEqualTo("0a1b2c3-dirty");
    }

    @Test
    void unknownWhenTheBuildHadNoGitCheckout() {
        assertThat(BuildCommit.of(new Properties())).isEqualTo("unknown");
        assertThat(BuildCommit.of(properties("", "false"))).isEqualTo("unknown");
    }

    @Test
    void thisBuildWroteItsCommitWhenItRanInACheckout() {
        // The module's parent is the repository root: a clone has .git there (a linked worktree, a .git file).
        boolean checkout = Files.exists(Path.of("..", ".git"));
        assertThat(BuildCommit.current()).matches(checkout ? "[0-9a-f]{7,}(-dirty)?" : "unknown");
    }

    private static Properties properties(String id, String dirty) {
        Properties properties = new Properties();
        properties.setProperty("git.commit.id.abbrev", id);
        properties.setProperty("git.dirty", dirty);
        return properties;
    }
}
