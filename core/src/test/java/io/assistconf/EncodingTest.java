package io.assistconf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Text that is not what it claims is refused, never decoded silently; columns count characters. */
class EncodingTest {

    /** {"name": "a<bytes>"} */
    private static byte[] nameWith(int... bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("{\"name\": \"a".getBytes(StandardCharsets.US_ASCII));
        for (int b : bytes) {
            out.write(b);
        }
        out.writeBytes("\"}".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    static Stream<Arguments> malformedUtf8() {
        return Stream.of(
                Arguments.of("overlong '/'", new int[] {0xC0, 0xAF}),
                Arguments.of("overlong three-byte '/'", new int[] {0xE0, 0x80, 0xAF}),
                Arguments.of("overlong NUL", new int[] {0xC0, 0x80}),
                Arguments.of("past U+10FFFF", new int[] {0xF4, 0x90, 0x80, 0x80}),
                Arguments.of("encoded surrogate", new int[] {0xED, 0xA0, 0x80}),
                Arguments.of("lone continuation byte", new int[] {0x80}),
                Arguments.of("truncated sequence", new int[] {0xE2, 0x82}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedUtf8")
    void malformedUtf8IsALocatedEncodingError(String name, int[] bytes) {
        for (TextFormat format : TextFormat.values()) {
            Result result = Checks.LENIENT.check(Variant.FREDDY, Kind.CREATE, Input.of(nameWith(bytes), format));
            assertThat(Checks.codes(result)).as(format.name()).containsExactly("invalid_encoding");
            Violation violation = result.violations().get(0);
            assertThat(violation.line()).isEqualTo(1);
            assertThat(violation.column()).as("at the first byte of the bad sequence").isEqualTo(12);
            assertThat(result.canonical()).isEmpty();
        }
    }

    @Test
    void anUnpairedSurrogateEscapeIsRefused() {
        for (String escape : List.of("\\ud800", "\\udc00", "\\ud800\\u0041", "\\udbff\\ud800")) {
            Result result = Checks.freddy(Kind.CREATE, "{\"name\": \"x" + escape + "y\"}");
            assertThat(Checks.codes(result)).as(escape).containsExactly("invalid_encoding");
            assertThat(result.violations().get(0).column()).as(escape).isEqualTo(12);
        }
    }

    @Test
    void aSurrogatePairAndAnEscapedBackslashPass() {
        Result pair = Checks.freddy(Kind.CREATE, "{\"name\": \"x\\ud83d\\ude00y\", \"instructions\": \"i\", \"organization_id\": \"org_1\"}");
        assertThat(pair.valid()).isTrue();
        assertThat(Checks.canonical(pair).get("name").asString()).isEqualTo("x\uD83D\uDE00y");
        Result literal = Checks.freddy(Kind.CREATE, "{\"name\": \"x\\\\ud800y\", \"instructions\": \"i\", \"organization_id\": \"org_1\"}");
        assertThat(literal.valid()).isTrue();
        assertThat(Checks.canonical(literal).get("name").asString()).isEqualTo("x\\ud800y");
    }

    @Test
    void anUnpairedSurrogateEscapeInAYamlValueIsRefusedAtTheScalar() {
        for (String escape : List.of("\\ud800", "\\udc00", "\\ud800\\u0041", "\\U0000D800")) {
            Result result = Checks.LENIENT.check(Variant.FREDDY, Kind.CREATE,
                    Input.yaml("description: ok\nname: \"x" + escape + "y\"\n"));
            assertThat(Checks.codes(result)).as(escape).containsExactly("invalid_encoding");
            Violation violation = result.violations().get(0);
            assertThat(violation.line()).as(escape).isEqualTo(2);
            assertThat(violation.column()).as(escape).isEqualTo(7);
            assertThat(result.canonical()).isEmpty();
        }
    }

    @Test
    void anUnpairedSurrogateEscapeInAYamlKeyIsRefused() {
        Result result = Checks.LENIENT.check(Variant.FREDDY, Kind.CREATE, Input.yaml("name: x\n\"k\\udc00\": 1\n"));
        assertThat(Checks.codes(result)).containsExactly("invalid_encoding");
        assertThat(result.violations().get(0).line()).isEqualTo(2);
        assertThat(result.violations().get(0).column()).isEqualTo(1);
    }

    @Test
    void aSurrogatePairInYamlAndAnUnpairedOneOutsideDoubleQuotesPass() {
        Result pair = Checks.LENIENT.check(Variant.FREDDY, Kind.UPDATE, Input.yaml("name: \"x\\ud83d\\ude00y\"\n"));
        assertThat(pair.valid()).as("%s", pair.violations()).isTrue();
        assertThat(Checks.canonical(pair).get("name").asString()).isEqualTo("x\uD83D\uDE00y");
        Result single = Checks.LENIENT.check(Variant.FREDDY, Kind.UPDATE, Input.yaml("name: 'x\\ud800y'\n"));
        assertThat(Checks.canonical(single).get("name").asString()).isEqualTo("x\\ud800y");
    }

    @Test
    void anUnpairedSurrogateInACallersTreeIsRefusedAtItsPointer() {
        Result result = Checks.LENIENT.check(Variant.FREDDY, Kind.CREATE,
                Input.of(Map.of("name", "x\uD800y")));
        assertThat(Checks.codes(result)).containsExactly("invalid_encoding");
        assertThat(result.violations().get(0).pointer()).isEqualTo("/name");
    }

    @Test
    void jsonColumnsCountCharactersNotBytes() {
        String text = "{\"name\": \"\u00e9\u00e9\u00e9\u00e9\u00e9\", \"temperature\": \"x\"}";
        Result json = Checks.freddy(Kind.CREATE, text);
        Result yaml = Checks.LENIENT.check(Variant.FREDDY, Kind.CREATE, Input.yaml(text));
        assertThat(Checks.only(json, "invalid_type").column()).isEqualTo(text.indexOf("\"temperature\"") + 1);
        assertThat(Checks.only(yaml, "invalid_type").column()).isEqualTo(Checks.only(json, "invalid_type").column());
    }

    @Test
    void parseErrorsAndDuplicateKeysAreLocatedInCharacters() {
        Result duplicate = Checks.freddy(Kind.CREATE, "{\"name\": \"\u00e9\u00e9\", \"name\": \"b\"}");
        assertThat(Checks.only(duplicate, "duplicate_key").column()).isEqualTo(16);
        Result broken = Checks.freddy(Kind.CREATE, "{\"name\": \"\u00e9\u00e9\" \"x\": 1}");
        assertThat(Checks.only(broken, "parse_error").column()).isEqualTo(15);
    }
}
