package io.assistconf;

import static io.assistconf.Checks.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each document of a YAML stream is checked on its own (variant and kind detected per document), located
 * in the lines of the file, from one parse of the text, within limits that bound the whole stream.
 */
class MultiDocumentTest {

    private static final String STREAM = """
            # three assistants
            name: Front desk
            tts_settings: {stability: 5}
            ---
            ---
            # a stored Freddy assistant, missing most of what one carries
            id: asst_1
            name: Helper
            tool_configurations: {}
            ---
            generation_config: default
            generation_config_pretools: fast
            description: Helps
            system_prompt: You help.
            temperature: 7
            """;

    private static List<Result> documents(String text) {
        return Checks.LENIENT.checkDocuments(null, null, Input.yaml(text));
    }

    @Test
    void eachDocumentHasItsOwnVariantKindAndLines() {
        List<Result> results = documents(STREAM);
        assertThat(results).extracting(r -> r.variant().orElseThrow()).containsExactly(Variant.BURKI,
                Variant.FREDDY, Variant.COGSOL);
        assertThat(results).extracting(Result::kind).containsExactly(Kind.CREATE, Kind.OBJECT, Kind.CREATE);
        assertThat(results).allSatisfy(r -> assertThat(r.kindDecidedBy()).isEqualTo(DecidedBy.CONTENT));
        Violation stability = only(results.get(0), "out_of_range");
        assertThat(List.of(stability.line(), stability.column())).containsExactly(3, 16);
        assertThat(results.get(1).violations()).extracting(Violation::code).contains("missing_required")
                .allMatch(code -> code.equals("missing_required"));
        assertThat(results.get(1).violations()).allSatisfy(v -> assertThat(v.line()).isEqualTo(7));
        Violation temperature = only(results.get(2), "out_of_range");
        assertThat(List.of(temperature.line(), temperature.column())).containsExactly(15, 1);
        assertThat(results.get(2).locate("/description")).contains(new Location(13, 1));
        assertThat(results.get(1).locate("")).contains(new Location(7, 1));
    }

    @Test
    void theGivenVariantAndKindApplyToEachDocument() {
        List<Result> results = Checks.LENIENT.checkDocuments(Variant.BURKI, Kind.UPDATE,
                Input.yaml("name: a\n---\nname: 5\n"));
        assertThat(results).extracting(Result::kindDecidedBy).containsExactly(DecidedBy.GIVEN, DecidedBy.GIVEN);
        assertThat(results.get(0).violations()).isEmpty();
        assertThat(only(results.get(1), "invalid_type").line()).isEqualTo(3);
        assertThatThrownBy(() -> Checks.LENIENT.checkDocuments(Variant.COGSOL, Kind.LIST_QUERY, Input.yaml("a: 1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFileIsReadAsItsExtensionSays(@TempDir Path dir) throws Exception {
        Path yaml = Files.writeString(dir.resolve("two.yml"), "name: a\n---\nname: b\n");
        assertThat(Checks.LENIENT.checkDocuments(Variant.BURKI, Kind.CREATE, Input.of(yaml))).hasSize(2);
        Path json = Files.writeString(dir.resolve("one.json"), "{\"name\": \"a\"}");
        List<Result> one = Checks.LENIENT.checkDocuments(Variant.BURKI, Kind.CREATE, Input.of(json));
        assertThat(one).hasSize(1);
        assertThat(one.get(0).valid()).isTrue();
        assertThat(Checks.LENIENT.checkDocuments(null, null, Input.of(java.util.Map.of("name", "a",
                "tts_settings", java.util.Map.of())))).singleElement()
                .satisfies(r -> assertThat(r.variant()).contains(Variant.BURKI));
    }

    @Test
    void emptyDocumentsAreSkippedAndAStreamOfNoneIsEmpty() {
        assertThat(documents("---\nname: a\ntts_settings: {}\n---\n# nothing\n---\n")).hasSize(1);
        List<Result> none = documents("---\n# nothing\n---\n");
        assertThat(none).singleElement().satisfies(r -> assertThat(Checks.codes(r)).containsExactly("empty_document"));
        assertThat(Checks.codes(documents("--- null\n").get(0))).containsExactly("not_assistant_config");
    }

    @Test
    void aProblemEndsTheStreamAfterTheDocumentsBeforeIt() {
        List<Result> results = documents("name: a\ntts_settings: {}\n---\nname: [b\n---\nname: c\n");
        assertThat(results).hasSize(2);
        assertThat(results.get(0).valid()).isTrue();
        Violation error = only(results.get(1), "parse_error");
        assertThat(error.line()).isEqualTo(5);
    }

    @Test
    void anchorsBelongToTheirDocument() {
        List<Result> results = documents("name: &n a\ntts_settings: {}\n---\nname: *n\n");
        assertThat(only(results.get(1), "parse_error").message())
                .isEqualTo("an alias names an anchor that is not defined before it");
    }

    @Test
    void repeatedKeysAreReportedInTheirDocument() {
        List<Result> results = documents("name: a\ntts_settings: {}\n---\nname: b\ntts_settings: {}\nname: c\n");
        assertThat(results.get(0).violations()).isEmpty();
        Violation repeated = only(results.get(1), "duplicate_key");
        assertThat(repeated.message()).contains("(first on line 4)");
        assertThat(repeated.line()).isEqualTo(6);
    }

    @Test
    void theValueLimitBoundsTheWholeStream() {
        AssistConf small = AssistConf.builder().limits(Limits.DEFAULTS.withMaxNodes(10)).build();
        String document = "name: a\ntts_settings: {stability: 0.5}\n";
        List<Result> results = small.checkDocuments(Variant.BURKI, Kind.UPDATE,
                Input.yaml(document + "---\n" + document + "---\n" + document));
        assertThat(results).extracting(Checks::codes).containsExactly(List.of(), List.of(), List.of("limit_exceeded"));
        List<Result> empties = small.checkDocuments(Variant.BURKI, Kind.UPDATE, Input.yaml("---\n".repeat(100)));
        assertThat(empties).singleElement().satisfies(r -> assertThat(Checks.codes(r)).containsExactly("limit_exceeded"));
    }

    @Test
    void aCheckOfOneRefusesASecondDocument() {
        Violation error = only(Checks.LENIENT.check(Variant.BURKI, Kind.CREATE, Input.yaml("name: a\n---\nname: b\n")),
                "parse_error");
        assertThat(List.of(error.line(), error.column())).containsExactly(3, 1);
    }

    @Test
    void locatingADocumentParsesNoTextAgain() {
        String second = "---\nname: x\ntts_settings: {stability: 7}\n";
        byte[] text = ("name: a\ntts_settings: {}\n" + second).getBytes(StandardCharsets.UTF_8);
        List<Result> results = Checks.LENIENT.checkDocuments(null, null, Input.of(text));
        assertThat(results.get(1).locate("/tts_settings/stability")).contains(new Location(5, 16));
        // The result keeps the caller's bytes: spoil them all; the places come from the check's one parse.
        Arrays.fill(text, (byte) '[');
        assertThat(results.get(1).locate("/tts_settings/stability")).contains(new Location(5, 16));
        assertThat(results.get(1).locate("/name")).contains(new Location(4, 1));
        assertThat(results.get(0).locate("/tts_settings")).contains(new Location(2, 1));
    }

    /**
     * The YAML reader refuses a character it does not allow up to a buffer (1,024 characters) ahead of what it
     * parses: locating a document read again from its own start must not reach a later document's fault (found
     * by TextCheckFuzzTest#yaml, an internal_error).
     */
    @Test
    void locatingADocumentNeverReadsTheDocumentsAfterIt() {
        String first = "# " + "c".repeat(100) + "\nname: a\ntts_settings: {stability: 7}\ndescription: "
                + "d".repeat(860) + "\n";
        String stream = first + "---\nname: b\n" + (char) 1 + ": x\n";
        assertThat(stream.indexOf(1)).isBetween(1_024, first.indexOf("name") + 1_024);
        List<Result> results = documents(stream);
        assertThat(results).hasSize(2);
        assertThat(only(results.get(0), "out_of_range").line()).isEqualTo(3);
        assertThat(only(results.get(1), "parse_error").line()).isEqualTo(7);
    }

    /**
     * A document whose content ends where a broken line goes on (found by TextCheckFuzzTest#yaml, an
     * internal_error): located from its own content only, it is checked, and the break ends the stream.
     */
    @Test
    void aDocumentEndingBeforeABreakOnItsLastLineIsChecked() {
        byte[] text = java.util.Base64.getDecoder().decode("I1EpVGhlc2stZnV6ei1hbGlhOmFlbnNtIFJlY2VwVGhlc2stZnV6fi1hbGlhOmFlbnNtIFJlY2VwdGlvbmlzdGQgZXhtZWsp"
                + "ZWQgJzonbG9iOiQiOgogIC0gZyc6J2xvYjokIjoKICAtIGdsb2I6c3RyaToKICAtIGdza3Rpb25pc3RkIGV4bWVrdGVkICc6"
                + "J2xvZDokIjoKICAtIGdsb2I6c2I6JCI6CiAgLSBnbG9iOnN0cmljdCBleG1la3RlZCAnOidsZnV6ei1hbGlhOmFlbnNtIFJl"
                + "Y2VwVGhlc2stZiQiOgogIC0gZ2xvYjpzdHJpOgogIC0gZ3NrdGlvbmlzdGQgZXhtZWt0ZWQgJzonbG9kOiQiOgogIC0gZ2xv"
                + "YjpzYjokIjoKICAtIGdsb2I6c3RyaWN0IGV4bWVrdGVkICc6J2xvYjokIjoKICAtIGdsb2I6c3RyaToKICAtIG9iOiQiOgog"
                + "IC0gZ2xvYjpzdHJpOgogIC0gZ3NrLWZ1enotYWxpYDphZW5ybSDvv70kJCQkJCQkJCdsb2I6JCI6CiAgLSBnJzonbG9iOiQi"
                + "OgogIC0gZ2xvYjpzdHJpOgogIC0gZ3NrdGlvbmlzdGQgZXhtZWt0ZWQgJzonbG9kOiQiOgogJ2xvYjokIjoKICAtIGdsb2I6"
                + "c3RyaToKICAtIGdza3Rpb25pc3RkIGV4bWVrdGVkICc6J2xvZDokIjoKICAtIGdsb2I6c2I6");
        List<Result> results = Checks.LENIENT.checkDocuments(null, null, Input.of(text, TextFormat.YAML));
        assertThat(results).extracting(result -> result.violations().get(0).code())
                .containsExactly("not_assistant_config", "parse_error");
    }

    @Test
    void manyDocumentsAreEachChecked() {
        StringBuilder stream = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            stream.append("---\nname: a").append(i).append("\ntts_settings: {stability: ").append(i % 2 == 0 ? 5 : 0)
                    .append("}\n");
        }
        List<Result> results = Checks.LENIENT.checkDocuments(Variant.BURKI, Kind.CREATE, Input.yaml(stream.toString()));
        assertThat(results).hasSize(2_000);
        for (int i = 0; i < results.size(); i += 2) {
            assertThat(only(results.get(i), "out_of_range").line()).isEqualTo(3 * i + 3);
            assertThat(results.get(i + 1).valid()).isTrue();
        }
    }
}
