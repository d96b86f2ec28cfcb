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

/** Help, usage errors, the exit status and the last-resort error handling. */
class CommandLineTest {

    @TempDir
    Path dir;

    @Test
    void helpGoesToStdoutWithExitZero() {
        for (String[] args : new String[][] {{"--help"}, {"-h"}, {"validate", "--help"}, {"normalize", "--variant", "x", "-h"}}) {
            Run run = run(args);
            assertThat(run.exit()).as(String.join(" ", args)).isZero();
            assertThat(run.out()).startsWith("Usage:").contains("validate", "normalize", "--variant", "--query",
                    "list-query");
            assertThat(run.err()).isEmpty();
        }
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                                          | no command given
            check --variant freddy a.json                               | unknown command 'check'
            --variant freddy validate a.json                            | the command (validate or normalize) must come first
            validate --variant cogsol --kind list-query a.json          | cogsol has no kind 'list-query'
            validate --variant acme a.json                              | unknown variant 'acme'
            validate --variant                                          | --variant needs a value
            validate --variant freddy --kind thing a.json               | unknown kind 'thing'
            validate --variant freddy --format xml a.json               | unknown format 'xml'
            validate --variant freddy --verbose a.json                  | unknown option '--verbose'
            validate --variant freddy --strict=yes a.json               | --strict takes no value
            validate --variant freddy --variant freddy a.json           | --variant is given more than once
            validate --variant freddy                                   | no FILE given
            validate --variant freddy --kind object --query limit=1     | --query checks list-query parameters
            validate --variant freddy --query limit=1 a.json            | give either --query or FILE, not both
            normalize --variant freddy a.json b.json                    | normalize takes one FILE, found 2
            normalize --variant freddy --format json a.json             | --format applies to validate only
            """)
    void usageErrorsExitTwoWithMessageAndUsageOnStderr(String line, String message) {
        String[] args = line.isBlank() ? new String[0] : line.trim().split(" +");
        Run run = run(args);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("assistconf: ").contains(message).contains("Usage:");
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
