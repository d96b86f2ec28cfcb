package io.assistconf;

import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.testkit.TestPayloads;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code fillDefaults(false)}: the canonical payload keeps only what was given, renamed and coerced, while the
 * payload is judged as the server will hold it, defaults filled; and {@link Result#canonicalBytes()} is the
 * canonical JSON in UTF-8.
 */
class FillDefaultsTest {

    private static final AssistConf FILLING = AssistConf.create();
    private static final AssistConf BARE = AssistConf.builder().fillDefaults(false).build();

    @Test
    void aCamelCaseCreateArrivesInCanonicalSpellingWithNothingAdded() {
        String body = "{\"name\": \"a\", \"instructions\": \"i\", \"organizationId\": \"org_1\", \"maxToolCalls\": \"3\","
                + " \"toolConfigurations\": {\"systemTools\": {\"webSearch\": {\"mode\": \"on\"}}}}";
        Result bare = BARE.check(Variant.FREDDY, Kind.CREATE, Input.json(body));
        assertThat(bare.canonicalJson()).contains("{\"name\":\"a\",\"instructions\":\"i\",\"organization_id\":\"org_1\","
                + "\"max_tool_calls\":\"3\",\"tool_configurations\":{\"system_tools\":{\"web_search\":{\"mode\":\"on\"}}}}");
        assertThat(bare.changes()).extracting(Change::type).containsOnly(Change.Type.RENAMED);
        Result filling = FILLING.check(Variant.FREDDY, Kind.CREATE, Input.json(body));
        assertThat(filling.changes()).extracting(Change::type).contains(Change.Type.DEFAULTED);
        assertThat(bare.violations()).isEqualTo(filling.violations());
    }

    @Test
    void aListQueryIsTypedButGetsNoDefault() {
        Result bare = BARE.check(Variant.FREDDY, Kind.LIST_QUERY, Input.query("pageSize=20&organization_id=org_1"));
        assertThat(bare.canonicalJson()).contains("{\"page_size\":20,\"organization_id\":\"org_1\"}");
        assertThat(bare.changes()).extracting(Change::type).containsExactly(Change.Type.RENAMED, Change.Type.COERCED);
    }

    @Test
    void aBurkiSettingsObjectStaysPartialAndANullStaysNull() {
        String body = "{\"ttsSettings\": {\"voiceId\": \"x\"}, \"stt_settings\": null}";
        Result bare = BARE.check(Variant.BURKI, Kind.UPDATE, Input.json(body));
        assertThat(bare.canonicalJson()).contains("{\"tts_settings\":{\"voice_id\":\"x\"},\"stt_settings\":null}");
        assertThat(bare.valid()).isTrue();
        assertThat(FILLING.check(Variant.BURKI, Kind.UPDATE, Input.json(body)).canonicalJson().orElseThrow())
                .contains("\"stt_settings\":{\"model\":\"nova-2\"");
    }

    @Test
    void aRuleThatReadsADefaultJudgesAsTheServerWould() {
        // chunk_size is not given: the server holds its default 1000, which the overlap must stay below
        Result bare = BARE.check(Variant.BURKI, Kind.CREATE,
                Input.json("{\"name\": \"a\", \"rag_settings\": {\"chunk_overlap\": 1500}}"));
        assertThat(bare.errors()).extracting(Violation::code).containsExactly(Code.CHUNK_OVERLAP_TOO_LARGE.id());
        assertThat(bare.canonicalJson()).contains("{\"name\":\"a\",\"rag_settings\":{\"chunk_overlap\":1500}}");
        Result provider = BARE.check(Variant.BURKI, Kind.CREATE,
                Input.json("{\"name\": \"a\", \"llm_settings\": {\"provider\": \"anthropic\"}}"));
        assertThat(provider.warnings()).extracting(Violation::code).containsExactly(Code.CONFLICTING_PROVIDER.id());
    }

    /** Every fixture: the same violations either way, the bytes are the JSON, and no default without them. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyFixtureIsJudgedTheSameWithoutDefaults(String name, Variant variant, Kind kind, Path file)
            throws IOException {
        byte[] text = Files.readAllBytes(file);
        Input input = name.endsWith(".query") ? Input.query(new String(text, StandardCharsets.UTF_8).strip())
                : Input.of(text, TextFormat.JSON);
        Result filling = FILLING.check(variant, kind, input);
        Result bare = BARE.check(variant, kind, input);
        assertThat(bare.violations()).as(name).isEqualTo(filling.violations());
        assertThat(bare.changes()).as(name).noneMatch(change -> change.type() == Change.Type.DEFAULTED);
        for (Result result : List.of(filling, bare)) {
            assertThat(result.canonicalBytes().map(bytes -> new String(bytes, StandardCharsets.UTF_8)))
                    .as(name).isEqualTo(result.canonicalJson());
        }
    }

    static List<Object[]> fixtures() throws IOException {
        List<Object[]> fixtures = new ArrayList<>();
        for (Variant variant : Variant.values()) {
            Path folder = TestPayloads.fixtures().resolve(variant.id());
            for (JsonNode entry : JsonMapper.shared().readTree(Files.readString(folder.resolve("index.json")))) {
                String file = entry.get("file").asString();
                fixtures.add(new Object[] {variant.id() + "/" + file, variant,
                        Kind.byId(entry.get("kind").asString()).orElseThrow(), folder.resolve(file)});
            }
        }
        assertThat(fixtures).hasSizeGreaterThan(100);
        return fixtures;
    }
}
