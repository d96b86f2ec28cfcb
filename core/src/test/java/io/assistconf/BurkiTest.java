package io.assistconf;

import static io.assistconf.Checks.only;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class BurkiTest {

    private static final Result MINIMAL = check(Kind.CREATE, "{\"name\": \"x\"}");

    private static Result check(Kind kind, String json) {
        return Checks.LENIENT.check(Variant.BURKI, kind, Input.json(json));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "/llm_provider_config/model|\"gpt-4o-mini\"",
        "/llm_provider_config/custom_config|{}",
        "/llm_settings/temperature|0.5",
        "/llm_settings/max_tokens|1000",
        "/llm_settings/system_prompt|\"You are a helpful assistant that can answer questions and help with tasks.\"",
        "/llm_settings/top_p|1",
        "/llm_settings/frequency_penalty|0",
        "/llm_settings/presence_penalty|0",
        "/interruption_settings/interruption_threshold|3",
        "/interruption_settings/min_speaking_time|0.5",
        "/interruption_settings/interruption_cooldown|2",
        "/tts_settings/provider|\"elevenlabs\"",
        "/tts_settings/voice_id|\"rachel\"",
        "/tts_settings/latency|1",
        "/tts_settings/stability|0.5",
        "/tts_settings/similarity_boost|0.75",
        "/tts_settings/style|0",
        "/tts_settings/use_speaker_boost|true",
        "/tts_settings/provider_config|{}",
        "/stt_settings/model|\"nova-2\"",
        "/stt_settings/language|\"en-US\"",
        "/stt_settings/punctuate|true",
        "/stt_settings/interim_results|true",
        "/stt_settings/endpointing/silence_threshold|500",
        "/stt_settings/endpointing/min_silence_duration|500",
        "/stt_settings/utterance_end_ms|1000",
        "/stt_settings/vad_turnoff|500",
        "/stt_settings/smart_format|true",
        "/stt_settings/audio_denoising|false",
        "/tools_settings/end_call/enabled|false",
        "/tools_settings/transfer_call/enabled|false",
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
        "/llm_fallback_providers/enabled|false",
        "/custom_settings|{}",
        "/is_active|true",
        // the Burki server's defaults where the seed shows a placeholder (decisions S4)
        "/llm_provider|\"openai\"",
        "/tts_settings/model_id|\"turbo\"",
        "/idle_message|\"Are you still there? I'm here to help if you need anything.\"",
        "/llm_settings/stop_sequences|[]",
    })
    void minimalCreateGetsTheSeedsDefaultConfiguration(String pointer, String expected) {
        assertThat(MINIMAL.violations()).isEmpty();
        assertThat(MINIMAL.canonical().orElseThrow().at(pointer).toString()).isEqualTo(expected);
        assertThat(MINIMAL.changes()).anyMatch(c -> c.type() == Change.Type.DEFAULTED && c.pointer().equals(pointer));
    }

    @ParameterizedTest
    @CsvSource({"/twilio_config", "/webhook_url", "/max_idle_messages", "/idle_timeout",
        "/stt_settings/keywords", "/tools_settings/enabled_tools"})
    void placeholdersOfTheSeedAreNotDefaults(String pointer) {
        assertThat(MINIMAL.canonical().orElseThrow().at(pointer).isMissingNode()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "overlap not below size|{\"rag_settings\":{\"chunk_size\":100,\"chunk_overlap\":100}}|chunk_overlap_too_large|/rag_settings/chunk_overlap",
        "transfer without numbers|{\"tools_settings\":{\"transfer_call\":{\"enabled\":true}}}|missing_transfer_numbers|/tools_settings/transfer_call/transfer_numbers",
        "transfer to a bad number|{\"tools_settings\":{\"transfer_call\":{\"enabled\":true,\"transfer_numbers\":[\"+14155550123\",\"555-0199\"]}}}|invalid_phone_number|/tools_settings/transfer_call/transfer_numbers/1",
        "fallbacks enabled without entries|{\"llm_fallback_providers\":{\"enabled\":true}}|missing_fallbacks|/llm_fallback_providers/fallbacks",
        "fallback without provider|{\"llm_fallback_providers\":{\"enabled\":true,\"fallbacks\":[{\"model\":\"m\"}]}}|missing_fallback_provider|/llm_fallback_providers/fallbacks/0/provider",
        "custom provider without base url|{\"llm_provider\":\"custom\",\"llm_provider_config\":{\"model\":\"m\"}}|missing_base_url|/llm_provider_config/base_url",
        "custom fallback without base url|{\"llm_fallback_providers\":{\"enabled\":true,\"fallbacks\":[{\"provider\":\"custom\"}]}}|missing_base_url|/llm_fallback_providers/fallbacks/0/base_url",
        "stability above 1|{\"tts_settings\":{\"stability\":1.5}}|out_of_range|/tts_settings/stability",
        "similarity threshold below 0|{\"rag_settings\":{\"similarity_threshold\":-0.1}}|out_of_range|/rag_settings/similarity_threshold",
        "negative idle timeout|{\"idle_timeout\":-1}|out_of_range|/idle_timeout",
        "temperature above 2|{\"llm_settings\":{\"temperature\":2.1}}|out_of_range|/llm_settings/temperature",
        "read-only id|{\"id\":1}|read_only_property|/id",
    })
    void eachRuleAndRangeIsReported(String name, String json, String code, String pointer) {
        Result result = check(Kind.UPDATE, json);
        assertThat(result.valid()).isFalse();
        assertThat(only(result, code).pointer()).isEqualTo(pointer);
    }

    @Test
    void disabledToolsAreNotChecked() {
        assertThat(check(Kind.UPDATE, "{\"tools_settings\":{\"transfer_call\":{\"enabled\":false,"
                + "\"transfer_numbers\":[\"<string>\"]}}}").violations()).isEmpty();
    }

    @Test
    void listQueryDefaultsAndRanges() {
        Result result = Checks.LENIENT.check(Variant.BURKI, Kind.LIST_QUERY, Input.query("my_assistants=true"));
        assertThat(result.valid()).isTrue();
        assertThat(result.canonicalJson()).contains(
                "{\"my_assistants_only\":true,\"skip\":0,\"limit\":100,\"active_only\":false}");
        assertThat(only(Checks.LENIENT.check(Variant.BURKI, Kind.LIST_QUERY, Input.query("limit=1001")),
                "out_of_range").message()).isEqualTo("must be between 1 and 1000 (inclusive)");
        assertThat(only(Checks.LENIENT.check(Variant.BURKI, Kind.LIST_QUERY, Input.query("skip=-1")),
                "out_of_range").pointer()).isEqualTo("/skip");
    }

    @Test
    void theListResponseIsAnArray() {
        Result object = check(Kind.LIST_RESPONSE, "{\"name\": \"x\"}");
        assertThat(only(object, "not_an_array").message()).isEqualTo("the document must be an array, found object");
        Result items = check(Kind.LIST_RESPONSE, "[{\"id\": \"asst_1\", \"name\": \"x\", \"created_at\": "
                + "\"2023-10-26T10:00:00Z\", \"updated_at\": \"2023-10-26T10:00:00Z\","
                + " \"rag_settings\": {\"chunk_size\": 10, \"chunk_overlap\": 20}}]");
        assertThat(only(items, "chunk_overlap_too_large").pointer()).isEqualTo("/0/rag_settings/chunk_overlap");
    }

    @Test
    void secretsNeverAppearInReports() {
        Result result = Checks.STRICT.check(Variant.BURKI, Kind.CREATE, Input.json("""
                {"name": 1, "llm_provider_config": {"api_key": 42, "base_url": "u"},
                 "twilio_config": {"account_sid": ["AC-SECRET-1"], "auth_token": {"t": "tok-SECRET-2"}},
                 "llm_fallback_providers": {"enabled": true, "fallbacks": [{"api_key": "sk-SECRET-3"}]}}"""));
        assertThat(result.valid()).isFalse();
        String report = result.violations().toString() + result.changes() + result;
        assertThat(report).doesNotContain("SECRET").doesNotContain("42");
    }

    @Test
    void catalogueChecksProvidersAndModels() {
        AssistConf withCatalogue = AssistConf.builder().catalogue(Catalogue.parse(
                "{\"llm_provider\": [\"openai\", \"anthropic\"], \"llm_model\": [\"gpt-4o-mini\", \"gpt-4o\"]}")).build();
        Result result = withCatalogue.check(Variant.BURKI, Kind.CREATE,
                Input.json("{\"name\": \"x\", \"llm_provider\": \"opanai\", \"llm_provider_config\": {\"model\": \"gpt-4o\"}}"));
        Violation violation = only(result, "unknown_reference");
        assertThat(violation.pointer()).isEqualTo("/llm_provider");
        assertThat(violation.message()).isEqualTo("'opanai' is not a known llm provider; did you mean 'openai'?");
        JsonNode canonical = result.canonical().orElseThrow();
        assertThat(canonical.at("/llm_provider_config/model").asString()).isEqualTo("gpt-4o");
    }
}
