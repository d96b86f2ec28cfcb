package io.assistconf.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/assistconf, run from a copy with the runnable jar (this test runs in the package phase, once
 * target/assistconf.jar is built): the first run writes the class-data-sharing archive, later runs map it,
 * two first runs at once leave one whole archive, and every run prints the same report and nothing else.
 */
class LauncherTest {

    private static final Path SCRIPT = Path.of("..", "bin", "assistconf");
    private static final Path JAR = Path.of("target", "assistconf.jar");

    /** A run: its exit status, and its output with the elapsed time (the one part that differs) taken out. */
    private record Run(int status, String stdout, String stderr) {
    }

    @TempDir
    Path temp;
    private Path launcher;
    private Path jar;
    private Path archive;
    private Path payload;

    @BeforeEach
    void copy() throws IOException {
        assumeTrue(Stream.of(System.getenv("PATH").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "bash"))), "bash is needed to run bin/assistconf");
        assertThat(JAR).as("the runnable jar, built in the package phase before this test").exists();
        launcher = Files.copy(SCRIPT, Files.createDirectories(temp.resolve("bin")).resolve("assistconf"));
        assertThat(launcher.toFile().setExecutable(true)).isTrue();
        jar = Files.copy(JAR, temp.resolve("assistconf.jar"));
        archive = temp.resolve("assistconf.jsa");
        payload = Files.writeString(temp.resolve("assistant.json"),
                "{\"name\": \"Helper\", \"instructions\": \"Help.\", \"organization_id\": \"org_1\","
                        + " \"access_mode\": \"department\", \"access_departments\": [\"sales\"]}\n");
    }

    @Test
    void theFirstRunWritesTheArchiveAndTheNextMapsIt() throws Exception {
        Run first = run();
        assertThat(archive).exists().isNotEmptyFile();
        FileTime written = Files.getLastModifiedTime(archive);
        Run second = run();
        assertThat(Files.getLastModifiedTime(archive)).isEqualTo(written);
        assertThat(second).isEqualTo(first);
        assertThat(first.stdout()).contains("freddy create", "legacy_value", "1 file in ");
        assertThat(first.stderr()).isEmpty();
        assertThat(first.status()).isZero();
        assertThat(mapsTheArchive()).isTrue();
        assertThat(leftOver()).isEmpty();
    }

    @Test
    void twoFirstRunsAtOnceLeaveOneWholeArchive() throws Exception {
        Process one = start();
        Process two = start();
        Run a = finish(one);
        Run b = finish(two);
        assertThat(a).isEqualTo(b);
        assertThat(a.stderr()).isEmpty();
        assertThat(a.stdout()).contains("freddy create");
        assertThat(leftOver()).isEmpty();
        assertThat(mapsTheArchive()).isTrue();
        assertThat(run()).isEqualTo(a);
    }

    @Test
    void aJarNewerThanItsArchiveGetsANewOne() throws Exception {
        Run first = run();
        Files.setLastModifiedTime(archive, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        FileTime stale = Files.getLastModifiedTime(archive);
        assertThat(run()).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(archive)).isNotEqualTo(stale);
        assertThat(mapsTheArchive()).isTrue();
    }

    /** Whether a run loads the CLI's classes from the archive (a class-loading log to a file, not stdout). */
    private boolean mapsTheArchive() throws Exception {
        Path log = temp.resolve("class-load.log");
        Run logged = finish(start("-Xlog:class+load:file=" + log));
        assertThat(logged.stderr()).isEmpty();
        return Files.readAllLines(log).stream()
                .anyMatch(line -> line.contains("io.assistconf.cli.Main source: shared objects file"));
    }

    private List<Path> leftOver() throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            return files.filter(file -> file.getFileName().toString().contains(".partial")).toList();
        }
    }

    private Run run() throws Exception {
        return finish(start());
    }

    private Process start(String... javaOptions) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", launcher.toString(), "lint", "--variant", "freddy",
                payload.getFileName().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile());
        builder.environment().put("ASSISTCONF_JAR", jar.toString());
        builder.environment().put("ASSISTCONF_JAVA_OPTS", String.join(" ", javaOptions));
        builder.environment().remove("JAVA_TOOL_OPTIONS"); // the JVM would announce it on stderr
        builder.environment().remove("_JAVA_OPTIONS");
        return builder.start();
    }

    private static Run finish(Process process) throws Exception {
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(),
                new String(out, StandardCharsets.UTF_8).replaceAll("in [0-9.]+ m?s", "in <elapsed>"),
                new String(err, StandardCharsets.UTF_8));
    }
}
