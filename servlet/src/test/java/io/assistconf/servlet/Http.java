package io.assistconf.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.AssistConf;
import io.assistconf.Input;
import io.assistconf.Kind;
import io.assistconf.Result;
import io.assistconf.TextFormat;
import io.assistconf.Variant;
import io.assistconf.testkit.TestPayloads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP requests to a {@link JettyServer}, and what the tests read of the answers. */
final class Http {

    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final AssistConf ERROR_DOCUMENTS = AssistConf.builder().strict(true).build();

    private Http() {
    }

    static HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The answer, the request sent again when Java 17's client lost the first answer to JDK-8338569: on a reused
     * connection its pool's clean-up can take the answer and close the connection ("HTTP/1.1 header parser received
     * no bytes"); the server answered. Each such loss is counted in {@code clientRaces}.
     */
    static HttpResponse<byte[]> sendAgainOnClientRace(HttpRequest request, AtomicInteger clientRaces) {
        for (int attempt = 1; ; attempt++) {
            try {
                return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                if (attempt == 3 || !String.valueOf(e.getMessage()).contains("header parser received no bytes")) {
                    throw new UncheckedIOException(e);
                }
                clientRaces.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A request with a body of known length and, unless null, this content type. */
    static HttpRequest.Builder request(JettyServer server, String method, String path, String contentType,
            byte[] body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        return contentType == null ? builder : builder.header("Content-Type", contentType);
    }

    static HttpResponse<byte[]> json(JettyServer server, String method, String path, byte[] body) {
        return send(request(server, method, path, "application/json", body).build());
    }

    static byte[] fixture(String variantAndFile) {
        try {
            return Files.readAllBytes(TestPayloads.fixtures().resolve(variantAndFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The canonical bytes the library gives, defaults filled: what the backend must receive. */
    static byte[] canonical(Variant variant, Kind kind, byte[] body) {
        Result result = AssistConf.create().check(variant, kind, Input.of(body, TextFormat.JSON));
        assertThat(result.valid()).as("the test payload is valid: %s", result.violations()).isTrue();
        return result.canonicalBytes().orElseThrow();
    }

    /** The backend's echo of a forwarded request, after checking the answer is the backend's 200. */
    static JsonNode echo(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).as("status of %s", new String(response.body())).isEqualTo(200);
        return JsonMapper.shared().readTree(response.body());
    }

    static byte[] echoedBody(JsonNode echo) {
        return Base64.getDecoder().decode(echo.get("body").asString());
    }

    /** A rejection: its status, and its body the variant's own error document, valid against its schema. */
    static JsonNode rejected(HttpResponse<byte[]> response, Variant variant, int status) {
        assertThat(response.statusCode()).as("status of %s", new String(response.body())).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json;charset=utf-8");
        Result result = ERROR_DOCUMENTS.check(variant, Kind.ERROR, Input.of(response.body(), TextFormat.JSON));
        assertThat(result.violations()).as("the %s error document %s", variant.id(), new String(response.body()))
                .isEmpty();
        return JsonMapper.shared().readTree(response.body());
    }
}
