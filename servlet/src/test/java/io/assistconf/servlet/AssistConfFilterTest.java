package io.assistconf.servlet;

import static io.assistconf.servlet.Http.canonical;
import static io.assistconf.servlet.Http.echo;
import static io.assistconf.servlet.Http.echoedBody;
import static io.assistconf.servlet.Http.fixture;
import static io.assistconf.servlet.Http.json;
import static io.assistconf.servlet.Http.rejected;
import static io.assistconf.servlet.Http.request;
import static io.assistconf.servlet.Http.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.Kind;
import io.assistconf.Variant;
import io.assistconf.gateway.ErrorFormat;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** The filter with its defaults (every route, enforcing, canonical, each API's errors) in a real Jetty. */
class AssistConfFilterTest {

    private static JettyServer server;

    @BeforeAll
    static void start() throws Exception {
        server = JettyServer.with(AssistConfFilter.builder().build());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static Stream<Arguments> validBodies() {
        return Stream.of(
                Arguments.of(Variant.FREDDY, Kind.CREATE, "POST", "/v1/assistants", "freddy/000-create-minimal.json"),
                Arguments.of(Variant.FREDDY, Kind.CREATE, "POST", "/v1/assistants",
                        "freddy/supplement-create-real-client.json"),
                Arguments.of(Variant.FREDDY, Kind.UPDATE, "PUT", "/v1/assistants/asst_1",
                        "freddy/supplement-update-assistant-metadata.json"),
                Arguments.of(Variant.FREDDY, Kind.UPDATE, "PATCH", "/v1/assistants/asst_1",
                        "freddy/supplement-update-null-fields.json"),
                Arguments.of(Variant.BURKI, Kind.CREATE, "POST", "/api/v1/assistants", "burki/003-create-minimal.json"),
                Arguments.of(Variant.BURKI, Kind.CREATE, "POST", "/api/v1/assistants/",
                        "burki/supplement-create-custom-llm-url.json"),
                Arguments.of(Variant.BURKI, Kind.UPDATE, "PUT", "/api/v1/assistants/7",
                        "burki/supplement-update-tts-settings-voice.json"),
                Arguments.of(Variant.COGSOL, Kind.CREATE, "POST", "/assistants/", "cogsol/001-create-example.json"),
                Arguments.of(Variant.COGSOL, Kind.CREATE, "POST", "/assistants/",
                        "cogsol/supplement-create-client-fields.json"),
                Arguments.of(Variant.COGSOL, Kind.UPDATE, "PUT", "/assistants/3/",
                        "cogsol/supplement-update-client-full-put.json"));
    }

    @ParameterizedTest(name = "{2} {3} {4}")
    @MethodSource("validBodies")
    void aValidBodyReachesTheBackendCanonicalWithItsLengthAndTypeAgreeing(Variant variant, Kind kind, String method,
            String path, String file) {
        byte[] body = fixture(file);
        JsonNode echo = echo(send(request(server, method, path + "?trace=1", "application/json", body).build()));
        byte[] expected = canonical(variant, kind, body);
        assertThat(new String(echoedBody(echo), StandardCharsets.UTF_8))
                .isEqualTo(new String(expected, StandardCharsets.UTF_8));
        assertThat(echo.get("method").asString()).isEqualTo(method);
        assertThat(echo.get("uri").asString()).isEqualTo(path);
        assertThat(echo.get("contentLength").asLong()).isEqualTo(expected.length);
        assertThat(echo.get("contentLengthHeader").asString()).isEqualTo(Integer.toString(expected.length));
        assertThat(echo.get("contentType").asString()).isEqualTo("application/json");
        assertThat(echo.get("contentTypeHeader").asString()).isEqualTo("application/json");
        assertThat(echo.get("query").asString()).as("a body route's query goes on as it came").isEqualTo("trace=1");
        assertThat(echo.get("parameters").get("trace").get(0).asString()).isEqualTo("1");
    }

    static Stream<Arguments> invalidBodies() {
        return Stream.of(
                Arguments.of(Variant.FREDDY, "POST", "/v1/assistants", "freddy/invalid/create-missing-name.json", 400),
                Arguments.of(Variant.FREDDY, "PUT", "/v1/assistants/asst_1",
                        "freddy/invalid/create-created-at-read-only.json", 400),
                Arguments.of(Variant.BURKI, "POST", "/api/v1/assistants", "burki/invalid/create-name-missing.json",
                        422),
                Arguments.of(Variant.BURKI, "PUT", "/api/v1/assistants/7", "burki/invalid/update-id-read-only.json",
                        422),
                Arguments.of(Variant.COGSOL, "POST", "/assistants/", "cogsol/invalid/create-description-missing.json",
                        400),
                Arguments.of(Variant.COGSOL, "POST", "/assistants",
                        "cogsol/invalid/create-attachment-config-pdf-mode-enum.json", 400));
    }

    @ParameterizedTest(name = "{1} {2} {3}")
    @MethodSource("invalidBodies")
    void anInvalidBodyIsAnsweredInTheApisOwnFormatAndNeverReachesTheBackend(Variant variant, String method,
            String path, String file, int status) {
        int before = server.backend().received();
        JsonNode answer = rejected(json(server, method, path, fixture(file)), variant, status);
        assertThat(server.backend().received()).isEqualTo(before);
        switch (variant) {
            case FREDDY -> {
                assertThat(answer.get("success").asBoolean()).isFalse();
                assertThat(answer.get("error").get("code").asString()).isEqualTo("invalid_request");
                assertThat(answer.get("error").get("details").get("violations")).isNotEmpty();
            }
            case BURKI -> assertThat(answer.get("detail").get(0).get("loc").get(0).asString()).isEqualTo("body");
            case COGSOL -> assertThat(answer.properties()).isNotEmpty();
        }
    }

    @Test
    void aCamelCaseBodyArrivesInCanonicalSpellingThroughTheStreamAndTheReaderAlike() {
        byte[] camel = fixture("freddy/supplement-update-camel-case.json");
        byte[] expected = canonical(Variant.FREDDY, Kind.UPDATE, camel);
        for (String read : List.of("stream", "reader")) {
            JsonNode echo = echo(send(request(server, "PUT", "/v1/assistants/asst_9", "application/json", camel)
                    .header("X-Echo-Read", read).build()));
            String received = new String(echoedBody(echo), StandardCharsets.UTF_8);
            assertThat(received).as(read).isEqualTo(new String(expected, StandardCharsets.UTF_8))
                    .contains("\"default_model_key\":\"gpt-4o\"", "\"server_label\":\"GitHub\"")
                    .doesNotContain("defaultModelKey", "serverLabel");
            assertThat(echo.get("contentLength").asLong()).isEqualTo(expected.length);
        }
    }

    @Test
    void aListQueryArrivesWithItsDefaultsFilledInTheQueryStringAndTheParameters() {
        JsonNode freddy = echo(send(request(server, "GET", "/v1/assistants", null, null).build()));
        assertThat(freddy.get("query").asString()).contains("limit=50", "offset=0", "include_inactive=false");
        assertThat(freddy.get("parameters").get("limit").get(0).asString()).isEqualTo("50");
        assertThat(freddy.get("parameters").get("include_inactive").get(0).asString()).isEqualTo("false");

        JsonNode burki = echo(send(request(server, "GET", "/api/v1/assistants?limit=5", null, null).build()));
        assertThat(burki.get("query").asString()).contains("limit=5", "skip=0");
        assertThat(burki.get("parameters").get("skip").get(0).asString()).isEqualTo("0");
        assertThat(burki.get("parameters").get("limit").get(0).asString()).isEqualTo("5");
        assertThat(burki.get("parameters").get("limit")).hasSize(1);
    }

    @Test
    void anInvalidListQueryIsRejected() {
        int before = server.backend().received();
        rejected(send(request(server, "GET", "/api/v1/assistants?limit=0", null, null).build()), Variant.BURKI, 422);
        JsonNode freddy = rejected(send(request(server, "GET", "/v1/assistants?limit=1000", null, null).build()),
                Variant.FREDDY, 400);
        assertThat(freddy.get("error").get("details").get("violations").get(0).get("pointer").asString())
                .isEqualTo("/limit");
        assertThat(server.backend().received()).isEqualTo(before);
    }

    @Test
    void aChunkedBodyWithoutContentLengthArrivesWithOne() {
        byte[] body = fixture("burki/003-create-minimal.json");
        HttpRequest chunked = HttpRequest.newBuilder(server.uri("/api/v1/assistants"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        JsonNode echo = echo(send(chunked));
        byte[] expected = canonical(Variant.BURKI, Kind.CREATE, body);
        assertThat(echoedBody(echo)).isEqualTo(expected);
        assertThat(echo.get("contentLength").asLong()).isEqualTo(expected.length);
        assertThat(echo.get("contentLengthHeader").asString()).isEqualTo(Integer.toString(expected.length));
        assertThat(echo.get("transferEncoding").isNull()).as("the body is of known length now").isTrue();
    }

    @Test
    void aBodyWithoutContentTypeIsReadAsJsonAndForwardedAsJson() {
        byte[] body = fixture("freddy/000-create-minimal.json");
        JsonNode echo = echo(send(request(server, "POST", "/v1/assistants", null, body).build()));
        assertThat(echoedBody(echo)).isEqualTo(canonical(Variant.FREDDY, Kind.CREATE, body));
        assertThat(echo.get("contentType").asString()).isEqualTo("application/json");
    }

    @Test
    void emptyMalformedAndNonUtf8BodiesAreRejectedWithTheirCode() {
        int before = server.backend().received();
        assertThat(code(json(server, "POST", "/v1/assistants", new byte[0]), 400)).isEqualTo("empty_document");
        assertThat(code(json(server, "POST", "/v1/assistants", "{\"name\": ".getBytes(StandardCharsets.UTF_8)), 400))
                .isEqualTo("parse_error");
        byte[] latin1 = "{\"name\": \"Caf\u00e9\", \"instructions\": \"x\", \"organization_id\": \"o\"}"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(code(json(server, "POST", "/v1/assistants", latin1), 400)).isEqualTo("invalid_encoding");
        rejected(json(server, "POST", "/api/v1/assistants", new byte[0]), Variant.BURKI, 422);
        rejected(json(server, "POST", "/assistants/", "[1,".getBytes(StandardCharsets.UTF_8)), Variant.COGSOL, 400);
        assertThat(server.backend().received()).isEqualTo(before);
    }

    private static String code(HttpResponse<byte[]> response, int status) {
        JsonNode answer = rejected(response, Variant.FREDDY, status);
        return answer.get("error").get("details").get("violations").get(0).get("code").asString();
    }

    @Test
    void aBodyNotDeclaredAsUtf8JsonIs415() {
        int before = server.backend().received();
        byte[] body = fixture("freddy/000-create-minimal.json");
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded",
                "application/json; charset=iso-8859-1")) {
            HttpResponse<byte[]> response = send(request(server, "POST", "/v1/assistants", type, body).build());
            JsonNode answer = rejected(response, Variant.FREDDY, 415);
            assertThat(answer.get("error").get("code").asString()).as(type).isEqualTo("unsupported_media_type");
            assertThat(response.headers().firstValue("Connection")).as("the unread body ends the connection")
                    .hasValue("close");
        }
        rejected(send(request(server, "POST", "/api/v1/assistants", "text/xml", body).build()), Variant.BURKI, 415);
        assertThat(server.backend().received()).isEqualTo(before);
    }

    @Test
    void aJsonTypeWithUtf8CharsetIsKept() {
        byte[] body = fixture("cogsol/001-create-example.json");
        JsonNode echo = echo(send(request(server, "POST", "/assistants/", "application/json; charset=UTF-8", body)
                .header("X-Echo-Read", "reader").build()));
        assertThat(echo.get("contentType").asString()).isEqualToIgnoringCase("application/json; charset=UTF-8");
        assertThat(echo.get("characterEncoding").asString()).isEqualToIgnoringCase("UTF-8");
        assertThat(echoedBody(echo)).isEqualTo(canonical(Variant.COGSOL, Kind.CREATE, body));
    }

    @Test
    void aRequestOnNoRouteReachesTheBackendUntouched() {
        byte[] text = "plain words, no JSON".getBytes(StandardCharsets.UTF_8);
        JsonNode other = echo(send(request(server, "POST", "/health?x=%7A", "text/plain", text).build()));
        assertThat(echoedBody(other)).isEqualTo(text);
        assertThat(other.get("contentType").asString()).isEqualTo("text/plain");
        assertThat(other.get("query").asString()).isEqualTo("x=%7A");
        assertThat(other.get("parameters").get("x").get(0).asString()).isEqualTo("z");

        JsonNode retrieve = echo(send(request(server, "GET", "/v1/assistants/asst_1", null, null)
                .header("X-Echo-Read", "reader").build()));
        assertThat(retrieve.get("bodyLength").asInt()).isZero();
        JsonNode delete = echo(send(request(server, "DELETE", "/v1/assistants", null, null).build()));
        assertThat(delete.get("method").asString()).isEqualTo("DELETE");
    }

    @Test
    void theTraceIdOfTheRequestHeaderIsTheEnvelopes() {
        JsonNode answer = rejected(send(request(server, "POST", "/v1/assistants", "application/json", new byte[0])
                .header("X-Request-Id", "req-42").build()), Variant.FREDDY, 400);
        assertThat(answer.get("error").get("trace_id").asString()).isEqualTo("req-42");
    }

    @Test
    void problemDetailsWhenConfigured() throws Exception {
        try (JettyServer problems = JettyServer.with(AssistConfFilter.builder().errorFormat(ErrorFormat.PROBLEM_JSON)
                .ownUnknownRoutes(true).build())) {
            HttpResponse<byte[]> response = json(problems, "POST", "/api/v1/assistants", "{}".getBytes());
            assertThat(response.statusCode()).isEqualTo(422);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
            JsonNode problem = tools.jackson.databind.json.JsonMapper.shared().readTree(response.body());
            assertThat(problem.get("status").asInt()).isEqualTo(422);
            assertThat(problem.get("violations").get(0).get("code").asString()).isEqualTo("missing_required");

            HttpResponse<byte[]> delete = send(request(problems, "DELETE", "/v1/assistants", null, null).build());
            assertThat(delete.statusCode()).isEqualTo(405);
            assertThat(delete.headers().firstValue("Allow")).hasValue("GET, POST");
            assertThat(problems.backend().received()).isZero();
        }
    }
}
