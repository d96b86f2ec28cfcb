package io.assistconf.cli.lint;

import static io.assistconf.cli.lint.Lint.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.cli.lint.Lint.Run;
import io.assistconf.lint.LintEnvironment;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress line: only on a terminal, outside CI, for runs over a second. */
class ProgressTest {

    @TempDir
    Path dir;

    /** A clock that moves 600 ms each time it is read: every run looks slow. */
    private static LongSupplier slowClock() {
        AtomicLong now = new AtomicLong();
        return () -> now.addAndGet(TimeUnit.MILLISECONDS.toNanos(600));
    }

    private Run lint(boolean console, Map<String, String> variables) {
        for (int i = 0; i < 4; i++) {
            write(dir.resolve("f" + i + ".json"), Lint.freddyCreate("N" + i, "org_1"));
        }
        LintEnvironment environment = new LintEnvironment(dir, InputStream.nullInputStream(), variables, console,
                slowClock());
        return Lint.run(environment, "--kind", "create", "--jobs", "1");
    }

    @Test
    void onATerminalASlowRunShowsItsProgressOnStderrAndWipesIt() {
        Run run = lint(true, Map.of());
        assertThat(run.err()).contains("\rassistconf: 2 of 4 files", "\rassistconf: 3 of 4 files")
                .endsWith("\r" + " ".repeat("assistconf: 4 of 4 files".length()) + "\r");
        assertThat(run.out()).doesNotContain("of 4 files").contains("f3.json: freddy create");
    }

    @Test
    void notOnATerminalThereIsNone() {
        assertThat(lint(false, Map.of()).err()).isEmpty();
    }

    @Test
    void inCiThereIsNone() {
        assertThat(lint(true, Map.of("CI", "true")).err()).isEmpty();
        assertThat(lint(true, Map.of("CI", "")).err()).as("an empty CI is not set").isNotEmpty();
    }
}
