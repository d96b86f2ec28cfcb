package io.assistconf.cli.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.cli.lint.Lint.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The repository's {@code examples/}: lint passes it clean, and every report {@code examples/README.md} shows in a
 * {@code console} block is what the command it names prints (elapsed times aside), so the page cannot drift.
 */
class ExamplesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path EXAMPLES = ROOT.resolve("examples");
    private static final Pattern CONSOLE = Pattern.compile("```console\\n\\$ (java -jar \\S+ lint[^\\n]*)\\n(.*?)```",
            Pattern.DOTALL);

    @Test
    void theExamplesLintCleanWithTheirWarningsAndPackageJsonSkipped() {
        Run run = Lint.run(ROOT, "examples");
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.summary()).matches("\\d+ files in \\d+\\.\\d\\d s: \\d+ checked, 1 skipped; 0 errors, 3 warnings");
        assertThat(run.lines()).contains("examples/package.json: skipped: not an assistant config")
                .filteredOn(line -> line.contains(": warning ")).allMatch(line -> line.contains(" legacy_value: "));
        assertThat(run.lines()).filteredOn(line -> line.startsWith("examples/broken")).isEmpty();
    }

    @Test
    void theBrokenConfigsFailWithOneFindingOfEachMistake() {
        Run run = Lint.run(EXAMPLES, "broken");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).filteredOn(line -> line.matches("broken/\\S+:\\d+:\\d+: .*"))
                .extracting(line -> line.replaceFirst(": (error|warning) (\\w+): .*", " $2")).containsExactly(
                        "broken/duplicate-key.json:8:3 duplicate_key",
                        "broken/missing-name-body.json:1:1 missing_required",
                        "broken/parse-error.json:4:3 parse_error",
                        "broken/typo-body.yaml:4:1 unknown_property",
                        "broken/wrong-type-body.yaml:5:1 invalid_type",
                        "broken/triage-copy.yaml:2:1 duplicate_id",
                        "broken/triage-copy.yaml:8:1 duplicate_default",
                        "broken/triage.json:2:3 duplicate_id",
                        "broken/triage.json:8:3 duplicate_default");
    }

    @Test
    void everyReportTheReadmeShowsIsWhatTheCommandPrints() throws IOException {
        Matcher block = CONSOLE.matcher(Files.readString(EXAMPLES.resolve("README.md")));
        List<String> commands = new ArrayList<>();
        while (block.find()) {
            String[] words = block.group(1).split(" ");
            Path folder = words[2].startsWith("../") ? EXAMPLES : ROOT;
            Run run = Lint.run(folder, Arrays.copyOfRange(words, 4, words.length));
            assertThat(run.err()).isEmpty();
            assertThat(timeless(run.out())).as(block.group(1)).isEqualTo(timeless(block.group(2)));
            commands.add(block.group(1));
        }
        assertThat(commands).containsExactly("java -jar cli/target/assistconf.jar lint examples",
                "java -jar ../cli/target/assistconf.jar lint broken",
                "java -jar ../cli/target/assistconf.jar lint --format github broken",
                "java -jar ../cli/target/assistconf.jar lint --format junit broken");
    }

    /** The report with its elapsed times blanked and its line ends as the page has them. */
    private static String timeless(String report) {
        return report.replace(System.lineSeparator(), "\n").replaceAll("in \\d+\\.\\d\\d s:", "in _ s:")
                .replaceAll("time=\"[0-9.]+\"", "time=\"_\"");
    }
}
