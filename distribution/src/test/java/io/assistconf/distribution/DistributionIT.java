package io.assistconf.distribution;

import static io.assistconf.distribution.Command.run;
import static io.assistconf.distribution.Distribution.REPOSITORY;
import static io.assistconf.distribution.Distribution.VERSION;
import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.distribution.Command.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The built .tar.gz, unpacked under target/ and run as a user would, on a machine with a JDK. */
class DistributionIT {

    private static final String TOP = "assistconf-" + VERSION + "/";
    private static final Set<String> FILES = Set.of(TOP + "bin/assistconf", TOP + "bin/assistconf.cmd",
            TOP + "lib/assistconf.jar", TOP + "LICENSE", TOP + "README.md");
    /** The last line of a text report, e.g. "14 files in 1.62 s: 14 checked, 1 skipped; 0 errors, 3 warnings". */
    private static final Pattern SUMMARY = Pattern.compile("(?m)^\\d+ files? in [\\d.]+ s: \\d+ checked, \\d+ skipped(?:, \\d+ not checked)?;"
            + " (\\d+) errors?, (\\d+) warnings?(?: \\(more than --max-warnings \\d+\\))?$");

    private static Path home;

    @BeforeAll
    static void unpack() throws Exception {
        Path folder = Distribution.freshFolder("unpacked");
        Run tar = run(folder, "tar", "-xzf", Distribution.tarGz().toString());
        assertThat(tar.exit()).as(tar.err()).isZero();
        home = folder.resolve(TOP);
    }

    @Test
    void bothArchivesHoldTheJarTheLaunchersTheLicenceAndTheReadme() throws Exception {
        Run list = run(REPOSITORY, "tar", "-tzf", Distribution.tarGz().toString());
        assertThat(list.exit()).isZero();
        assertThat(list.out().lines().filter(name -> !name.endsWith("/"))).containsExactlyInAnyOrderElementsOf(FILES);
        try (ZipFile zip = new ZipFile(Distribution.zip().toFile())) {
            assertThat(Collections.list(zip.entries()).stream().filter(entry -> !entry.isDirectory())
                    .map(entry -> entry.getName())).containsExactlyInAnyOrderElementsOf(FILES);
        }
        assertThat(home.resolve("LICENSE")).hasSameBinaryContentAs(REPOSITORY.resolve("LICENSE"));
        assertThat(home.resolve("README.md")).hasSameBinaryContentAs(REPOSITORY.resolve("README.md"));
        assertThat(Files.readString(home.resolve("LICENSE"))).contains("Apache License", "Version 2.0, January 2004");
        assertThat(Files.isExecutable(home.resolve("bin/assistconf"))).isTrue();
        assertThat(Files.readString(home.resolve("bin/assistconf.cmd"))).contains("\r\n").doesNotContain("\n\n");
    }

    @Test
    void versionNamesTheVersionAndTheCommitTheJarWasBuiltFrom() throws Exception {
        Run version = run(REPOSITORY, launcher(), "--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).isEqualTo("assistconf " + VERSION + " (commit "
                + Distribution.commitOf(home.resolve("lib/assistconf.jar")) + ")\n");
        assertThat(version.err()).isEmpty();
    }

    @Test
    void lintOfTheExamplesExitsZeroWithItsWarningsAndTheArchiveLandsBesideTheJar() throws Exception {
        Run lint = run(REPOSITORY, launcher(), "lint", "examples");
        assertThat(lint.exit()).as(lint.out() + lint.err()).isZero();
        Matcher summary = summary(lint.out());
        assertThat(summary.group(1)).isEqualTo("0");
        assertThat(Integer.parseInt(summary.group(2))).isPositive();
        assertThat(lint.err()).isEmpty();
        assertThat(home.resolve("lib/assistconf.jsa")).isNotEmptyFile();
    }

    @Test
    void lintOfTheBrokenExamplesExitsOneNamingTheirErrors() throws Exception {
        Run lint = run(REPOSITORY, launcher(), "lint", "examples/broken");
        assertThat(lint.exit()).as(lint.out() + lint.err()).isEqualTo(1);
        assertThat(Integer.parseInt(summary(lint.out()).group(1))).isPositive();
        assertThat(lint.out()).contains("examples/broken/parse-error.json:");
    }

    @Test
    void theJarRunAloneWritesNothingOnStderrNoLoggingWarningAmongIt() throws Exception {
        for (List<String> arguments : List.of(List.of("--version"), List.of("lint", "examples"))) {
            List<String> command = new java.util.ArrayList<>(List.of(java(), "-jar",
                    home.resolve("lib/assistconf.jar").toString()));
            command.addAll(arguments);
            Run run = run(REPOSITORY, command.toArray(String[]::new));
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.err()).as("stderr of %s", arguments).isEmpty();
        }
    }

    @Test
    void theWindowsLauncherFindsTheSameJarsAndPassesTheSameJvmFlags() throws IOException {
        String shell = Files.readString(home.resolve("bin/assistconf"), StandardCharsets.UTF_8);
        String windows = Files.readString(home.resolve("bin/assistconf.cmd"), StandardCharsets.UTF_8);
        assertThat(jvmFlags(windows)).isNotEmpty().isEqualTo(jvmFlags(shell));
        assertThat(shell).contains("lib/assistconf.jar", "cli/target/assistconf.jar", "ASSISTCONF_JAR", ".jsa");
        assertThat(windows).contains("lib\\assistconf.jar", "cli\\target\\assistconf.jar", "ASSISTCONF_JAR", ".jsa");
    }

    /** Each -X option with its literal value; a value given by a variable counts as the option alone. */
    private static Set<String> jvmFlags(String launcher) {
        Matcher flag = Pattern.compile("(?<![\\w-])-X[\\w:+.-]+(=[\\w.]+)?").matcher(launcher);
        Set<String> flags = new TreeSet<>();
        while (flag.find()) {
            flags.add(flag.group());
        }
        return flags;
    }

    private static Matcher summary(String report) {
        Matcher summary = SUMMARY.matcher(report);
        assertThat(summary.find()).as("a summary line in:%n%s", report).isTrue();
        return summary;
    }

    private static String launcher() {
        return home.resolve("bin/assistconf").toString();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
