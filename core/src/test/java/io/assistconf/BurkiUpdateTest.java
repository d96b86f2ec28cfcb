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
 * A Burki update (PUT) as the Burki server treats it (decisions S15): the top level is partial, a settings
 * object given replaces the stored one whole and so gets the defaults of what it omits, and {@code null} for
 * one of five settings objects stands for its whole default object. Each body is one a Burki client sends,
 * checked through the public API as JSON text (normalized while read) and as a tree: both must agree.
 */
class BurkiUpdateTest {

    private static final AssistConf CONF = AssistConf.create();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** The result of the body as text, after checking that the body as a tree gives the same outcome. */
    private static Result update(String json) {
        return check(Kind.UPDATE, json);
    }

    private static Result check(Kind kind, String json) {
        Result text = CONF.check(Variant.BURKI, kind, Input.json(json));
        Result tree = CONF.check(Variant.BURKI, kind, Input.of(MAPPER.readTree(json)));
        assertThat(tree.canonicalJson()).as("canonical payload of the tree").isEqualTo(text.canonicalJson());
        assertThat(tree.changes()).as("changes of the tree").isEqualTo(text.changes());
        assertThat(codes(tree)).as("violations of the tree").isEqualTo(codes(text));
        return text;
    }

    private static List<String> defaulted(Result result) {
        return result.changes().stream().filter(c -> c.type() == Change.Type.DEFAULTED).map(Change::pointer).toList();
    }

    @Test
    void aGivenTtsSettingsObjectGetsTheDefaultsOfWhatItOmits() {
        Result result = update("{\"tts_settings\": {\"voice_id\": \"EXAVITQu4vr4xnSDxMaL\"}}");
        assertThat(result.violations()).isEmpty();
        assertThat(result.canonicalJson()).contains("{\"tts_settings\":{\"voice_id\":\"EXAVITQu4vr4xnSDxMaL\","
                + "\"provider\":\"elevenlabs\",\"model_id\":\"turbo\",\"latency\":1,\"stability\":0.5,"
                + "\"similarity_boost\":0.75,\"style\":0,\"use_speaker_boost\":true,\"provider_config\":{}}}");
        assertThat(defaulted(result)).containsExactly("/tts_settings/provider", "/tts_settings/model_id",
                "/tts_settings/latency", "/tts_settings/stability", "/tts_settings/similarity_boost",
                "/tts_settings/style", "/tts_settings/use_speaker_boost", "/tts_settings/provider_config");
    }

    @Test
    void theDefaultsAreFilledAtEveryDepthOfTheGivenObject() {
        Result result = update("{\"sttSettings\": {\"endpointing\": {\"silenceThreshold\": 300}, \"language\": \"de-DE\"}}");
        assertThat(result.violations()).isEmpty();
        JsonNode stt = result.canonical().orElseThrow().path("stt_settings");
        assertThat(stt.path("endpointing").toString()).isEqualTo("{\"silence_threshold\":300,\"min_silence_duration\":500}");
        assertThat(stt.path("language").asString()).isEqualTo("de-DE");
        assertThat(stt.path("model").asString()).isEqualTo("nova-2");
        assertThat(stt.has("keywords")).as("no default in the seed or the supplement (B1)").isFalse();
    }

    @Test
    void aNullSttSettingsBecomesTheWholeDefaultObject() {
        Result result = update("{\"name\": \"Front desk\", \"stt_settings\": null}");
        assertThat(result.violations()).isEmpty();
        assertThat(result.canonicalJson()).contains("{\"name\":\"Front desk\",\"stt_settings\":{\"model\":\"nova-2\","
                + "\"language\":\"en-US\",\"punctuate\":true,\"interim_results\":true,\"endpointing\":"
                + "{\"silence_threshold\":500,\"min_silence_duration\":500},\"utterance_end_ms\":1000,\"vad_turnoff\":500,"
                + "\"smart_format\":true,\"audio_denoising\":false}}");
        Change reset = result.changes().get(0);
        assertThat(reset.type()).isEqualTo(Change.Type.DEFAULTED);
        assertThat(reset.pointer()).isEqualTo("/stt_settings");
        assertThat(reset.detail()).isEqualTo("replaced null by the default {}");
        assertThat(defaulted(result)).contains("/stt_settings/model", "/stt_settings/endpointing/silence_threshold");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tools_settings", "tts_settings", "stt_settings", "llm_provider_config",
        "llm_fallback_providers"})
    void eachOfTheFiveSettingsObjectsIsResetByNull(String name) {
        Result reset = update("{\"" + name + "\": null}");
        Result absentOnCreate = check(Kind.CREATE, "{\"name\": \"x\"}");
        assertThat(reset.violations()).isEmpty();
        assertThat(reset.canonical().orElseThrow().get(name))
                .isEqualTo(absentOnCreate.canonical().orElseThrow().get(name));
        assertThat(defaulted(reset)).first().isEqualTo("/" + name);
    }

    @Test
    void anUpdateWithOnlyANameGetsNothingFilled() {
        Result result = update("{\"name\": \"Front desk\"}");
        assertThat(result.violations()).isEmpty();
        assertThat(result.changes()).isEmpty();
        assertThat(result.canonicalJson()).contains("{\"name\":\"Front desk\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"llm_settings", "interruption_settings", "rag_settings"})
    void theOtherSettingsObjectsAreFilledWhenGivenButNotResetByNull(String name) {
        Result given = update("{\"" + name + "\": {}}");
        assertThat(given.violations()).isEmpty();
        assertThat(defaulted(given)).isNotEmpty().allMatch(pointer -> pointer.startsWith("/" + name + "/"));
        // the supplement names five objects that null resets; the others keep their object type (S15)
        assertThat(only(update("{\"" + name + "\": null}"), "invalid_type").pointer()).isEqualTo("/" + name);
    }

    @Test
    void aGivenSettingsObjectIsCheckedWhole() {
        // chunk_size is not given, so the stored one is replaced by the default 1000
        Result result = update("{\"rag_settings\": {\"chunk_overlap\": 1500}}");
        assertThat(only(result, "chunk_overlap_too_large").message())
                .isEqualTo("chunk_overlap must be less than chunk_size (1000)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "create|{\"name\": \"x\", \"tts_settings\": null}",
        "object|{\"id\": 1, \"name\": \"x\", \"created_at\": \"2025-01-15T10:30:00Z\", \"updated_at\": \"2025-01-15T10:30:00Z\", \"tts_settings\": null}",
    })
    void aNullSettingsObjectIsResetWhereverDefaultsAreFilled(String kind, String json) {
        Result result = check(Kind.byId(kind).orElseThrow(), json);
        assertThat(result.violations()).isEmpty();
        assertThat(result.canonical().orElseThrow().at("/tts_settings/voice_id").asString()).isEqualTo("rachel");
        assertThat(result.changes()).anyMatch(c -> c.pointer().equals("/tts_settings")
                && c.detail().equals("replaced null by the default {}"));
    }

    @Test
    void aListResponseKeepsWhatTheServerSent() {
        Result result = check(Kind.LIST_RESPONSE, "[{\"id\": 1, \"name\": \"x\", \"created_at\": \"2025-01-15T10:30:00Z\","
                + " \"updated_at\": \"2025-01-15T10:30:00Z\", \"tts_settings\": null, \"stt_settings\": {\"model\": \"nova-3\"}}]");
        assertThat(result.violations()).isEmpty();
        assertThat(result.changes()).isEmpty();
        assertThat(result.canonical().orElseThrow().at("/0/tts_settings").isNull()).isTrue();
    }

    @Test
    void freddyAndCogsolUpdatesStillFillNothing() {
        Result freddy = CONF.check(Variant.FREDDY, Kind.UPDATE, Input.json(
                "{\"reasoning\": {}, \"tool_configurations\": {\"system_tools\": {\"web_search\": {}}}}"));
        assertThat(freddy.violations()).isEmpty();
        assertThat(freddy.changes()).isEmpty();
        Result cogsol = CONF.check(Variant.COGSOL, Kind.UPDATE, Input.json("{\"generation_config\": \"g\","
                + " \"generation_config_pretools\": \"p\", \"description\": \"d\", \"system_prompt\": \"s\","
                + " \"temperature\": 0.2, \"colors\": {}}"));
        assertThat(cogsol.violations()).isEmpty();
        assertThat(cogsol.changes()).isEmpty();
    }

    // "A non-object tts_settings, stt_settings or tools_settings makes the server fail with a 500: reject it."

    @ParameterizedTest(name = "{0} {1} = {2}")
    @CsvSource(delimiter = '|', value = {
        "create|tts_settings|\"x\"", "create|stt_settings|[]", "create|tools_settings|1",
        "update|tts_settings|true", "update|stt_settings|\"nova-2\"", "update|tools_settings|[{}]",
        "object|tts_settings|[]", "object|stt_settings|0.5", "object|tools_settings|\"endCall\"",
    })
    void aNonObjectSettingsValueIsRefusedInEveryKind(String kind, String name, String value) {
        String stored = kind.equals("object")
                ? "\"id\": 1, \"created_at\": \"2025-01-15T10:30:00Z\", \"updated_at\": \"2025-01-15T10:30:00Z\", " : "";
        Result result = check(Kind.byId(kind).orElseThrow(), "{" + stored + "\"name\": \"x\", \"" + name + "\": " + value + "}");
        Violation violation = only(result, "invalid_type");
        assertThat(violation.pointer()).isEqualTo("/" + name);
        assertThat(violation.message()).startsWith("must be one of: object, null, found ");
    }

    @Test
    void aNonObjectSettingsValueIsRefusedInAListResponse() {
        Result result = check(Kind.LIST_RESPONSE, "[{\"id\": 1, \"name\": \"x\", \"created_at\": \"2025-01-15T10:30:00Z\","
                + " \"updated_at\": \"2025-01-15T10:30:00Z\", \"tools_settings\": \"endCall\"}]");
        assertThat(only(result, "invalid_type").pointer()).isEqualTo("/0/tools_settings");
    }
}
