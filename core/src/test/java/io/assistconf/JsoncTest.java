package io.assistconf;

import static io.assistconf.Checks.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON with comments is read where the input says so: a {@code .jsonc} file, or the JSONC format given. */
class JsoncTest {

    private static final String COMMENTED = """
            // a Burki assistant
            {
              /* its name,
                 shown to callers */
              "name": "Front desk", // trailing
              "tts_settings": {"stability": 5} /* out of range */
            }
            // the end""";

    @Test
    void commentsAreWhiteSpaceAndPositionsStayRight() {
        byte[] text = COMMENTED.getBytes(StandardCharsets.UTF_8);
        for (Input input : List.of(Input.of(text, TextFormat.JSONC),
                Input.of(new ByteArrayInputStream(text), TextFormat.JSONC))) {
            Result given = Checks.LENIENT.check(Variant.BURKI, Kind.CREATE, input);
            Violation range = only(given, "out_of_range");
            assertThat(List.of(range.line(), range.column())).containsExactly(6, 20);
            assertThat(given.violations()).hasSize(1);
        }
        Result detected = Checks.LENIENT.check(Input.of(text, TextFormat.JSONC));
        assertThat(detected.variant()).contains(Variant.BURKI);
        assertThat(detected.violations()).isEqualTo(
                Checks.LENIENT.check(Variant.BURKI, Kind.CREATE, Input.of(text, TextFormat.JSONC)).violations());
        assertThat(detected.locate("/name")).contains(new Location(5, 3));
    }

    @Test
    void aJsoncFileIsJsoncAndAJsonFileMayBeDeclaredOne(@TempDir Path dir) throws Exception {
        Path jsonc = Files.writeString(dir.resolve("front.jsonc"), COMMENTED);
        Path json = Files.writeString(dir.resolve("front.json"), COMMENTED);
        assertThat(Checks.codes(Checks.LENIENT.check(Variant.BURKI, Kind.CREATE, Input.of(jsonc))))
                .containsExactly("out_of_range");
        assertThat(Checks.codes(Checks.LENIENT.check(Variant.BURKI, Kind.CREATE, Input.of(json, TextFormat.JSONC))))
                .containsExactly("out_of_range");
        Violation refused = only(Checks.LENIENT.check(Variant.BURKI, Kind.CREATE, Input.of(json)), "parse_error");
        assertThat(refused.message()).startsWith("a comment, which JSON does not allow");
        assertThat(List.of(refused.line(), refused.column())).containsExactly(1, 1);
    }

    @Test
    void aDocumentOfCommentsOnlyIsEmpty() {
        Result result = Checks.LENIENT.check(Variant.BURKI, Kind.CREATE,
                Input.of("// nothing\n/* at all */".getBytes(StandardCharsets.UTF_8), TextFormat.JSONC));
        assertThat(Checks.codes(result)).containsExactly("empty_document");
    }
}
