package io.assistconf.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.AssistConf;
import io.assistconf.Input;
import io.assistconf.Kind;
import io.assistconf.Result;
import io.assistconf.TextFormat;
import io.assistconf.Variant;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the tests expect of every answer: a rejection's body is the variant's own error document, valid
 * against its {@code error} schema, or RFC 9457 problem details carrying the same violations.
 */
final class Answers {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
    private static final AssistConf ERROR_DOCUMENTS = AssistConf.builder().strict(true).build();

    private Answers() {
    }

    static Decision.Forward forwarded(Decision decision) {
        assertThat(decision).isInstanceOf(Decision.Forward.class);
        return (Decision.Forward) decision;
    }

    /** The rejection, its body checked as {@code variant}'s own error document, which is valid. */
    static Decision.Reject rejected(Decision decision, Variant variant, int status) {
        assertThat(decision).isInstanceOf(Decision.Reject.class);
        Decision.Reject reject = (Decision.Reject) decision;
        assertThat(reject.status()).isEqualTo(status);
        if (reject.contentType().startsWith("application/problem+json")) {
            problem(reject);
        } else {
            assertThat(reject.contentType()).isEqualTo("application/json; charset=utf-8");
            Result result = ERROR_DOCUMENTS.check(variant, Kind.ERROR, Input.of(reject.body(), TextFormat.JSON));
            assertThat(result.violations()).as("the %s error document %s", variant.id(), text(reject.body()))
                    .isEmpty();
        }
        assertThat(reject.violations()).isNotEmpty();
        return reject;
    }

    /** RFC 9457 members, and one entry with every field per violation. */
    private static void problem(Decision.Reject reject) {
        JsonNode body = JsonMapper.shared().readTree(reject.body());
        assertThat(body.get("type").asString()).startsWith(ErrorBodies.PROBLEM_TYPES);
        assertThat(body.get("title").isString()).isTrue();
        assertThat(body.get("status").asInt()).isEqualTo(reject.status());
        assertThat(body.get("detail").isString()).isTrue();
        assertThat(body.get("trace_id").asString()).isEqualTo(reject.traceId());
        assertThat(body.get("violations")).hasSize(reject.violations().size());
        body.get("violations").forEach(violation -> assertThat(violation.propertyNames())
                .containsExactly("code", "severity", "pointer", "path", "line", "column", "message"));
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
