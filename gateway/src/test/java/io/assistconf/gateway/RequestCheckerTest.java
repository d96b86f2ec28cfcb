package io.assistconf.gateway;

import static io.assistconf.gateway.Answers.bytes;
import static io.assistconf.gateway.Answers.forwarded;
import static io.assistconf.gateway.Answers.rejected;
import static io.assistconf.gateway.Answers.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.assistconf.Kind;
import io.assistconf.Severity;
import io.assistconf.Variant;
import io.assistconf.Violation;
import io.assistconf.testkit.TestPayloads;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The checker's answers per endpoint and variant, for good and bad requests. */
class RequestCheckerTest {

    private static final RequestChecker CHECKER = RequestChecker.builder().clock(Answers.CLOCK).build();
    private static final String FREDDY_CREATE = "{\"name\": \"x\", \"instructions\": \"Be brief.\", \"organizationId\": \"org_1\"}";

    private static Decision post(RequestChecker checker, String path, String body) {
        return checker.check(Request.builder("POST", path).contentType("application/json").body(bytes(body)).build());
    }

    private static Decision send(String method, String path, String body) {
        return CHECKER.check(Request.builder(method, path).contentType("application/json").body(bytes(body)).build());
    }

    private static Decision get(RequestChecker checker, String path, String query) {
        return checker.check(Request.builder("GET", path).query(query).build());
    }

    @Test
    void aFreddyCreateInCamelCaseArrivesCanonicalWithTheServersDefaults() {
        Decision.Forward forward = forwarded(post(CHECKER, "/v1/assistants", FREDDY_CREATE));
        String body = text(forward.body());
        assertThat(body).startsWith("{\"name\":\"x\",\"instructions\":\"Be brief.\",\"organization_id\":\"org_1\",")
                .contains("\"default_model_key\":\"gpt-4o\"", "\"temperature\":0.7").doesNotContain("organizationId");
        assertThat(forward.contentLength()).isEqualTo(forward.body().length);
        assertThat(forward.contentType()).isEqualTo("application/json");
        assertThat(forward.route().kind()).isEqualTo(Kind.CREATE);
        assertThat(forward.violations()).isEmpty();
        assertThat(forward.rawQuery()).isEmpty();
    }

    @Test
    void withoutDefaultsOnlyTheSpellingChanges() {
        RequestChecker checker = RequestChecker.builder().forwarding(Forwarding.CANONICAL_WITHOUT_DEFAULTS).build();
        assertThat(text(forwarded(post(checker, "/v1/assistants", FREDDY_CREATE)).body()))
                .isEqualTo("{\"name\":\"x\",\"instructions\":\"Be brief.\",\"organization_id\":\"org_1\"}");
        Decision update = checker.check(Request.builder("PUT", "/api/v1/assistants/7").contentType("application/json")
                .body(bytes("{\"ttsSettings\": {\"voiceId\": \"v\"}, \"stt_settings\": null}")).build());
        assertThat(text(forwarded(update).body())).isEqualTo("{\"tts_settings\":{\"voice_id\":\"v\"},\"stt_settings\":null}");
    }

    @Test
    void theOriginalBytesCanBeForwarded() {
        RequestChecker checker = RequestChecker.builder().forwarding(Forwarding.ORIGINAL).build();
        Decision.Forward forward = forwarded(checker.check(Request.builder("POST", "/v1/assistants")
                .body(bytes(FREDDY_CREATE)).query("dry=1").build()));
        assertThat(text(forward.body())).isEqualTo(FREDDY_CREATE);
        assertThat(forward.contentType()).isNull();
        assertThat(forward.rawQuery()).isEqualTo("dry=1");
    }

    @Test
    void aFreddyListQueryGetsItsDefaultsAndCanonicalNamesAndItsBodyIsNotRead() throws IOException {
        InputStream untouched = new ByteArrayInputStream(bytes("not read"));
        Decision.Forward forward = forwarded(CHECKER.check(Request.builder("GET", "/v1/assistants")
                .query("?pageSize=20&organization_id=org%201&search=a+b").body(untouched).build()));
        assertThat(forward.rawQuery()).isEqualTo("page_size=20&organization_id=org%201&search=a%20b&limit=50&offset=0"
                + "&page=1&include_inactive=false&sort_by=name&sort_order=asc&fields=summary");
        assertThat(forward.body()).isNull();
        assertThat(forward.contentLength()).isEqualTo(-1);
        assertThat(untouched.available()).isEqualTo(8);
    }

    @Test
    void aBadFreddyListQueryIsA400AtTheParameter() {
        Decision.Reject reject = rejected(get(CHECKER, "/v1/assistants", "limit=0&fields=all"), Variant.FREDDY, 400);
        assertThat(reject.violations()).extracting(Violation::code, Violation::path)
                .containsExactly(tuple("invalid_value", "/fields"),
                        tuple("out_of_range", "/limit"));
    }

    @Test
    void aBurkiListQueryGetsItsDefaultsAndABadOneIsA422() {
        assertThat(forwarded(get(CHECKER, "/api/v1/assistants", "my_assistants=true")).rawQuery())
                .isEqualTo("my_assistants_only=true&skip=0&limit=100&active_only=false");
        Decision.Reject reject = rejected(get(CHECKER, "/api/v1/assistants", "limit=5000"), Variant.BURKI, 422);
        assertThat(text(reject.body())).contains("\"loc\":[\"query\",\"limit\"]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "PATCH"})
    void aFreddyUpdateIsPartialAndGetsNoDefault(String method) {
        Decision.Forward forward = forwarded(send(method, "/v1/assistants/asst_1",
                "{\"maxToolCalls\": 3, \"accessMode\": \"private\"}"));
        assertThat(text(forward.body())).isEqualTo("{\"max_tool_calls\":3,\"access_mode\":\"private\"}");
        rejected(send(method, "/v1/assistants/asst_1", "{\"max_tool_calls\": \"many\"}"), Variant.FREDDY, 400);
    }

    @Test
    void aBurkiCreateGetsTheServersDefaultsAndABadOneIsA422() throws IOException {
        byte[] minimal = Files.readAllBytes(TestPayloads.fixtures().resolve("burki/003-create-minimal.json"));
        Decision.Forward forward = forwarded(CHECKER.check(Request.builder("POST", "/api/v1/assistants")
                .contentType("application/json").body(minimal).build()));
        assertThat(text(forward.body())).contains("\"llm_provider\":\"openai\"", "\"idle_message\":");
        Decision.Reject reject = rejected(send("POST", "/api/v1/assistants", "{\"name\": \"x\", \"tts_settings\": 3}"),
                Variant.BURKI, 422);
        assertThat(reject.violations()).extracting(Violation::code).containsExactly("invalid_type");
    }

    @Test
    void aBurkiUpdateKeepsTheTopLevelPartial() {
        assertThat(text(forwarded(send("PUT", "/api/v1/assistants/12", "{\"isActive\": false}")).body()))
                .isEqualTo("{\"is_active\":false}");
    }

    @Test
    void aCogsolCreateIsCheckedAndItsUpdateNeedsTheWholePayload() throws IOException {
        byte[] create = Files.readAllBytes(TestPayloads.fixtures().resolve("cogsol/001-create-example.json"));
        Decision.Forward forward = forwarded(CHECKER.check(Request.builder("POST", "/assistants/")
                .contentType("application/json").body(create).build()));
        assertThat(forward.warnings()).extracting(Violation::code).containsExactly("legacy_value");
        assertThat(forwarded(CHECKER.check(Request.builder("PUT", "/assistants/42/").contentType("application/json")
                .body(create).build())).route().kind()).isEqualTo(Kind.UPDATE);
        Decision.Reject reject = rejected(send("PUT", "/assistants/42/", "{\"description\": \"d\", \"temperature\": 1}"),
                Variant.COGSOL, 400);
        assertThat(reject.violations()).extracting(Violation::code).containsOnly("missing_required");
        assertThat(text(reject.body())).contains("\"system_prompt\":[\"required property 'system_prompt' is missing");
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void anEmptyBodyIsAnEmptyDocument(Variant variant) {
        Decision.Reject reject = rejected(send("POST", createPath(variant), ""), variant, invalidStatus(variant));
        assertThat(reject.violations()).extracting(Violation::code).containsExactly("empty_document");
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void malformedJsonIsAParseErrorWithItsLineAndColumn(Variant variant) {
        Decision.Reject reject = rejected(send("POST", createPath(variant), "{\n  \"name\": \"x\",,\n}"), variant,
                invalidStatus(variant));
        assertThat(reject.violations()).extracting(Violation::code, Violation::line, Violation::column)
                .containsExactly(tuple("parse_error", 2, 15));
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void bytesThatAreNotUtf8AreRefusedAtTheByte(Variant variant) {
        byte[] body = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};
        Decision.Reject reject = rejected(CHECKER.check(Request.builder("POST", createPath(variant))
                .contentType("application/json").body(body).build()), variant, invalidStatus(variant));
        assertThat(reject.violations()).extracting(Violation::code, Violation::column)
                .containsExactly(tuple("invalid_encoding", 10));
    }

    /** A type of parameters only (";", found by GatewayFuzzTest as an internal_error) names no JSON type either. */
    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "application/json; charset=latin1",
            "multipart/form-data; boundary=x", ";", ";;", " ; charset=utf-8"})
    void aBodyNotDeclaredAsJsonIsA415AndIsNotRead(String contentType) throws IOException {
        InputStream body = new ByteArrayInputStream(bytes(FREDDY_CREATE));
        Decision.Reject reject = rejected(CHECKER.check(Request.builder("POST", "/v1/assistants")
                .contentType(contentType).body(body).build()), Variant.FREDDY, 415);
        assertThat(reject.violations()).extracting(Violation::code).containsExactly("unsupported_media_type");
        assertThat(text(reject.body())).contains("\"code\":\"unsupported_media_type\"").doesNotContain("boundary");
        assertThat(body.available()).isEqualTo(FREDDY_CREATE.length());
        rejected(CHECKER.check(Request.builder("PUT", "/api/v1/assistants/1").contentType(contentType)
                .body(bytes("{}")).build()), Variant.BURKI, 415);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "APPLICATION/JSON; charset=\"UTF-8\"", "application/merge-patch+json",
            "application/vnd.freddy+json;charset=utf8", " "})
    void jsonAndPlusJsonTypesAndAMissingTypeAreReadAsJson(String contentType) {
        forwarded(CHECKER.check(Request.builder("POST", "/v1/assistants").contentType(contentType.isBlank() ? null
                : contentType).body(bytes(FREDDY_CREATE)).build()));
    }

    @Test
    void unknownRoutesPassUntouchedByDefault() throws IOException {
        InputStream body = new ByteArrayInputStream(bytes("{"));
        for (String[] route : List.of(new String[] {"DELETE", "/v1/assistants/a"}, new String[] {"GET", "/health"},
                new String[] {"POST", "/v1/assistants/a/rules"})) {
            assertThat(CHECKER.check(Request.builder(route[0], route[1]).body(body).build()))
                    .isInstanceOf(Decision.Pass.class);
        }
        assertThat(body.available()).isEqualTo(1);
    }

    @Test
    void ownedUnknownRoutesAre404Or405InTheClosestApisFormat() {
        RequestChecker checker = RequestChecker.builder().ownUnknownRoutes(true).routes(Routes.defaults()
                .plus(Routes.parse("GET /v1/assistants/{id} freddy -"))).build();
        Decision.Reject method = rejected(checker.check(Request.builder("DELETE", "/v1/assistants/a").build()),
                Variant.FREDDY, 405);
        assertThat(method.allowedMethods()).containsExactly("PUT", "PATCH", "GET");
        assertThat(method.violations()).extracting(Violation::code).containsExactly("method_not_allowed");
        assertThat(checker.check(Request.builder("GET", "/v1/assistants/a").build())).isInstanceOf(Decision.Pass.class);
        Decision.Reject missing = rejected(checker.check(Request.builder("GET", "/api/v1/things?key=sk-1").build()),
                Variant.BURKI, 404);
        assertThat(missing.violations()).extracting(Violation::code).containsExactly("unknown_route");
        assertThat(missing.allowedMethods()).isEmpty();
        assertThat(text(missing.body())).doesNotContain("sk-1", "things");
        rejected(checker.check(Request.builder("GET", "/assistants/").build()), Variant.COGSOL, 405);
    }

    @Test
    void aPrefixedTableChecksOnlyUnderItsPrefix() {
        RequestChecker checker = RequestChecker.builder().routes(Routes.defaults().withPrefix("/edge")).build();
        assertThat(post(checker, "/v1/assistants", "{")).isInstanceOf(Decision.Pass.class);
        rejected(post(checker, "/edge/v1/assistants", "{"), Variant.FREDDY, 400);
        assertThat(forwarded(post(checker, "/edge/v1/assistants", FREDDY_CREATE)).route().template())
                .isEqualTo("/edge/v1/assistants");
    }

    @Test
    void anOverriddenTableChecksItsOwnRoutes() {
        RequestChecker checker = RequestChecker.builder().routes(Routes.parse("""
                POST /voice/agents      burki  create
                POST /v1/assistants     freddy update
                """)).build();
        assertThat(text(forwarded(post(checker, "/voice/agents", "{\"name\": \"n\"}")).body()))
                .contains("\"llm_provider\":\"openai\"");
        // checked as an update: no organization_id needed
        assertThat(text(forwarded(post(checker, "/v1/assistants", "{\"name\": \"n\"}")).body()))
                .isEqualTo("{\"name\":\"n\"}");
        assertThat(post(checker, "/api/v1/assistants", "{")).isInstanceOf(Decision.Pass.class);
    }

    @Test
    void unknownPropertiesAreForwardedWithAWarningUnlessStrict() {
        String body = "{\"name\": \"x\", \"instructions\": \"i\", \"organization_id\": \"o\", \"colour\": \"red\"}";
        Decision.Forward forward = forwarded(post(CHECKER, "/v1/assistants", body));
        assertThat(forward.warnings()).extracting(Violation::code).containsExactly("unknown_property");
        assertThat(text(forward.body())).contains("\"colour\":\"red\"");
        Decision.Reject reject = rejected(post(RequestChecker.builder().strict(true).build(), "/v1/assistants", body),
                Variant.FREDDY, 400);
        assertThat(reject.violations()).extracting(Violation::severity).containsExactly(Severity.ERROR);
    }

    @Test
    void theTraceIdComesFromTheConfiguredHeaderWhenItIsAPlainToken() {
        RequestChecker checker = RequestChecker.builder().traceHeader("X-Trace").build();
        Map<String, String> headers = Map.of("x-trace", "abc-123");
        Decision.Reject given = rejected(checker.check(Request.builder("POST", "/v1/assistants")
                .headers(name -> headers.get(name.toLowerCase(java.util.Locale.ROOT))).body(bytes("{}")).build()),
                Variant.FREDDY, 400);
        assertThat(given.traceId()).isEqualTo("abc-123");
        assertThat(text(given.body())).contains("\"trace_id\":\"abc-123\"");
        Decision.Reject forged = rejected(checker.check(Request.builder("POST", "/v1/assistants")
                .headers(name -> "a\r\nSet-Cookie: x").body(bytes("{}")).build()), Variant.FREDDY, 400);
        Decision.Reject none = rejected(post(checker, "/v1/assistants", "{}"), Variant.FREDDY, 400);
        for (Decision.Reject generated : List.of(forged, none)) {
            assertThat(generated.traceId()).matches("trace_[0-9a-f]{32}");
        }
        assertThat(forged.traceId()).isNotEqualTo(none.traceId());
    }

    @Test
    void aBodyThatCannotBeReadIsRefusedAndADefectOfTheStreamIsA500WithoutDetail() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset by peer 10.0.0.7");
            }
        };
        Decision.Reject unreadable = rejected(CHECKER.check(Request.builder("POST", "/v1/assistants").body(broken)
                .build()), Variant.FREDDY, 400);
        assertThat(unreadable.violations()).extracting(Violation::code).containsExactly("unreadable_input");
        InputStream defective = new InputStream() {
            @Override
            public int read() {
                throw new IllegalStateException("stream closed by 10.0.0.7");
            }
        };
        Decision.Reject defect = rejected(CHECKER.check(Request.builder("POST", "/v1/assistants").body(defective)
                .build()), Variant.FREDDY, 500);
        assertThat(text(defect.body())).contains("\"type\":\"server_error\"", "\"code\":\"internal_error\"")
                .doesNotContain("10.0.0.7", "Exception");
        assertThat(text(unreadable.body())).doesNotContain("10.0.0.7");
    }

    private static String createPath(Variant variant) {
        return switch (variant) {
            case FREDDY -> "/v1/assistants";
            case BURKI -> "/api/v1/assistants";
            case COGSOL -> "/assistants/";
        };
    }

    private static int invalidStatus(Variant variant) {
        return variant == Variant.BURKI ? 422 : 400;
    }
}
