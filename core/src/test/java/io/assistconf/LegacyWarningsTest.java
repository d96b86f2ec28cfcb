package io.assistconf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the shipped schemas mark {@code x-legacy} (decisions S0) is accepted, kept as given and reported once,
 * as {@code legacy_key} or {@code legacy_value} at its place with the schema's note, through the public API.
 * Each payload is one a real client sends; it is checked as JSON text (normalized while read) and as a tree
 * (normalized after reading), which must report the same.
 */
class LegacyWarningsTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final String FREDDY_CREATE = "{\"name\": \"Support Bot\", \"instructions\": \"Be brief.\","
            + " \"organization_id\": \"org_1\", ";

    @Test
    void anOldBurkiClientsTopLevelKeysAreEachALegacyKey() {
        String body = """
                {"name": "On-prem line",
                 "llm_provider": "custom",
                 "llm_provider_config": {"model": "llama-3-70b"},
                 "custom_llm_url": "https://llm.internal.example/v1",
                 "openai_api_key": "sk-live-4f9a01",
                 "deepgram_api_key": "dg-live-77c1e2"}""";
        Result result = check(Checks.LENIENT, Variant.BURKI, Kind.CREATE, body);
        assertThat(result.errors()).isEmpty();
        assertThat(lines(result)).containsExactly(
                "legacy_key at /custom_llm_url (4:2): key 'custom_llm_url' is accepted by one source only: legacy"
                        + " top-level key of the Burki server, not in seed 003; use llm_provider_config.base_url",
                "legacy_key at /openai_api_key (5:2): key 'openai_api_key' is accepted by one source only: legacy"
                        + " top-level key of the Burki server, not in seed 003; use llm_provider_config.api_key",
                "legacy_key at /deepgram_api_key (6:2): key 'deepgram_api_key' is accepted by one source only:"
                        + " legacy top-level key of the Burki server, not in seed 003; no replacement in seed 003");
        assertThat(result.violations().toString()).doesNotContain("sk-live").doesNotContain("dg-live");
        JsonNode canonical = result.canonical().orElseThrow();
        assertThat(canonical.path("openai_api_key").asString()).isEqualTo("sk-live-4f9a01");
        assertThat(canonical.path("custom_llm_url").asString()).isEqualTo("https://llm.internal.example/v1");
        assertThat(result.changes()).noneMatch(change -> change.pointer().endsWith("_key")
                || change.pointer().equals("/custom_llm_url"));
    }

    @Test
    void aLegacyKeyIsReportedInWhateverSpellingAndWithWhateverValue() {
        Result camel = check(Checks.LENIENT, Variant.BURKI, Kind.UPDATE, "{\"openaiApiKey\": \"sk-live-4f9a01\"}");
        assertThat(camel.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("legacy_key");
            assertThat(v.pointer()).isEqualTo("/openai_api_key");
            assertThat(v.path()).isEqualTo("/openaiApiKey");
            assertThat(v.message()).startsWith("key 'openaiApiKey' is accepted by one source only: ");
        });
        Result empty = check(Checks.LENIENT, Variant.BURKI, Kind.CREATE, "{\"name\": \"x\", \"custom_llm_url\": null}");
        assertThat(empty.violations()).extracting(Violation::code, Violation::pointer)
                .containsExactly(tuple("legacy_key", "/custom_llm_url"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"reasoning\": {\"effort\": \"minimal\"}|/reasoning/effort|value 'minimal'|seed 000 only; the real contract"
                + " says off",
        "\"reasoning\": {\"effort\": \"off\"}|/reasoning/effort|value 'off'|real contract only; seed 000 lists minimal",
        "\"reasoning\": {\"effort\": \"maximum\"}|/reasoning/effort|value 'maximum'|real contract only; not in seed 000",
        "\"reasoning\": {\"summary\": \"off\"}|/reasoning/summary|value 'off'|real contract only; not in seed 000",
        "\"access_mode\": \"restricted\", \"access_users\": [\"usr_1\"]|/access_mode|value 'restricted'|object and"
                + " list pages (seeds 000, 002) only; the newer create page lists private, organization, public",
        "\"access_mode\": \"department\", \"access_departments\": [\"dept_1\"]|/access_mode|value 'department'|object"
                + " and list pages (seeds 000, 002) only; the newer create page lists private, organization, public",
        "\"access_mode\": \"global\"|/access_mode|value 'global'|object and list pages (seeds 000, 002) only; the"
                + " newer create page lists private, organization, public",
        "\"truncation\": \"disabled\"|/truncation|value 'disabled'|seed 002 (list page) only; the real contract"
                + " takes a boolean, e.g. false for \"disabled\"",
    })
    void aFreddyValueOnlyOneSourceAcceptsIsALegacyValue(String members, String pointer, String value, String note) {
        for (Kind kind : List.of(Kind.CREATE, Kind.UPDATE)) {
            Result result = check(Checks.LENIENT, Variant.FREDDY, kind,
                    (kind == Kind.CREATE ? FREDDY_CREATE : "{") + members + "}");
            assertThat(result.errors()).as("%s", kind).isEmpty();
            assertThat(result.warnings()).as("%s", kind)
                    .extracting(v -> v.code() + " at " + v.pointer() + ": " + v.message())
                    .containsExactly("legacy_value at " + pointer + ": " + value + " is accepted by one source only: "
                            + note);
            assertThat(result.warnings().get(0).line()).as("located in the text").isEqualTo(1);
            String given = value.substring("value '".length(), value.length() - 1);
            assertThat(result.canonical().orElseThrow().at(pointer).asString()).isEqualTo(given);
            assertThat(result.changes()).noneMatch(change -> change.pointer().equals(pointer));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"reasoning\": {\"effort\": \"low\", \"summary\": \"auto\"}",
        "\"reasoning\": {\"effort\": \"high\", \"summary\": \"detailed\"}",
        "\"reasoning\": null",
        "\"access_mode\": \"organization\"",
        "\"access_mode\": \"public\"",
        "\"truncation\": true",
        "\"truncation\": false",
    })
    void aValueBothSourcesAcceptIsNotReported(String members) {
        Result result = check(Checks.LENIENT, Variant.FREDDY, Kind.CREATE, FREDDY_CREATE + members + "}");
        assertThat(result.violations()).isEmpty();
    }

    @Test
    void aDefaultFilledIsNeverReported() {
        // reasoning gets effort medium and summary auto, which both sources take
        Result result = check(Checks.LENIENT, Variant.FREDDY, Kind.CREATE, FREDDY_CREATE + "\"reasoning\": {}}");
        assertThat(result.violations()).isEmpty();
        assertThat(result.canonical().orElseThrow().at("/reasoning/effort").asString()).isEqualTo("medium");
    }

    @Test
    void aLegacyValueBehindAnotherAlternativeIsFound() {
        // filters_applied.access_mode is anyOf [the access_mode enum, null]
        Result result = check(Checks.LENIENT, Variant.FREDDY, Kind.LIST_RESPONSE, """
                {"assistants": [], "total": 0, "organization_id": "org_1",
                 "pagination": {"total": 0, "limit": 20, "offset": 0, "has_more": false},
                 "filters_applied": {"access_mode": "global"}, "user_context": {"user_id": "usr_1"}}""");
        assertThat(result.violations()).extracting(Violation::code, Violation::pointer)
                .containsExactly(tuple("legacy_value", "/filters_applied/access_mode"));
    }

    @Test
    void strictModeKeepsThemWarnings() {
        Result result = check(Checks.STRICT, Variant.FREDDY, Kind.CREATE,
                FREDDY_CREATE + "\"truncation\": \"disabled\", \"reasoning\": {\"effort\": \"minimal\"}}");
        assertThat(result.valid()).isTrue();
        assertThat(result.violations()).extracting(Violation::code, Violation::severity).containsExactly(
                tuple("legacy_value", Severity.WARNING),
                tuple("legacy_value", Severity.WARNING));
    }

    /** The result of the JSON text, after checking that the payload as a tree gets the same violations. */
    private static Result check(AssistConf conf, Variant variant, Kind kind, String json) {
        Result text = conf.check(variant, kind, Input.json(json));
        Result tree = conf.check(variant, kind, Input.of(MAPPER.readTree(json)));
        assertThat(tree.violations()).extracting(v -> v.code() + " at " + v.path() + ": " + v.message())
                .as("the payload as a tree")
                .containsExactlyInAnyOrderElementsOf(text.violations().stream()
                        .map(v -> v.code() + " at " + v.path() + ": " + v.message()).toList());
        assertThat(tree.canonical()).isEqualTo(text.canonical());
        return text;
    }

    private static List<String> lines(Result result) {
        return result.violations().stream().map(v -> v.code() + " at " + v.pointer() + " (" + v.line() + ":"
                + v.column() + "): " + v.message()).toList();
    }
}
