package io.assistconf.cli;

import static io.assistconf.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.cli.Cli.Run;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Help, usage errors, the exit status and the last-resort error handling. */
class CommandLineTest {

    /** Run from classes there is no manifest version; the commit is the build's (BuildCommitTest). */
    private static final String VERSION_FROM_CLASSES =
            "assistconf dev (commit " + BuildCommit.current() + ")" + System.lineSeparator();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h"})
    void helpListsTheCommandsOnStdoutWithExitZero(String option) {
        Run run = run(option);
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Usage: assistconf [-hV] COMMAND").contains("validate", "normalize",
                "Exit status:");
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "normalize"})
    void eachCommandHasItsOwnHelp(String command) {
        for (String option : new String[] {"--help", "-h"}) {
            Run run = run(command, option);
            assertThat(run.exit()).as(command + " " + option).isZero();
            assertThat(run.out()).startsWith("Usage: assistconf " + command + " ").contains("--variant", "--kind",
                    "list-query", "--strict", "--catalogue", "--query", "FILE", "--version", "Exit status:");
            assertThat(run.err()).isEmpty();
        }
        assertThat(run(command, "--help").out().contains("--format")).isEqualTo(command.equals("validate"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "normalize", "explain", "lint", "schema"})
    void everyCommandIsListedAndHasHelpAndVersion(String command) {
        assertThat(run("--help").out()).containsPattern("(?m)^  " + command + " +\\S");
        Run help = run(command, "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.err()).isEmpty();
        assertThat(help.out()).startsWith("Usage: assistconf " + command + " ").contains("-h, --help", "-V, --version",
                "Exit status:");
        Run version = run(command, "--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).isEqualTo(VERSION_FROM_CLASSES);
    }

    @Test
    void theTopHelpListsEachCommandOnce() {
        assertThat(run("--help").out().lines().filter(line -> line.matches("  [a-z]+ +\\S.*")).map(String::strip)
                .map(line -> line.split(" ")[0])).containsExactly("validate", "normalize", "explain", "lint", "schema");
    }

    @Test
    void helpWinsOverAMistakeOnTheSameLine() {
        Run run = run("normalize", "--variant", "x", "-h");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Usage: assistconf normalize ");
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"--version", "-V", "validate --version", "normalize -V"})
    void versionIsDevOutsideTheJar(String line) {
        Run run = run(line.split(" "));
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo(VERSION_FROM_CLASSES);
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                                          | Missing required subcommand
            check --variant freddy a.json                               | Unmatched arguments from index 0: 'check'
            --variant freddy validate a.json                            | Unknown options: '--variant', 'freddy'
            validate --variant cogsol --kind list-query a.json          | cogsol has no kind 'list-query'; use one of object, create, update, error
            validate --variant acme a.json                              | unknown variant 'acme'; use one of freddy, cogsol, burki
            validate --variant                                          | Missing required parameter for option '--variant'
            validate --variant freddy --kind thing a.json               | unknown kind 'thing'; use one of object,
            validate --variant freddy --format xml a.json               | unknown format 'xml'; use one of text, json
            validate --variant freddy --verbose a.json                  | Unknown option: '--verbose'
            validate --variant freddy --strict=yes a.json               | option '--strict' should be specified without 'yes' parameter
            validate --variant freddy --strict=false a.json             | option '--strict' should be specified without 'false' parameter
            validate --variant freddy --variant freddy a.json           | option '--variant' (VARIANT) should be specified only once
            validate --variant freddy                                   | no FILE given
            validate --variant freddy --kind object --query limit=1     | --query checks list-query parameters
            validate --variant freddy --query limit=1 a.json            | give either --query or FILE, not both
            normalize --variant freddy a.json b.json                    | Unmatched argument at index 4: 'b.json'
            normalize --variant freddy --format json a.json             | Unknown options: '--format'
            """)
    void usageErrorsExitTwoWithAShortMessageOnStderr(String line, String message) {
        String[] args = line.isBlank() ? new String[0] : line.trim().split(" +");
        Run run = run(args);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("assistconf: ").contains(message).doesNotContain("Usage:")
                .endsWith(" --help' for more information." + System.lineSeparator());
    }

    @Test
    void anEmptyFileArgumentIsAUsageErrorNotTheCurrentDirectory() {
        for (String[] args : new String[][] {{"validate", ""}, {"validate", "", "a.json"}, {"validate", "a.json", ""},
                {"normalize", ""}}) {
            Run run = run(args);
            assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).startsWith("assistconf: a FILE argument is empty").contains("--help");
        }
    }

    @Test
    void theHintNamesTheCommandThatWasMisused() {
        assertThat(run("normalize", "--bogus").err()).contains("Try 'assistconf normalize --help'");
        assertThat(run("bogus").err()).contains("Try 'assistconf --help'");
    }

    @Test
    void aMistypedNameGetsASuggestion() {
        assertThat(run("valdate", "a.json").err()).contains("Did you mean: assistconf validate");
        assertThat(run("validate", "--varient", "freddy", "a.json").err()).contains("Possible solutions: --variant");
    }

    @Test
    void optionsMayFollowFilesAndTakeEqualsValues() {
        Path file = Cli.write(dir.resolve("a.json"), Cli.VALID_OBJECT);
        Run run = run("validate", file.toString(), "--variant=freddy", "--format=json", "--kind", "object");
        assertThat(run.exit()).isZero();
        assertThat(run.json().path("files").get(0).path("valid").asBoolean()).isTrue();
    }

    @Test
    void doubleDashEndsTheOptions() {
        Path file = Cli.write(dir.resolve("--strict.json"), Cli.objectWith("temperature", "3"));
        Run run = run("validate", "--variant", "freddy", "--", file.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("--strict.json:" + Cli.TEMPERATURE_LINE + ":3: error out_of_range: ");
    }

    @Test
    void anAtSignIsPartOfTheFileNameNotAnArgumentFile() {
        Path valid = Cli.write(dir.resolve("valid.json"), Cli.VALID_OBJECT);
        Path arguments = Cli.write(dir.resolve("arguments"), valid.toString());
        Run run = run("validate", "--variant", "freddy", "@" + arguments);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).startsWith("@" + arguments + ": error unreadable_input: ");
    }

    @Test
    void exitZeroWhenEveryFileIsValidEvenWithWarnings() {
        Path clean = Cli.write(dir.resolve("clean.json"), Cli.VALID_OBJECT);
        Path warned = Cli.write(dir.resolve("warned.json"), Cli.objectWith("name", "\"Test\",\n  \"colour\": \"blue\""));
        Run run = run("validate", "--variant", "freddy", clean.toString(), warned.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains(warned + ":8:3: warning unknown_property: ")
                .endsWith("2 files checked: 2 valid, 0 invalid (0 errors, 1 warning)" + System.lineSeparator());
    }

    @Test
    void strictTurnsUnknownPropertiesIntoErrors() {
        Path warned = Cli.write(dir.resolve("warned.json"), Cli.objectWith("name", "\"Test\",\n  \"colour\": \"blue\""));
        Run run = run("validate", "--variant", "freddy", "--strict", warned.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains(warned + ":8:3: error unknown_property: ")
                .contains("1 file checked: 0 valid, 1 invalid (1 error, 0 warnings)");
    }

    @Test
    void exitOneWhenAnyFileIsInvalid() {
        Path valid = Cli.write(dir.resolve("valid.json"), Cli.VALID_OBJECT);
        Path invalid = Cli.write(dir.resolve("invalid.json"), Cli.objectWith("temperature", "3"));
        Run run = run("validate", "--variant", "freddy", valid.toString(), invalid.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).doesNotContain(valid.toString())
                .contains("2 files checked: 1 valid, 1 invalid (1 error, 0 warnings)");
    }

    @Test
    void anUnreadableFileExitsTwoButTheOthersAreStillChecked() {
        Path invalid = Cli.write(dir.resolve("invalid.json"), Cli.objectWith("temperature", "3"));
        Path missing = dir.resolve("missing.json");
        Path valid = Cli.write(dir.resolve("valid.json"), Cli.VALID_OBJECT);
        Run run = run("validate", "--variant", "freddy", invalid.toString(), missing.toString(), valid.toString());
        assertThat(run.exit()).as("2 wins over 1").isEqualTo(2);
        assertThat(run.out()).contains(invalid + ":" + Cli.TEMPERATURE_LINE + ":3: error out_of_range: ")
                .contains(missing + ": error unreadable_input: ")
                .contains("3 files checked: 1 valid, 2 invalid (2 errors, 0 warnings)");
    }

    @Test
    void anUnexpectedExceptionIsOneLineWithoutStackTrace() {
        Path file = Cli.write(dir.resolve("a.json"), Cli.VALID_OBJECT);
        PrintStream failing = new PrintStream(OutputStream.nullOutputStream()) {
            @Override
            public void println(String line) {
                throw new IllegalStateException("boom");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"validate", "--variant", "freddy", file.toString()}, failing,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("assistconf: internal error: java.lang.IllegalStateException" + System.lineSeparator());
    }
}
