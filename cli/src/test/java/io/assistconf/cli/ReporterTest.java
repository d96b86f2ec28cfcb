package io.assistconf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.Result;
import io.assistconf.Variant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code validate} hands its reporter every input of the run at once, each with the library's full result. */
class ReporterTest {

    /** A reporter that keeps what it is given, as one that looks across files would. */
    private static final class Collecting implements Reporter {
        final List<List<CheckedInput>> calls = new ArrayList<>();

        @Override
        public void report(List<CheckedInput> checked) {
            calls.add(checked);
        }
    }

    @TempDir
    Path dir;

    private final Collecting reporter = new Collecting();
    private final List<OutputFormat> formats = new ArrayList<>();

    private int validate(String... args) {
        return new CommandLine(new ValidateCommand(format -> {
            formats.add(format);
            return reporter;
        })).execute(args);
    }

    @Test
    void theReporterGetsEveryFileWithItsResultInOneCall() throws Exception {
        Path valid = Cli.write(dir.resolve("a/valid.json"), Cli.VALID_OBJECT);
        Path invalid = Cli.write(dir.resolve("a/invalid.json"), Cli.objectWith("temperature", "3"));
        Path burki = Cli.write(dir.resolve("burki.yaml"),
                "$schema: https://assistconf.io/schemas/burki/create.json\nname: Front desk\n");
        Path unlistable = Files.createDirectories(dir.resolve("empty"));

        int exit = validate("--format", "json", dir.resolve("a").toString(), burki.toString(), unlistable.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(formats).containsExactly(OutputFormat.JSON);
        assertThat(reporter.calls).singleElement().satisfies(checked -> {
            assertThat(checked).extracting(CheckedInput::name).containsExactly(invalid.toString(), valid.toString(),
                    burki.toString(), unlistable.toString());
            assertThat(checked.get(0).result()).get().extracting(Result::valid).isEqualTo(false);
            assertThat(checked.get(1).result()).get().satisfies(result -> {
                assertThat(result.valid()).isTrue();
                assertThat(result.variant()).contains(Variant.FREDDY);
            });
            assertThat(checked.get(2).result()).get().satisfies(result -> {
                assertThat(result.variant()).contains(Variant.BURKI);
                assertThat(result.canonical()).get().satisfies(
                        canonical -> assertThat(canonical.at("/tts_settings/voice_id").asString()).isEqualTo("rachel"));
            });
            assertThat(checked.get(3).result()).as("never reached the library").isEmpty();
            assertThat(checked.get(3).violations()).singleElement()
                    .satisfies(violation -> assertThat(violation.code()).isEqualTo("unreadable_input"));
        });
    }

    @Test
    void aQueryIsOneInputNamedQuery() {
        int exit = validate("--variant", "freddy", "--query", "limit=10");
        assertThat(exit).isZero();
        assertThat(formats).containsExactly(OutputFormat.TEXT);
        assertThat(reporter.calls).singleElement().satisfies(checked -> assertThat(checked).singleElement()
                .satisfies(query -> {
                    assertThat(query.name()).isEqualTo(CheckedInput.QUERY_NAME);
                    assertThat(query.query()).isTrue();
                    assertThat(query.result()).get().extracting(Result::valid).isEqualTo(true);
                }));
    }
}
