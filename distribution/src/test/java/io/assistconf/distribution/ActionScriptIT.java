package io.assistconf.distribution;

import static io.assistconf.distribution.Distribution.REPOSITORY;
import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.distribution.Command.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The GitHub action's script, {@code .github/action/run.sh}, installing this build's archive (a file:// URL or a
 * path, no network) and linting the repository's examples with a SARIF report, as action.yml runs it.
 */
class ActionScriptIT {

    private static final Path SCRIPT = REPOSITORY.resolve(".github/action/run.sh");

    @Test
    void installsFromAFileUrlAndWritesTheSarifReportOfACleanRepository() throws Exception {
        Path work = Distribution.freshFolder("action-clean");
        Path outputs = work.resolve("github-output");
        Run run = action(work, Map.of("ASSISTCONF_ARCHIVE", Distribution.tarGz().toUri().toString(),
                "ASSISTCONF_PATHS", "examples", "GITHUB_OUTPUT", outputs.toString()));
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("assistconf action: assistconf " + Distribution.VERSION + " (commit ",
                "; 0 errors, ");
        JsonNode sarif = JsonMapper.shared().readTree(work.resolve("report.sarif").toFile());
        assertThat(sarif.get("version").asString()).isEqualTo("2.1.0");
        JsonNode sarifRun = sarif.get("runs").get(0);
        assertThat(sarifRun.get("tool").get("driver").get("name").asString()).isEqualTo("assistconf");
        assertThat(levels(sarifRun)).isNotEmpty().containsOnly("warning");
        assertThat(Files.readString(outputs)).isEqualTo("report=" + work.resolve("report.sarif") + "\nexit-code=0\n");
    }

    @Test
    void failsOnTheErrorsOfTheBrokenExamplesAndStillWritesTheReport() throws Exception {
        Path work = Distribution.freshFolder("action-broken");
        Run run = action(work, Map.of("ASSISTCONF_ARCHIVE", Distribution.tarGz().toString(),
                "ASSISTCONF_PATHS", "examples/broken"));
        assertThat(run.exit()).isEqualTo(1);
        JsonNode sarifRun = JsonMapper.shared().readTree(work.resolve("report.sarif").toFile()).get("runs").get(0);
        assertThat(levels(sarifRun)).contains("error");
    }

    @Test
    void failOnDecidesWhatFailsTheStep() throws Exception {
        Path work = Distribution.freshFolder("action-fail-on");
        String archive = Distribution.tarGz().toString();
        assertThat(action(work, Map.of("ASSISTCONF_ARCHIVE", archive, "ASSISTCONF_PATHS", "examples",
                "ASSISTCONF_FAIL_ON", "warning")).exit()).as("warnings with fail-on: warning").isEqualTo(1);
        Path outputs = work.resolve("github-output");
        Run never = action(work, Map.of("ASSISTCONF_ARCHIVE", archive, "ASSISTCONF_PATHS", "examples/broken",
                "ASSISTCONF_FAIL_ON", "never", "GITHUB_OUTPUT", outputs.toString()));
        assertThat(never.exit()).as("errors with fail-on: never").isZero();
        assertThat(Files.readString(outputs)).endsWith("exit-code=1\n");
        Run typo = action(work, Map.of("ASSISTCONF_ARCHIVE", archive, "ASSISTCONF_FAIL_ON", "warnings"));
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err()).isEqualTo("assistconf action: fail-on must be error, warning or never, not"
                + " 'warnings'\n");
    }

    @Test
    void withoutAnArchiveToInstallItSaysWhatIsMissing() throws Exception {
        Path work = Distribution.freshFolder("action-missing");
        Run none = action(work, Map.of());
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).isEqualTo("assistconf action: give either archive (a URL or path of"
                + " assistconf-<version>.tar.gz) or version\n");
        Path missing = work.resolve("assistconf-0.0.0.tar.gz");
        Run absent = action(work, Map.of("ASSISTCONF_ARCHIVE", missing.toUri().toString()));
        assertThat(absent.exit()).isEqualTo(2);
        assertThat(absent.err()).isEqualTo("assistconf action: no archive at " + missing.toUri() + "\n");
    }

    /** The script run from the repository's root, as a workflow runs it in its checkout. */
    private static Run action(Path work, Map<String, String> inputs) throws Exception {
        Map<String, String> environment = new HashMap<>(Map.of("ASSISTCONF_HOME", work.resolve("home").toString(),
                "ASSISTCONF_OUTPUT", work.resolve("report.sarif").toString(), "ASSISTCONF_VERSION", "",
                "ASSISTCONF_ARCHIVE", "", "GITHUB_OUTPUT", ""));
        environment.putAll(inputs);
        return Command.run(REPOSITORY, environment, "bash", SCRIPT.toString());
    }

    private static Iterable<String> levels(JsonNode sarifRun) {
        return StreamSupport.stream(sarifRun.get("results").spliterator(), false)
                .map(result -> result.get("level").asString()).toList();
    }
}
