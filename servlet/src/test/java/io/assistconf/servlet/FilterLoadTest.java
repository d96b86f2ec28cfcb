package io.assistconf.servlet;

import static io.assistconf.servlet.Http.fixture;
import static io.assistconf.servlet.Http.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * 8 client threads x 5,000 requests through the filter, valid and invalid ones of each variant mixed: every answer
 * is the one the same request gets alone, and Jetty logs no warning or error meanwhile.
 */
class FilterLoadTest {

    private static final int THREADS = 8;
    private static final int REQUESTS_PER_THREAD = 5_000;
    /** Where slf4j-simple writes Jetty's log: set by the surefire configuration of this module. */
    private static final Path JETTY_LOG = Path.of(Objects.requireNonNull(
            System.getProperty("org.slf4j.simpleLogger.logFile"), "org.slf4j.simpleLogger.logFile is not set"));

    /** One kind of request; its answer alone is the reference every answer under load must equal. */
    private record Case(String name, HttpRequest request, int status) {
    }

    @Test
    void everyAnswerUnderLoadIsTheAnswerAloneAndTheServerLogsNoError() throws Exception {
        try (JettyServer server = JettyServer.with(AssistConfFilter.builder().build())) {
            List<Case> cases = cases(server);
            List<String> references = new ArrayList<>();
            for (Case c : cases) {
                HttpResponse<byte[]> alone = Http.send(c.request());
                assertThat(alone.statusCode()).as(c.name()).isEqualTo(c.status());
                references.add(timeless(alone.body()));
            }
            int backendBefore = server.backend().received();
            long logBefore = Files.size(JETTY_LOG);

            AtomicInteger clientRaces = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(THREADS);
            List<Future<List<String>>> wrong = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                wrong.add(clients.submit(() -> {
                    List<String> mistakes = new ArrayList<>();
                    for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
                        int index = (thread + i) % cases.size();
                        Case c = cases.get(index);
                        HttpResponse<byte[]> answer = Http.sendAgainOnClientRace(c.request(), clientRaces);
                        if (answer.statusCode() != c.status()
                                || !timeless(answer.body()).equals(references.get(index))) {
                            mistakes.add(c.name() + ": " + answer.statusCode() + " " + timeless(answer.body()));
                        }
                    }
                    return mistakes;
                }));
            }
            clients.shutdown();
            assertThat(clients.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
            List<String> mistakes = new ArrayList<>();
            for (Future<List<String>> future : wrong) {
                mistakes.addAll(future.get());
            }
            assertThat(mistakes).isEmpty();

            long expectedForwarded = 0;
            for (int t = 0; t < THREADS; t++) {
                for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
                    expectedForwarded += cases.get((t + i) % cases.size()).status() == 200 ? 1 : 0;
                }
            }
            // A request sent again after a client race may have reached the backend twice.
            assertThat((long) (server.backend().received() - backendBefore)).as("requests that reached the backend")
                    .isBetween(expectedForwarded, expectedForwarded + clientRaces.get());
            assertThat(clientRaces.get()).as("requests lost to the client's race").isLessThan(THREADS
                    * REQUESTS_PER_THREAD / 1000);
            assertThat(logSince(logBefore)).filteredOn(line -> line.contains(" WARN ") || line.contains(" ERROR "))
                    .isEmpty();
        }
    }

    private static List<Case> cases(JettyServer server) {
        List<Case> cases = new ArrayList<>();
        cases.add(body(server, "freddy create", "POST", "/v1/assistants", "freddy/supplement-create-real-client.json",
                200));
        cases.add(body(server, "freddy camelCase update", "PUT", "/v1/assistants/a1",
                "freddy/supplement-update-camel-case.json", 200));
        cases.add(body(server, "freddy invalid", "POST", "/v1/assistants", "freddy/invalid/create-missing-name.json",
                400));
        cases.add(body(server, "burki create", "POST", "/api/v1/assistants",
                "burki/supplement-create-custom-llm-url.json", 200));
        cases.add(body(server, "burki invalid", "PUT", "/api/v1/assistants/7", "burki/invalid/update-id-read-only.json",
                422));
        cases.add(body(server, "cogsol create", "POST", "/assistants/", "cogsol/001-create-example.json", 200));
        cases.add(body(server, "cogsol invalid", "POST", "/assistants/",
                "cogsol/invalid/create-attachment-config-pdf-mode-enum.json", 400));
        cases.add(new Case("freddy list", request(server, "GET", "/v1/assistants?limit=20", null, null)
                .header("X-Request-Id", "load").build(), 200));
        cases.add(new Case("burki list invalid", request(server, "GET", "/api/v1/assistants?limit=0", null, null)
                .build(), 422));
        cases.add(new Case("not json", request(server, "POST", "/v1/assistants", "text/plain", "x".getBytes())
                .header("X-Request-Id", "load").build(), 415));
        return cases;
    }

    private static Case body(JettyServer server, String name, String method, String path, String file, int status) {
        return new Case(name, request(server, method, path, "application/json", fixture(file))
                .header("X-Request-Id", "load").build(), status);
    }

    /** The answer without Freddy's timestamp, the one part that differs from one answer to the next. */
    private static String timeless(byte[] body) {
        return new String(body, StandardCharsets.UTF_8).replaceAll("\"timestamp\":\"[^\"]*\"", "\"timestamp\":_");
    }

    private static List<String> logSince(long offset) throws IOException {
        byte[] log = Files.readAllBytes(JETTY_LOG);
        return new String(log, (int) offset, log.length - (int) offset, StandardCharsets.UTF_8).lines().toList();
    }
}
