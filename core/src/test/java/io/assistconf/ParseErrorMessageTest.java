package io.assistconf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A parse error says what was expected where, in assistconf's words, located at the fault: never the
 * parser's own message, never the input's text. Each input carries {@code SECRET} near its fault, which no
 * message may show.
 */
class ParseErrorMessageTest {

    private static Violation parseError(String text, TextFormat format) {
        Result result = Checks.LENIENT.check(Variant.BURKI, Kind.CREATE,
                Input.of(text.replace("\\n", "\n").replace("\\t", "\t").getBytes(StandardCharsets.UTF_8), format));
        assertThat(result.violations()).as(result.toString()).hasSize(1);
        Violation violation = result.violations().get(0);
        assertThat(violation.code()).isEqualTo("parse_error");
        assertThat(violation.message()).doesNotContain("SECRET").doesNotContainIgnoringCase("exception");
        return violation;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "a missing comma|{\"name\": \"SECRET\" \"x\": 1}|expected ',' or '}' after a member|1|19",
        "a missing comma in an array|{\"a\": [1 \"SECRET\"]}|expected ',' or ']' after an item|1|10",
        "a missing colon|{\"name\" \"SECRET\"}|expected ':' after a property name|1|9",
        "a missing value|{\"name\": }|expected a value|1|10",
        "an unquoted value|{\"name\": SECRET}|expected a value|1|10",
        "a single-quoted value|{\"name\": 'SECRET'}|expected a value (JSON strings take double quotes)|1|10",
        "an unquoted name|{SECRET: 1}|expected a property name in double quotes|1|2",
        "a trailing comma in an object|{\"name\": \"SECRET\",}|expected a property name after ',' (JSON allows no trailing comma)|1|19",
        "a trailing comma in an array|{\"a\": [\"SECRET\",]}|expected a value after ',' (JSON allows no trailing comma)|1|17",
        "an unterminated string|{\"name\": \"SECRET|unterminated string|1|10",
        "a line break in a string|{\"name\": \"SECRET\\n\"}|unterminated string (a string cannot hold a line break; write \\n)|1|10",
        "a tab in a string|{\"name\": \"SE\\tCRET\"}|a control character in a string must be escaped|1|13",
        "an invalid escape|{\"name\": \"SECRET\\q\"}|an invalid escape in a string (\\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t, \\u)|1|17",
        "a short unicode escape|{\"name\": \"SECRET\\u12\"}|a \\u escape needs four hexadecimal digits|1|17",
        "the end inside an object|{\"name\": \"SECRET\"|unexpected end of input inside an object|1|18",
        "the end inside an array|{\"a\": [\"SECRET\"|unexpected end of input inside an array|1|16",
        "a leading zero|{\"n\": 012}|a number with a leading zero|1|7",
        "a fraction without digits|{\"n\": 1.}|a malformed number (digits must follow the '.')|1|7",
        "NaN|{\"n\": NaN}|expected a value|1|7",
        "a comment in JSON|{\"name\": \"x\" // SECRET\\n}|a comment, which JSON does not allow (JSON with comments is read as JSONC, e.g. a .jsonc file)|1|14",
        "content after the document|{\"name\": \"x\"} SECRET|unexpected content after the end of the JSON document|1|15",
        "a second line|{\\n  \"name\": \"x\"\\n  \"SECRET\": 1\\n}|expected ',' or '}' after a member|3|3",
    })
    void jsonSaysWhatWasExpectedWhere(String name, String text, String message, int line, int column) {
        Violation violation = parseError(text, TextFormat.JSON);
        assertThat(violation.message()).isEqualTo(message);
        assertThat(List.of(violation.line(), violation.column())).containsExactly(line, column);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "an unterminated comment|{\"name\": \"x\" /* SECRET|unterminated comment ('/*' without '*/')|1|14",
        "a slash that starts no comment|{\"name\": \"x\" / SECRET}|expected ',' or '}' after a member|1|14",
    })
    void jsoncSaysWhatWasExpectedWhere(String name, String text, String message, int line, int column) {
        Violation violation = parseError(text, TextFormat.JSONC);
        assertThat(violation.message()).isEqualTo(message);
        assertThat(List.of(violation.line(), violation.column())).containsExactly(line, column);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "a tab indent|name: x\\n\\tSECRET: 1\\n|a tab character, which YAML does not allow for indentation or to start a value|2|1",
        "a colon in a plain value|name: SECRET: x\\n|a ':' where no mapping value can start (quote a value that holds ': ')|1|13",
        "a key without colon|name: x\\nSECRET\\nb: 1\\n|expected ':' after a mapping key|2|1",
        "an unterminated double quote|name: \"SECRET\\n|unterminated quoted string|1|7",
        "an unterminated single quote|name: 'SECRET\\n---\\n|unterminated quoted string|1|7",
        "an unknown escape|name: \"SECRET\\q\"\\n|an unknown escape in a double-quoted string|1|15",
        "a bad indentation|- SECRET\\nname: 1\\n|unexpected content at this indentation (check the indentation of the lines above)|2|1",
        "an unclosed flow sequence|name: [SECRET\\nb: 1\\n|expected ',' or ']' in a flow sequence|2|2",
        "an unclosed flow mapping|name: {a: SECRET\\nb: 1\\n|expected ',' or '}' in a flow mapping|2|2",
        "an undefined tag handle|name: !SECRET!x y\\n|an undefined tag handle|1|7",
        "a list as a key|? [SECRET]\\n: 1\\n|a mapping key that is a list or a mapping; keys of JSON objects are scalars|1|3",
        "a control character|name: SE\u0001CRET\\n|a control character that YAML does not allow|1|9",
    })
    void yamlSaysWhatWasExpectedWhere(String name, String text, String message, int line, int column) {
        Violation violation = parseError(text, TextFormat.YAML);
        assertThat(violation.message()).isEqualTo(message);
        assertThat(List.of(violation.line(), violation.column())).containsExactly(line, column);
    }
}
