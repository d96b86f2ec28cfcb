package io.assistconf.cli;

import static io.assistconf.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.cli.Cli.Run;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Hostile and broken files end in a clear one-line report and exit 1 or 2, never in a stack trace, in
 * both report formats and in {@code normalize}.
 */
class BadInputTest {

    @TempDir
    static Path dir;

    static Stream<Arguments> badFiles() {
        return Stream.of(
                bad("malformed JSON", "broken.json", 1, "parse_error", text("{\"name\": \"x\",, }")),
                bad("unterminated JSON", "cut.json", 1, "parse_error", text("{\"name\": \"x\"")),
                bad("malformed YAML", "broken.yaml", 1, "parse_error", text("name: [unclosed\ntemperature: 1\n")),
                bad("YAML with a tab indent", "tab.yml", 1, "parse_error", text("name: x\n\t temperature: 1\n")),
                bad("empty file", "empty.json", 1, "empty_document", text("")),
                bad("blank YAML file", "blank.yaml", 1, "empty_document", text("  \n\n")),
                bad("top-level array", "array.json", 1, "not_an_object", text("[{\"name\": \"x\"}]")),
                bad("top-level scalar", "scalar.json", 1, "not_an_object", text("42")),
                bad("top-level YAML string", "scalar.yaml", 1, "not_an_object", text("just a sentence\n")),
                bad("nesting 100,000 deep", "deep.json", 1, "limit_exceeded",
                        text("{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000))),
                bad("YAML nesting 100,000 deep", "deep.yaml", 1, "limit_exceeded",
                        text("[".repeat(100_000) + "]".repeat(100_000))),
                bad("a 50 MB file", "huge.json", 1, "limit_exceeded", BadInputTest::fiftyMegabytes),
                bad("a 2,000-digit number", "number.json", 1, "limit_exceeded",
                        text(Cli.objectWith("temperature", "1" + "0".repeat(1_999)))),
                bad("duplicate keys", "duplicate.json", 1, "duplicate_key",
                        text("{\"name\": \"a\",\n \"name\": \"b\"}")),
                bad("duplicate YAML keys", "duplicate.yaml", 1, "duplicate_key", text("name: a\nname: b\n")),
                bad("invalid UTF-8", "latin1.json", 1, "invalid_encoding", BadInputTest::latin1),
                bad("a missing file", "missing.json", 2, "unreadable_input", file -> file));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void validateTextReportsItClearly(String label, Path file, int exit, String code) {
        Run run = run("validate", "--variant", "freddy", file.toString());
        assertThat(run.exit()).isEqualTo(exit);
        assertThat(run.out()).contains(file + ":").contains(" error " + code + ": ")
                .contains("1 file checked: 0 valid, 1 invalid");
        assertNoStackTrace(run);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void validateJsonReportsItClearly(String label, Path file, int exit, String code) {
        Run run = run("validate", "--variant", "freddy", "--format", "json", file.toString());
        assertThat(run.exit()).isEqualTo(exit);
        JsonNode report = run.json().get("files").get(0);
        assertThat(report.get("valid").asBoolean()).isFalse();
        // A repeated key does not end the check: the other findings of the file are listed beside it.
        assertThat(report.get("violations").valueStream().map(v -> v.get("code").asString())).contains(code);
        assertNoStackTrace(run);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void normalizeReportsItClearly(String label, Path file, int exit, String code) {
        Run run = run("normalize", "--variant", "freddy", file.toString());
        assertThat(run.exit()).isEqualTo(exit);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(" error " + code + ": ");
        assertNoStackTrace(run);
    }

    private static void assertNoStackTrace(Run run) {
        assertThat(run.all()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("internal error");
    }

    private static Arguments bad(String label, String name, int exit, String code, Function<Path, Path> maker) {
        return Arguments.of(label, maker.apply(dir.resolve(name)), exit, code);
    }

    private static Function<Path, Path> text(String content) {
        return file -> Cli.write(file, content);
    }

    private static Path latin1(Path file) {
        try {
            return Files.write(file, "{\"name\": \"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path fiftyMegabytes(Path file) {
        byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("{\"instructions\": \"".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
            out.write("\"}".getBytes(StandardCharsets.US_ASCII));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
