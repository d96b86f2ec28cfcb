package io.assistconf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No report, message or change ever contains the value of a secret. */
class SecretsTest {

    private static final List<String> SECRETS = List.of("sk-live-SECRET-1", "hdr-SECRET-2");

    @ParameterizedTest
    @ValueSource(strings = {
        // invalid in many ways around the secrets
        "{\"name\": 5, \"tool_configurations\": {\"mcpTools\": [{\"serverLabel\": \"a\","
                + " \"authorization\": \"sk-live-SECRET-1\", \"headers\": {\"X-Key\": \"hdr-SECRET-2\"},"
                + " \"requireApproval\": \"sk-live-SECRET-1\"}]}}",
        // secrets where a type is expected
        "{\"name\": \"x\", \"tool_configurations\": {\"mcp_tools\": [{\"server_label\": \"a\", \"connector_id\": \"c\","
                + " \"authorization\": [\"sk-live-SECRET-1\"], \"headers\": {\"X-Key\": {\"v\": \"hdr-SECRET-2\"}}}]}}",
        // a secret as an unquoted, malformed token
        "{\"name\": \"x\", \"tool_configurations\": {\"mcp_tools\": [{\"authorization\": sk-live-SECRET-1}]}}",
        // a secret in a conflicting duplicate spelling
        "{\"name\": \"x\", \"tool_configurations\": {\"mcp_tools\": [{\"server_label\": \"a\", \"connector_id\": \"c\","
                + " \"authorization\": \"sk-live-SECRET-1\", \"Authorization\": \"hdr-SECRET-2\"}]}}",
        // a secret where an enum value is expected
        "{\"name\": \"x\", \"access_mode\": \"sk-live-SECRET-1\", \"service_tier\": \"hdr-SECRET-2\"}",
        // a secret field's name mistyped: an unknown key, and a secret carried in the key itself
        "{\"name\": 5, \"tool_configurations\": {\"mcp_tools\": [{\"server_label\": \"a\", \"connector_id\": \"c\","
                + " \"authorizaton\": \"sk-live-SECRET-1\", \"Authorization:hdr-SECRET-2\": 1}]}}"
    })
    void reportsNeverEchoSecrets(String payload) {
        for (Kind kind : List.of(Kind.CREATE, Kind.UPDATE, Kind.OBJECT)) {
            Result result = Checks.STRICT.check(Variant.FREDDY, kind, Input.json(payload));
            assertThat(result.valid()).isFalse();
            String report = result.violations() + " " + result.changes() + " " + result;
            for (String secret : SECRETS) {
                assertThat(report).doesNotContain(secret).doesNotContain(secret.substring(0, 8));
            }
        }
    }

    /** Burki's secrets: its API keys, Twilio credentials, and the keys of its LLM providers and fallbacks. */
    @ParameterizedTest
    @ValueSource(strings = {
        // every secret field with a wrong type around it
        "{\"name\": 5, \"openai_api_key\": \"sk-live-SECRET-1\", \"deepgram_api_key\": \"hdr-SECRET-2\","
                + " \"llm_provider_config\": {\"api_key\": \"sk-live-SECRET-1\", \"model\": 5},"
                + " \"twilio_config\": {\"account_sid\": \"hdr-SECRET-2\", \"auth_token\": \"sk-live-SECRET-1\","
                + " \"x\": []}, \"llm_fallback_providers\": [{\"api_key\": \"hdr-SECRET-2\", \"enabled\": 3}]}",
        // secrets in arrays and objects where strings are expected
        "{\"name\": \"x\", \"openaiApiKey\": [\"sk-live-SECRET-1\"], \"twilioConfig\": {\"authToken\":"
                + " {\"v\": \"hdr-SECRET-2\"}}}",
        // secret fields' names mistyped: unknown keys
        "{\"name\": 5, \"openai_api_kye\": \"sk-live-SECRET-1\", \"twilio_config\": {\"auth_tokn\":"
                + " \"hdr-SECRET-2\"}}"
    })
    void burkiReportsNeverEchoSecrets(String payload) {
        for (Kind kind : List.of(Kind.CREATE, Kind.UPDATE, Kind.OBJECT)) {
            for (AssistConf conf : List.of(Checks.STRICT, Checks.LENIENT)) {
                Result result = conf.check(Variant.BURKI, kind, Input.json(payload));
                assertThat(result.valid()).isFalse();
                String report = result.violations() + " " + result.changes() + " " + result;
                for (String secret : SECRETS) {
                    assertThat(report).doesNotContain(secret).doesNotContain(secret.substring(0, 8));
                }
            }
        }
    }
}
