package io.assistconf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.assistconf.internal.normalize.Normalization;
import io.assistconf.internal.normalize.StreamingNormalization;
import io.assistconf.internal.normalize.TreeNormalizer;
import io.assistconf.internal.read.ReadOutcome;
import io.assistconf.internal.read.TextParser;
import io.assistconf.internal.schema.SchemaFiles;
import io.assistconf.internal.schema.Shape;
import io.assistconf.internal.schema.ShapeCompiler;
import io.assistconf.internal.tree.SecretKeys;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * Every form and place of {@code x-legacy} (decisions S0), on the test schema {@code legacy/marks.json}:
 * each payload gets exactly the expected warnings, from the normalizer that reads JSON text and from the one
 * that walks a tree alike, and keeps its values; a mark that could not take effect is refused at start-up.
 */
class LegacyMarksTest {

    private static final ShapeCompiler COMPILER = new ShapeCompiler(new SchemaFiles());
    private static final Shape MARKS = COMPILER.compile(id("marks"));
    private static final SecretKeys SECRETS = new SecretKeys(COMPILER.secretFields());
    private static final TreeNormalizer.Mode MODE = new TreeNormalizer.Mode(TreeNormalizer.Defaults.ALL, false, Severity.WARNING,
            Catalogue.NONE, Limits.DEFAULTS, SECRETS);
    private static final TextParser PARSER = new TextParser(Limits.DEFAULTS, SECRETS);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // an anyOf alternative: only values that no unmarked alternative matches, an enum counting
        "{\"mode\": \"a\"}|",
        "{\"mode\": \"zzz\"}|legacy_value at /mode: value 'zzz' is accepted by one source only: old client only; use a or b",
        "{\"limits\": 3}|",
        "{\"limits\": {\"max\": 2}}|legacy_value at /limits: this object is accepted by one source only:"
                + " object form of the old server; use an integer",
        "{\"ratio\": true}|",
        "{\"ratio\": 0.5}|legacy_value at /ratio: value 0.5 is accepted by one source only:"
                + " numbers in the old server only; use a boolean",
        // listed values beside an enum, reached through allOf and $ref
        "{\"level\": \"high\"}|",
        "{\"level\": \"extreme\"}|legacy_value at /level: value 'extreme' is accepted by one source only:"
                + " server only; use high",
        // under a secret field the value is not shown
        "{\"token\": \"t\"}|",
        "{\"token\": \"old-token-value\"}|legacy_value at /token: the value of 'token' is accepted by one source"
                + " only: old tokens; use t",
        // a property: the key, in any spelling and with any value
        "{\"old_name\": \"v\"}|legacy_key at /old_name: key 'old_name' is accepted by one source only: old spelling;"
                + " use new_name",
        "{\"oldName\": null}|legacy_key at /old_name: key 'oldName' is accepted by one source only: old spelling;"
                + " use new_name",
    })
    void eachMarkWarnsExactlyWhereOnlyOneSourceAccepts(String payload, String expected) {
        Normalization streamed = streamed(payload);
        Normalization walked = TreeNormalizer.normalize(tree(payload), MARKS, MODE);
        assertThat(streamed.violations()).as("read from text vs walked as a tree").isEqualTo(walked.violations());
        assertThat(streamed.changes()).isEqualTo(walked.changes());
        assertThat(streamed.canonical()).isEqualTo(walked.canonical());
        assertThat(walked.violations()).extracting(v -> v.code() + " at " + v.pointer() + ": " + v.message())
                .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
        assertThat(walked.violations()).allSatisfy(v -> assertThat(v.severity()).isEqualTo(Severity.WARNING));
        assertThat(walked.violations().toString()).doesNotContain("old-token-value");
    }

    @Test
    void theValuesAreKeptAsGiven() {
        Normalization normalized = streamed("{\"mode\": \"zzz\", \"ratio\": 0.5, \"oldName\": \"v\","
                + " \"limits\": {}}");
        assertThat(normalized.canonical().toString())
                .isEqualTo("{\"mode\":\"zzz\",\"ratio\":0.5,\"old_name\":\"v\",\"limits\":{\"max\":5}}");
        assertThat(normalized.changes()).extracting(Change::type, Change::pointer).containsExactly(
                tuple(Change.Type.RENAMED, "/old_name"),
                tuple(Change.Type.DEFAULTED, "/limits/max"));
        assertThat(normalized.violations()).extracting(Violation::code, Violation::path).containsExactly(
                tuple("legacy_value", "/mode"),
                tuple("legacy_value", "/ratio"),
                tuple("legacy_key", "/oldName"),
                tuple("legacy_value", "/limits"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "misplaced|is neither on a property nor on an anyOf alternative",
        "not-in-enum|marks 'c', which its enum does not list",
        "without-enum|must be a text, or {\"values\": {VALUE: TEXT}} beside an enum",
        "other-form|must be a text, or {\"values\": {VALUE: TEXT}} beside an enum",
        "legacy-default|the default of 'mode'",
        "blank|must name the source",
    })
    void aMarkThatCouldNotTakeEffectIsRefusedWhenCompiled(String file, String message) {
        assertThatThrownBy(() -> new ShapeCompiler(new SchemaFiles()).compile(id(file)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(message)
                .hasMessageContaining(id(file));
    }

    private static Normalization streamed(String payload) {
        StreamingNormalization streaming = new StreamingNormalization(MARKS, MODE);
        ReadOutcome read = PARSER.parse(payload.getBytes(StandardCharsets.UTF_8), TextFormat.JSON, streaming);
        assertThat(read.problem()).isNull();
        assertThat(read.document().built()).isTrue();
        return streaming.result();
    }

    private static JsonNode tree(String payload) {
        return PARSER.parse(payload.getBytes(StandardCharsets.UTF_8), TextFormat.JSON).document().tree();
    }

    private static String id(String file) {
        return SchemaFiles.ID_PREFIX + "legacy/" + file + ".json";
    }
}
