package io.assistconf.gateway;

import static io.assistconf.gateway.Answers.bytes;
import static io.assistconf.gateway.Answers.rejected;
import static io.assistconf.gateway.Answers.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.Variant;
import org.junit.jupiter.api.Test;

/** The exact bodies of a few rejections, in each API's own format and as problem details. */
class ErrorEnvelopeTest {

    private static final String TRACE = "req-7";

    private static Decision check(ErrorFormat format, String method, String path, String query, String body) {
        RequestChecker checker = RequestChecker.builder().clock(Answers.CLOCK).errorFormat(format).build();
        Request.Builder request = Request.builder(method, path).query(query).contentType("application/json")
                .headers(name -> name.equalsIgnoreCase(RequestChecker.DEFAULT_TRACE_HEADER) ? TRACE : null);
        return checker.check(body == null ? request.build() : request.body(bytes(body)).build());
    }

    @Test
    void freddysEnvelope() {
        Decision.Reject reject = rejected(check(ErrorFormat.NATIVE, "POST", "/v1/assistants", null,
                "{\"name\": \"a\",\n \"organizationId\": \"org_1\", \"temperature\": 3}"), Variant.FREDDY, 400);
        assertThat(text(reject.body())).isEqualTo("{\"success\":false,\"error\":{\"code\":\"invalid_request\","
                + "\"message\":\"The request is invalid: 2 errors, the first at /instructions: required property"
                + " 'instructions' is missing\",\"system_message\":\"checked by assistconf against the freddy create"
                + " schema\",\"type\":\"client_error\",\"status\":400,\"details\":{\"violations\":["
                + "{\"code\":\"missing_required\",\"severity\":\"error\",\"pointer\":\"/instructions\",\"path\":"
                + "\"/instructions\",\"line\":1,\"column\":1,\"message\":\"required property 'instructions' is missing\"},"
                + "{\"code\":\"out_of_range\",\"severity\":\"error\",\"pointer\":\"/temperature\",\"path\":"
                + "\"/temperature\",\"line\":2,\"column\":29,\"message\":\"must be between 0 and 2 (inclusive)\"}]},"
                + "\"trace_id\":\"req-7\",\"timestamp\":\"2026-01-02T03:04:05Z\"}}");
        assertThat(reject.contentType()).isEqualTo("application/json; charset=utf-8");
        assertThat(reject.traceId()).isEqualTo(TRACE);
    }

    @Test
    void burkisValidationErrorList() {
        Decision.Reject reject = rejected(check(ErrorFormat.NATIVE, "POST", "/api/v1/assistants", null,
                "{\"name\": 5, \"ragSettings\": {\"chunkOverlap\": 1500}}"), Variant.BURKI, 422);
        assertThat(text(reject.body())).isEqualTo("{\"detail\":["
                + "{\"type\":\"invalid_type\",\"loc\":[\"body\",\"name\"],\"msg\":\"must be string, found integer\","
                + "\"ctx\":{\"code\":\"invalid_type\",\"severity\":\"error\",\"pointer\":\"/name\",\"path\":\"/name\","
                + "\"line\":1,\"column\":2,\"message\":\"must be string, found integer\"}},"
                + "{\"type\":\"chunk_overlap_too_large\",\"loc\":[\"body\",\"ragSettings\",\"chunkOverlap\"],\"msg\":"
                + "\"chunk_overlap must be less than chunk_size (1000)\",\"ctx\":{\"code\":\"chunk_overlap_too_large\","
                + "\"severity\":\"error\",\"pointer\":\"/rag_settings/chunk_overlap\",\"path\":"
                + "\"/ragSettings/chunkOverlap\",\"line\":1,\"column\":29,\"message\":"
                + "\"chunk_overlap must be less than chunk_size (1000)\"}}]}");
    }

    @Test
    void burkisListInTheQuery() {
        Decision.Reject reject = rejected(check(ErrorFormat.NATIVE, "GET", "/api/v1/assistants", "skip=-1", null),
                Variant.BURKI, 422);
        assertThat(text(reject.body())).isEqualTo("{\"detail\":[{\"type\":\"out_of_range\",\"loc\":[\"query\","
                + "\"skip\"],\"msg\":\"must be at least 0\",\"ctx\":{\"code\":\"out_of_range\",\"severity\":\"error\","
                + "\"pointer\":\"/skip\",\"path\":\"/skip\",\"line\":null,\"column\":null,\"message\":"
                + "\"must be at least 0\"}}]}");
    }

    @Test
    void cogsolsFieldMessages() {
        Decision.Reject reject = rejected(check(ErrorFormat.NATIVE, "POST", "/assistants/", null, "[]"),
                Variant.COGSOL, 400);
        assertThat(text(reject.body())).isEqualTo("{\"non_field_errors\":[\"the document must be an object, found"
                + " array (error not_an_object; pointer ''; path ''; line 1, column 1)\"]}");
        Decision.Reject nested = rejected(check(ErrorFormat.NATIVE, "PUT", "/assistants/3/", null,
                "{\"description\": \"d\", \"generation_config\": \"g\", \"generation_config_pretools\": \"p\","
                        + " \"system_prompt\": \"s\", \"temperature\": 1, \"webSearchLocation\": {\"country\": 5}}"),
                Variant.COGSOL, 400);
        assertThat(text(nested.body())).isEqualTo("{\"web_search_location.country\":[\"must be string, found"
                + " integer (error invalid_type; pointer '/web_search_location/country'; path"
                + " '/webSearchLocation/country'; line 1, column 145)\"]}");
    }

    @Test
    void problemDetailsForEveryVariant() {
        Decision.Reject freddy = rejected(check(ErrorFormat.PROBLEM_JSON, "PATCH", "/v1/assistants/a", null,
                "{\"temperature\": \"hot\"}"), Variant.FREDDY, 400);
        assertThat(freddy.contentType()).isEqualTo("application/problem+json; charset=utf-8");
        assertThat(text(freddy.body())).isEqualTo("{\"type\":\"https://assistconf.io/problems/invalid-request\","
                + "\"title\":\"The request is invalid\",\"status\":400,\"detail\":\"The request is invalid: at"
                + " /temperature: must be one of: number, null, found string\",\"trace_id\":\"req-7\",\"variant\":\"freddy\","
                + "\"kind\":\"update\",\"violations\":[{\"code\":\"invalid_type\",\"severity\":\"error\",\"pointer\":"
                + "\"/temperature\",\"path\":\"/temperature\",\"line\":1,\"column\":2,\"message\":"
                + "\"must be one of: number, null, found string\"}]}");
        Decision.Reject burki = rejected(check(ErrorFormat.PROBLEM_JSON, "POST", "/api/v1/assistants", null, ""),
                Variant.BURKI, 422);
        assertThat(text(burki.body())).isEqualTo("{\"type\":\"https://assistconf.io/problems/invalid-request\","
                + "\"title\":\"The request is invalid\",\"status\":422,\"detail\":\"The request is invalid: the"
                + " document is empty\",\"trace_id\":\"req-7\",\"variant\":\"burki\",\"kind\":\"create\",\"violations\":["
                + "{\"code\":\"empty_document\",\"severity\":\"error\",\"pointer\":\"\",\"path\":\"\",\"line\":null,"
                + "\"column\":null,\"message\":\"the document is empty\"}]}");
        Decision.Reject cogsol = rejected(RequestChecker.builder().errorFormat(ErrorFormat.PROBLEM_JSON).build()
                .check(Request.builder("POST", "/assistants/").contentType("text/csv").body(bytes("a,b")).build()),
                Variant.COGSOL, 415);
        assertThat(text(cogsol.body())).startsWith("{\"type\":\"https://assistconf.io/problems/unsupported-media-type\","
                + "\"title\":\"The request body is not JSON\",\"status\":415,\"detail\":\"The request body is not JSON:"
                + " the content type 'text/csv' is not JSON; send application/json\",\"trace_id\":\"trace_");
    }
}
