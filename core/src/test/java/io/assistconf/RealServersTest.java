package io.assistconf;

import static io.assistconf.Checks.codes;
import static io.assistconf.Checks.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the real servers behind the seeds accept and fill (shared/seeds/SUPPLEMENT.md, decisions S): each payload
 * is one a real client sends, checked through the public API.
 */
class RealServersTest {

    private static final AssistConf CONF = AssistConf.create();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static Result check(Variant variant, Kind kind, String json) {
        return CONF.check(variant, kind, Input.json(json));
    }

    // S1: the real Freddy create body carries organization_id and requires instructions.

    @Test
    void aRealFreddyCreateBodyIsValid() {
        Result result = check(Variant.FREDDY, Kind.CREATE, """
                {"name": "Support Bot", "instructions": "You answer customer questions.",
                 "organization_id": "org_8f2a", "default_model_key": "gpt-4o"}""");
        assertThat(result.violations()).isEmpty();
        assertThat(result.canonical().orElseThrow().path("organization_id").asString()).isEqualTo("org_8f2a");
    }

    @ParameterizedTest
    @ValueSource(strings = {"instructions", "organization_id"})
    void aFreddyCreateBodyNeedsInstructionsAndOrganization(String missing) {
        String json = """
                {"name": "Support Bot", "instructions": "You answer customer questions.", "organization_id": "org_8f2a"}""";
        String without = json.replaceFirst(",?\\s*\"" + missing + "\": \"[^\"]*\"", "").replace("{, ", "{");
        Result result = check(Variant.FREDDY, Kind.CREATE, without);
        assertThat(result.valid()).isFalse();
        assertThat(only(result, "missing_required").pointer()).isEqualTo("/" + missing);
    }

    // S2: the real contract's values, boolean truncation and null in optional fields.

    /** What only one source accepts is accepted with a legacy warning at its place (S0), nothing else. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "create|\"reasoning\": {\"effort\": \"maximum\", \"summary\": \"off\"}"
                + "|legacy_value at /reasoning/effort, legacy_value at /reasoning/summary",
        "create|\"reasoning\": {\"effort\": \"off\"}|legacy_value at /reasoning/effort",
        "create|\"reasoning\": {\"effort\": \"minimal\"}|legacy_value at /reasoning/effort",
        "create|\"reasoning\": {\"effort\": \"high\", \"summary\": \"concise\"}|",
        "create|\"truncation\": true|",
        "create|\"truncation\": false|",
        "create|\"truncation\": \"disabled\"|legacy_value at /truncation",
        "update|\"reasoning\": {\"effort\": \"maximum\"}|legacy_value at /reasoning/effort",
        "update|\"truncation\": false|",
        "create|\"access_mode\": \"organization\"|",
    })
    void freddyAcceptsTheUnionOfTheSeedsAndTheRealContract(String kind, String member, String warnings) {
        Result result = check(Variant.FREDDY, Kind.byId(kind).orElseThrow(), "{\"name\": \"Support Bot\", "
                + "\"instructions\": \"Be brief.\", " + (kind.equals("create") ? "\"organization_id\": \"org_1\", " : "")
                + member + "}");
        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).extracting(v -> v.code() + " at " + v.pointer())
                .containsExactlyElementsOf(warnings == null ? List.of() : List.of(warnings.split(", ")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"description", "avatar_id", "icon_id", "icon_type", "icon_data", "instructions_thread_id",
        "allowed_model_providers", "system_message", "context_window", "frequency_penalty", "presence_penalty",
        "logit_bias", "seed", "stop_sequences", "max_completion_tokens", "access_departments", "access_users",
        "editable_by_users", "editable_by_roles", "visible_to_roles", "preset_prompts", "metadata", "text_config",
        "tool_configurations", "reasoning", "vector_store_ids", "json_schemas", "rule_ids"})
    void freddyOptionalFieldsAcceptNull(String field) {
        Result create = check(Variant.FREDDY, Kind.CREATE, "{\"name\": \"Support Bot\", \"instructions\": \"Be brief.\","
                + " \"organization_id\": \"org_1\", \"" + field + "\": null}");
        assertThat(create.violations()).as("create with %s null", field).isEmpty();
        assertThat(create.canonical().orElseThrow().get(field).isNull()).isTrue();
        if (!field.equals("json_schemas")) {
            Result update = check(Variant.FREDDY, Kind.UPDATE, "{\"" + field + "\": null}");
            assertThat(update.violations()).as("update with %s null", field).isEmpty();
        }
    }

    @Test
    void valuesNoSourceListsAreStillRefused() {
        Result result = check(Variant.FREDDY, Kind.CREATE, "{\"name\": \"x\", \"instructions\": \"y\","
                + " \"organization_id\": \"org_1\", \"reasoning\": {\"effort\": \"extreme\"}, \"truncation\": 1}");
        assertThat(codes(result)).contains("invalid_value", "invalid_type");
    }

    @Test
    void aFreddyUpdateSpellsMetadataAsAssistantMetadata() {
        Result result = Checks.STRICT.check(Variant.FREDDY, Kind.UPDATE, Input.json("""
                {"assistant_metadata": {"team": "support", "tier": 2}, "reasoning": null}"""));
        assertThat(result.violations()).isEmpty();
        assertThat(result.canonical().orElseThrow().at("/assistant_metadata/team").asString()).isEqualTo("support");
        assertThat(result.changes()).isEmpty();
        Result objectSpelling = Checks.STRICT.check(Variant.FREDDY, Kind.UPDATE, Input.json("{\"metadata\": {\"team\": \"support\"}}"));
        assertThat(objectSpelling.violations()).isEmpty();
        assertThat(objectSpelling.canonical().orElseThrow().at("/assistant_metadata/team").asString()).isEqualTo("support");
        assertThat(objectSpelling.changes()).anyMatch(c -> c.type() == Change.Type.RENAMED
                && c.pointer().equals("/assistant_metadata"));
        assertThat(only(check(Variant.FREDDY, Kind.UPDATE, "{\"organization_id\": \"org_1\"}"), "read_only_property")
                .pointer()).isEqualTo("/organization_id");
    }

    // S3: CogSol's update is a full PUT.

    @Test
    void aTwoFieldCogsolUpdateMissesTheCreateRequirements() {
        Result result = check(Variant.COGSOL, Kind.UPDATE, "{\"description\": \"Support\", \"temperature\": 0.3}");
        assertThat(result.valid()).isFalse();
        assertThat(result.violations()).filteredOn(v -> v.code().equals("missing_required"))
                .extracting(Violation::pointer).containsExactlyInAnyOrder("/generation_config",
                        "/generation_config_pretools", "/system_prompt");
    }

    @Test
    void aFullCogsolUpdateIsValid() {
        Result result = check(Variant.COGSOL, Kind.UPDATE, """
                {"generation_config": "balanced", "generation_config_pretools": "fast", "description": "Support",
                 "system_prompt": "You answer support questions.", "temperature": 0.3}""");
        assertThat(result.violations()).isEmpty();
    }

    // S4: Burki fills its server's defaults where the seed shows a placeholder.

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "/llm_provider|\"openai\"",
        "/tts_settings/model_id|\"turbo\"",
        "/idle_message|\"Are you still there? I'm here to help if you need anything.\"",
        "/llm_settings/stop_sequences|[]",
    })
    void burkiFillsTheServersDefaultsForPlaceholders(String pointer, String expected) {
        Result result = check(Variant.BURKI, Kind.CREATE, "{\"name\": \"Front desk\"}");
        assertThat(result.violations()).isEmpty();
        assertThat(result.canonical().orElseThrow().at(pointer).toString()).isEqualTo(expected);
        assertThat(result.changes()).anyMatch(c -> c.type() == Change.Type.DEFAULTED && c.pointer().equals(pointer));
    }

    @Test
    void aBurkiValueGivenIsNotReplacedByTheServersDefault() {
        Result result = check(Variant.BURKI, Kind.CREATE, "{\"name\": \"Front desk\", \"llm_provider\": \"anthropic\","
                + " \"idle_message\": null}");
        assertThat(result.violations()).isEmpty();
        assertThat(result.canonical().orElseThrow().path("llm_provider").asString()).isEqualTo("anthropic");
        assertThat(result.canonical().orElseThrow().get("idle_message").isNull()).isTrue();
    }

    /** A Burki body checked as JSON text (normalized while read) and as a tree: both give the same outcome. */
    private static Result burkiBothWays(Kind kind, String json) {
        Result text = check(Variant.BURKI, kind, json);
        Result tree = CONF.check(Variant.BURKI, kind, Input.of(MAPPER.readTree(json)));
        assertThat(tree.canonicalJson()).as("canonical payload of the tree").isEqualTo(text.canonicalJson());
        assertThat(tree.changes()).as("changes of the tree").isEqualTo(text.changes());
        assertThat(tree.violations().stream().map(v -> v.code() + " " + v.pointer() + " " + v.message()).toList())
                .as("violations of the tree")
                .isEqualTo(text.violations().stream().map(v -> v.code() + " " + v.pointer() + " " + v.message()).toList());
        return text;
    }

    @Test
    void aBurkiCreateBodyWithoutProviderGetsOpenai() {
        Result result = burkiBothWays(Kind.CREATE, "{\"name\": \"Front desk\", \"llm_provider_config\": {\"model\": \"gpt-4o\"}}");
        assertThat(result.violations()).isEmpty();
        assertThat(result.canonical().orElseThrow().path("llm_provider").asString()).isEqualTo("openai");
        assertThat(result.changes()).anyMatch(c -> c.type() == Change.Type.DEFAULTED && c.pointer().equals("/llm_provider")
                && c.detail().equals("filled the default \"openai\""));
    }

    @Test
    void aBurkiProviderNamedOnlyInLlmSettingsIsAcceptedWithAWarning() {
        // the server fills llm_provider openai beside it: the filled default is no conflict, only a warning (S4)
        Result result = burkiBothWays(Kind.CREATE, """
                {"name": "Front desk", "llm_settings": {"provider": "anthropic"}}""");
        assertThat(result.valid()).isTrue();
        assertThat(codes(result)).containsExactly("conflicting_provider");
        Violation warning = only(result, "conflicting_provider");
        assertThat(warning.severity()).isEqualTo(Severity.WARNING);
        assertThat(warning.pointer()).isEqualTo("/llm_settings/provider");
        assertThat(warning.line()).isEqualTo(1);
        assertThat(warning.message()).isEqualTo("llm_provider is not given and takes the Burki server's default"
                + " 'openai', while llm_settings.provider is 'anthropic'; give llm_provider if that provider is meant");
        assertThat(result.canonical().orElseThrow().path("llm_provider").asString()).isEqualTo("openai");
    }

    @Test
    void aBurkiProviderNamedInBothShapesAlikeGetsNoWarning() {
        assertThat(check(Variant.BURKI, Kind.CREATE, """
                {"name": "Front desk", "llm_settings": {"provider": "openai"}}""").violations()).isEmpty();
        assertThat(check(Variant.BURKI, Kind.CREATE, """
                {"name": "Front desk", "llm_provider": "anthropic", "llm_settings": {"provider": "anthropic"}}""")
                .violations()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"create", "update", "object"})
    void twoBurkiProvidersGivenThatDifferAreAWarning(String kind) {
        String stored = kind.equals("object")
                ? "\"id\": 7, \"created_at\": \"2025-01-15T10:30:00Z\", \"updated_at\": \"2025-01-15T10:30:00Z\", " : "";
        Result result = check(Variant.BURKI, Kind.byId(kind).orElseThrow(), "{" + stored
                + "\"name\": \"Front desk\", \"llm_provider\": \"openai\", \"llm_settings\": {\"provider\": \"anthropic\"}}");
        assertThat(result.valid()).isTrue();
        Violation warning = only(result, "conflicting_provider");
        assertThat(warning.severity()).isEqualTo(Severity.WARNING);
        assertThat(warning.pointer()).isEqualTo("/llm_settings/provider");
        assertThat(warning.message()).isEqualTo("llm_settings.provider 'anthropic' differs from llm_provider 'openai';"
                + " they name the same thing");
    }

    @Test
    void theCanonicalPayloadOfABurkiProviderNamedOnlyInLlmSettingsGetsTheSameWarning() {
        Result first = check(Variant.BURKI, Kind.CREATE, """
                {"name": "Front desk", "llm_settings": {"provider": "anthropic"}}""");
        Result again = check(Variant.BURKI, Kind.CREATE, first.canonicalJson().orElseThrow());
        assertThat(again.valid()).isTrue();
        assertThat(codes(again)).containsExactly("conflicting_provider");
    }

    @Test
    void aBurkiUpdateFillsNoProvider() {
        Result result = check(Variant.BURKI, Kind.UPDATE, """
                {"llm_settings": {"provider": "anthropic"}}""");
        assertThat(result.violations()).isEmpty();
        assertThat(result.canonical().orElseThrow().has("llm_provider")).isFalse();
    }

    // S5: the legacy top-level keys of the Burki server.

    @Test
    void aBurkiCustomProviderMayUseTheLegacyCustomLlmUrl() {
        Result result = check(Variant.BURKI, Kind.CREATE, """
                {"name": "On-prem line", "llm_provider": "custom", "custom_llm_url": "https://llm.internal.example/v1",
                 "llm_provider_config": {"model": "llama-3-70b"}}""");
        assertThat(result.violations()).extracting(v -> v.code() + " at " + v.pointer())
                .containsExactly("legacy_key at /custom_llm_url");
    }

    @Test
    void aBurkiCustomProviderWithNeitherUrlStillFails() {
        Result result = check(Variant.BURKI, Kind.CREATE, """
                {"name": "On-prem line", "llm_provider": "custom", "llm_provider_config": {"model": "llama-3-70b"}}""");
        assertThat(only(result, "missing_base_url").pointer()).isEqualTo("/llm_provider_config/base_url");
    }

    @Test
    void theLegacyBurkiKeysAreKnownAndTheirSecretsMasked() {
        Result known = Checks.STRICT.check(Variant.BURKI, Kind.CREATE, Input.json("""
                {"name": "Old client", "openai_api_key": "sk-legacy-123", "deepgram_api_key": "dg-legacy-456",
                 "custom_llm_url": null}"""));
        assertThat(known.violations()).as("strict mode: no unknown_property, the legacy keys warned (S0)")
                .extracting(v -> v.code() + " " + v.severity() + " at " + v.pointer())
                .containsExactly("legacy_key WARNING at /openai_api_key", "legacy_key WARNING at /deepgram_api_key",
                        "legacy_key WARNING at /custom_llm_url");
        assertThat(known.violations().toString()).doesNotContain("sk-legacy").doesNotContain("dg-legacy");
        Result wrong = Checks.STRICT.check(Variant.BURKI, Kind.CREATE, Input.json("""
                {"name": "Old client", "openai_api_key": ["sk-legacy-123"], "deepgram_api_key": {"k": "dg-legacy-456"}}"""));
        assertThat(wrong.valid()).isFalse();
        String report = wrong.violations() + " " + wrong.changes() + " " + wrong;
        assertThat(report).doesNotContain("sk-legacy").doesNotContain("dg-legacy");
    }

    // S7: the error bodies of the real servers.

    @Test
    void theServersErrorBodiesAreErrorKinds() {
        assertThat(check(Variant.BURKI, Kind.ERROR, """
                {"detail": [{"type": "missing", "loc": ["body", "name"], "msg": "Field required", "input": {}}]}""")
                .violations()).isEmpty();
        assertThat(check(Variant.BURKI, Kind.ERROR, "{\"detail\": \"Assistant not found\"}").violations()).isEmpty();
        assertThat(only(check(Variant.BURKI, Kind.ERROR, "{\"detail\": [{\"type\": \"missing\", \"msg\": \"x\"}]}"),
                "missing_required").pointer()).isEqualTo("/detail/0/loc");
        assertThat(check(Variant.FREDDY, Kind.ERROR, """
                {"success": false, "error": {"code": "assistant_not_found", "message": "Assistant not found",
                 "type": "client_error", "status": 404, "trace_id": "trace_1", "timestamp": "2025-01-15T10:30:00Z"}}""")
                .violations()).isEmpty();
        assertThat(only(check(Variant.FREDDY, Kind.ERROR, """
                {"error": {"code": "x", "message": "y", "type": "user_error"}}"""), "invalid_value").pointer())
                .isEqualTo("/error/type");
    }

    // S8: the fields the CogSol client sends.

    @Test
    void theCogsolClientsFieldsAreKnown() {
        Result result = Checks.STRICT.check(Variant.COGSOL, Kind.CREATE, Input.json("""
                {"generation_config": "balanced", "generation_config_pretools": "fast", "description": "Support",
                 "system_prompt": "You answer support questions.", "temperature": 0.3,
                 "messages_window_to_generator": 8, "async_available": false, "reasoning_enabled": true,
                 "reasoning_effort": null, "web_search_enabled": true, "web_search_mode": "deep_research",
                 "web_search_allowed_domains": null, "web_search_location": {"country": "UY", "timezone": "UTC"},
                 "attachment_config": {"application/pdf": {"accepted": true, "send_to_model": true, "pdf_mode": "image"}},
                 "colors": {"primaryColor": "#123456", "assistant_name_color": "#654321"}}"""));
        assertThat(result.violations()).as("strict mode: no unknown_property").isEmpty();
        assertThat(only(check(Variant.COGSOL, Kind.UPDATE, """
                {"generation_config": "g", "generation_config_pretools": "p", "description": "d", "system_prompt": "s",
                 "temperature": 1, "async_available": null}"""), "invalid_type").pointer()).isEqualTo("/async_available");
    }

    // S16: every other Burki fact of the supplement, checked against the schemas.

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        // "Defaults the server fills where the seed shows placeholders", in the supplement's order and notation
        "/llm_provider|\"openai\"",
        "/llm_provider_config/model|\"gpt-4o-mini\"",
        "/llm_settings/max_tokens|1000",
        "/llm_settings/system_prompt|\"You are a helpful assistant that can answer questions and help with tasks.\"",
        "/llm_settings/top_p|1.0",
        "/llm_settings/frequency_penalty|0.0",
        "/llm_settings/presence_penalty|0.0",
        "/llm_settings/stop_sequences|[]",
        "/tts_settings/provider|\"elevenlabs\"",
        "/tts_settings/voice_id|\"rachel\"",
        "/tts_settings/model_id|\"turbo\"",
        "/tts_settings/latency|1",
        "/tts_settings/stability|0.5",
        "/tts_settings/similarity_boost|0.75",
        "/tts_settings/style|0.0",
        "/tts_settings/use_speaker_boost|true",
        "/stt_settings/model|\"nova-2\"",
        "/stt_settings/language|\"en-US\"",
        "/stt_settings/punctuate|true",
        "/stt_settings/interim_results|true",
        "/stt_settings/smart_format|true",
        "/stt_settings/endpointing|{\"silence_threshold\": 500, \"min_silence_duration\": 500}",
        "/stt_settings/utterance_end_ms|1000",
        "/stt_settings/vad_turnoff|500",
        "/stt_settings/audio_denoising|false",
        "/idle_message|\"Are you still there? I'm here to help if you need anything.\"",
        "/rag_settings/enabled|false",
        "/rag_settings/search_limit|3",
        "/rag_settings/similarity_threshold|0.7",
        "/rag_settings/embedding_model|\"text-embedding-3-small\"",
        "/rag_settings/chunking_strategy|\"recursive\"",
        "/rag_settings/chunk_size|1000",
        "/rag_settings/chunk_overlap|200",
        "/rag_settings/auto_process|true",
        "/rag_settings/include_metadata|true",
        "/rag_settings/context_window_tokens|4000",
        "/is_active|true",
        // "the server's llm_settings.temperature default is 0.5 where the seed says 0.7": the seed's listing says 0.5
        "/llm_settings/temperature|0.5",
    })
    void everyDefaultTheBurkiServerFillsIsFilled(String pointer, String serverDefault) {
        JsonNode canonical = check(Variant.BURKI, Kind.CREATE, "{\"name\": \"Front desk\"}").canonical().orElseThrow();
        assertThat(sameJson(canonical.at(pointer), MAPPER.readTree(serverDefault)))
                .as("%s is %s", pointer, canonical.at(pointer)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/stt_settings/keywords", "/stt_settings/keyterms", "/tools_settings/enabled_tools"})
    void whatTheSupplementListsNoDefaultForStaysUnfilled(String pointer) {
        JsonNode canonical = check(Variant.BURKI, Kind.CREATE, "{\"name\": \"Front desk\"}").canonical().orElseThrow();
        assertThat(canonical.at(pointer).isMissingNode()).isTrue();
    }

    /** Equal as JSON: numbers by value, so the supplement's 1.0 is the schema's 1. */
    private static boolean sameJson(JsonNode actual, JsonNode expected) {
        if (actual.isNumber() && expected.isNumber()) {
            return actual.decimalValue().compareTo(expected.decimalValue()) == 0;
        }
        if (actual.isObject() && expected.isObject()) {
            return actual.size() == expected.size() && expected.properties().stream()
                    .allMatch(member -> sameJson(actual.path(member.getKey()), member.getValue()));
        }
        return actual.equals(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "create|{\"name\": \"Front desk\", \"tools_settings\": {\"enabled_tools\": [\"endCall\"]}}|[]",
        "update|{\"tools_settings\": {\"enabled_tools\": [\"transferCall\"], \"end_call\": {\"enabled\": true}}}|[\"endCall\"]",
        "update|{\"tools_settings\": {\"enabled_tools\": [], \"end_call\": {\"enabled\": true}}}|[\"endCall\"]",
    })
    void enabledToolsThatTheServerWouldRecomputeGetAWarning(String kind, String json, String stored) {
        Result result = check(Variant.BURKI, Kind.byId(kind).orElseThrow(), json);
        assertThat(result.valid()).isTrue();
        Violation warning = only(result, "enabled_tools_mismatch");
        assertThat(warning.severity()).isEqualTo(Severity.WARNING);
        assertThat(warning.pointer()).isEqualTo("/tools_settings/enabled_tools");
        assertThat(warning.message()).isEqualTo("the Burki server recomputes enabled_tools from end_call.enabled and"
                + " transfer_call.enabled and stores " + stored + " instead");
        assertThat(result.canonical().orElseThrow().at("/tools_settings/enabled_tools"))
                .as("not rewritten").isEqualTo(MAPPER.readTree(json).at("/tools_settings/enabled_tools"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "create|{\"name\": \"Front desk\", \"tools_settings\": {\"enabled_tools\": []}}",
        "update|{\"tools_settings\": {\"enabled_tools\": [\"transferCall\", \"endCall\"], \"end_call\": {\"enabled\": true},"
                + " \"transfer_call\": {\"enabled\": true, \"transfer_numbers\": [\"+14155550123\"]}}}",
        "object|{\"id\": 1, \"name\": \"x\", \"created_at\": \"2025-01-15T10:30:00Z\", \"updated_at\": \"2025-01-15T10:30:00Z\","
                + " \"tools_settings\": {\"enabled_tools\": [\"<string>\"]}}",
    })
    void enabledToolsThatAgreeWithTheFlagsOrAreNotARequestGetNoWarning(String kind, String json) {
        assertThat(check(Variant.BURKI, Kind.byId(kind).orElseThrow(), json).violations()).isEmpty();
    }

    @Test
    void theBurkiListQueryIsTheServers() {
        Result defaults = CONF.check(Variant.BURKI, Kind.LIST_QUERY, Input.query(""));
        assertThat(defaults.canonicalJson()).contains("{\"skip\":0,\"limit\":100,\"active_only\":false,"
                + "\"my_assistants_only\":false}");
        assertThat(CONF.check(Variant.BURKI, Kind.LIST_QUERY,
                Input.query("skip=0&limit=1&active_only=true&my_assistants_only=true")).violations()).isEmpty();
        assertThat(CONF.check(Variant.BURKI, Kind.LIST_QUERY, Input.query("limit=1000")).violations()).isEmpty();
        for (String outOfRange : List.of("skip=-1", "limit=0", "limit=1001")) {
            assertThat(codes(CONF.check(Variant.BURKI, Kind.LIST_QUERY, Input.query(outOfRange))))
                    .as(outOfRange).containsExactly("out_of_range");
        }
    }
}
