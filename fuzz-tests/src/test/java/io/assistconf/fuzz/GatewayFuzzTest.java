package io.assistconf.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.assistconf.gateway.Decision;
import io.assistconf.gateway.ErrorFormat;
import io.assistconf.gateway.Forwarding;
import io.assistconf.gateway.Mode;
import io.assistconf.gateway.Request;
import io.assistconf.gateway.RequestChecker;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's {@link RequestChecker} on fuzzed requests (method, path, query, content type, trace header,
 * body, a body stream that fails), under each mode, forwarding and error format. A rejection has a status the
 * gateway documents (never 500), a JSON body that shows no planted secret, and the request's trace id only
 * when it is a plain token; a canonical body forwarded goes through the checker again unchanged.
 */
class GatewayFuzzTest {

    private static final List<String> METHODS = List.of("POST", "PUT", "PATCH", "GET", "DELETE", "HEAD", "OPTIONS",
            "", "post", "P\u00d6ST", "GET ");
    private static final List<String> PATHS = List.of("/v1/assistants", "/v1/assistants/asst_1", "/api/v1/assistants",
            "/api/v1/assistants/1", "/assistants/", "/assistants/1/", "/assistants", "/v1/assistants/", "/", "",
            "//v1//assistants", "/v1/assistants/a/b", "/v1/assistants/%2F", "/v1/assistants/..", "v1/assistants",
            "/V1/ASSISTANTS", "/api/v1/assistants/", "/assistants/1");
    private static final List<String> CONTENT_TYPES = Arrays.asList(null, "", "application/json",
            "application/json; charset=utf-8", "application/json;charset=UTF8", "application/json; charset=latin1",
            "text/plain", "application/problem+json", "APPLICATION/JSON", "application/json; charset=\"utf-8\"",
            "multipart/form-data; boundary=x", "application/x+json;a=b;c", "application/json\r\nX: y", ";", "/");
    private static final List<String> TRACE_IDS = Arrays.asList(null, "", "abc", "a b", "line\nbreak",
            "x".repeat(128), "x".repeat(129), "trace_given", "\u00e9t\u00e9", "<script>");
    private static final Pattern TOKEN = Pattern.compile("[\\x21-\\x7E]{1,128}");
    private static final Pattern GENERATED = Pattern.compile("trace_[0-9a-f]{32}");
    private static final Set<Integer> STATUSES = Set.of(400, 404, 405, 413, 415, 422);
    private static final List<RequestChecker> CHECKERS = checkers();
    private static final Timing TIMING = new Timing("gateway");

    private static List<RequestChecker> checkers() {
        List<RequestChecker> checkers = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            for (Forwarding forwarding : Forwarding.values()) {
                for (ErrorFormat format : ErrorFormat.values()) {
                    for (boolean own : List.of(true, false)) {
                        checkers.add(RequestChecker.builder().mode(mode).forwarding(forwarding).errorFormat(format)
                                .ownUnknownRoutes(own).build());
                    }
                }
            }
        }
        return List.copyOf(checkers);
    }

    @FuzzTest
    void request(FuzzedDataProvider data) {
        RequestChecker checker = CHECKERS.get(data.consumeInt(0, CHECKERS.size() - 1));
        String method = METHODS.get(data.consumeInt(0, METHODS.size() - 1));
        String path = PATHS.get(data.consumeInt(0, PATHS.size() - 1));
        String contentType = CONTENT_TYPES.get(data.consumeInt(0, CONTENT_TYPES.size() - 1));
        String traceId = TRACE_IDS.get(data.consumeInt(0, TRACE_IDS.size() - 1));
        int failAfter = data.consumeBoolean() ? data.consumeInt(0, 64) : -1;
        String query = data.consumeString(data.consumeInt(0, 200));
        byte[] body = data.consumeRemainingAsBytes();
        String shown = method + " " + path + "?" + query + " content type " + contentType
                + " trace " + traceId + (failAfter >= 0 ? " body failing after " + failAfter : "") + " body base64:"
                + Base64.getEncoder().encodeToString(body);
        List<String> secrets = TextCheckFuzzTest.planted(body, io.assistconf.TextFormat.JSON);
        Decision decision = TIMING.bounded(body.length, () -> shown,
                () -> checker.check(request(method, path, query, contentType, traceId, body, failAfter)));
        if (decision instanceof Decision.Reject reject) {
            rejected(reject, secrets, traceId, shown);
        } else if (decision instanceof Decision.Forward forward) {
            Invariants.sane(forward.violations(), secrets, shown);
            forwardedAgain(checker, forward, method, path, contentType, shown);
        }
    }

    private static void rejected(Decision.Reject reject, List<String> secrets, String traceId, String shown) {
        Invariants.sane(reject.violations(), secrets, shown);
        if (!STATUSES.contains(reject.status())) {
            throw new AssertionError("status " + reject.status() + " " + reject.violations() + " for " + shown);
        }
        String body = new String(reject.body(), StandardCharsets.UTF_8);
        JsonNode parsed = JsonMapper.shared().readTree(body);
        if (parsed == null || !parsed.isContainer()) {
            throw new AssertionError("a rejection body that is no JSON document: " + body + " for " + shown);
        }
        for (String secret : secrets) {
            if (body.contains(secret)) {
                throw new AssertionError("a rejection body shows the secret " + secret + ": " + body + " for " + shown);
            }
        }
        boolean token = traceId != null && TOKEN.matcher(traceId).matches();
        if (token ? !reject.traceId().equals(traceId) : !GENERATED.matcher(reject.traceId()).matches()) {
            throw new AssertionError("trace id " + reject.traceId() + " for the header " + traceId + " in " + shown);
        }
    }

    /** A canonical body forwarded is forwarded again as it is. */
    private static void forwardedAgain(RequestChecker checker, Decision.Forward forward, String method, String path,
            String contentType, String shown) {
        if (forward.body() == null || !forward.violations().stream().allMatch(v -> v.severity()
                == io.assistconf.Severity.WARNING)) {
            return;
        }
        Decision again = checker.check(request(method, path, forward.rawQuery(), forward.contentType(), null,
                forward.body(), -1));
        if (!(again instanceof Decision.Forward second) || !Arrays.equals(second.body(), forward.body())) {
            throw new AssertionError("the body forwarded, " + new String(forward.body(), StandardCharsets.UTF_8)
                    + ", is not forwarded as it is: " + again + " for " + shown);
        }
    }

    private static Request request(String method, String path, String query, String contentType, String traceId,
            byte[] body, int failAfter) {
        InputStream stream = failAfter < 0 ? new ByteArrayInputStream(body) : new FailingStream(body, failAfter);
        return Request.builder(method, path).query(query).contentType(contentType)
                .headers(name -> name.equalsIgnoreCase(RequestChecker.DEFAULT_TRACE_HEADER) ? traceId : null)
                .body(stream).build();
    }

    /** A body whose connection breaks after some bytes. */
    private static final class FailingStream extends InputStream {
        private final ByteArrayInputStream bytes;
        private int left;

        FailingStream(byte[] body, int failAfter) {
            this.bytes = new ByteArrayInputStream(body);
            this.left = failAfter;
        }

        @Override
        public int read() throws IOException {
            if (left-- <= 0) {
                throw new IOException("connection reset");
            }
            return bytes.read();
        }
    }

    @AfterAll
    static void report() throws IOException {
        TIMING.report();
    }
}
