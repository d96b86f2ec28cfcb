package io.assistconf.benchmarks;

import io.assistconf.example.gateway.GatewayExample;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.server.Server;

/**
 * Requests per second through Jetty with the assistconf filter against the same Jetty without it (the gateway
 * example's server, a stub backend answering with what it received), 2 client threads on loopback, in this JVM.
 * For each request of {@link GatewayRequests} it measures the two servers in turn, {@code rounds} times, and prints
 * the median of each and their ratio as a Markdown table; an answer whose status is not the expected one (200
 * unfiltered; the request's status filtered) is counted and printed, and so is a request the client lost to
 * JDK-8338569 (Java 17's client hands a reused connection's answer to its pool's clean-up, which closes it: "HTTP/1.1
 * header parser received no bytes"), sent again and not counted as answered.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.assistconf.benchmarks.GatewayLoad [seconds] [rounds]}
 * (5 and 3 by default; a warm-up of the same length goes before).
 */
public final class GatewayLoad {

    private static final int CLIENTS = 2;

    private GatewayLoad() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Server plain = GatewayExample.start(0, false);
        Server filtered = GatewayExample.start(0, true);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ExecutorService threads = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (GatewayRequests.Request request : GatewayRequests.ALL) {
                run(client, threads, plain, request, 200, seconds);
                run(client, threads, filtered, request, request.status(), seconds);
            }
            System.out.println("| request | body bytes | unfiltered req/s | filtered req/s | filtered / unfiltered |"
                    + " wrong answers | client races |");
            System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
            for (GatewayRequests.Request request : GatewayRequests.ALL) {
                double[] without = new double[rounds];
                double[] with = new double[rounds];
                long wrong = 0;
                long clientRaces = 0;
                for (int round = 0; round < rounds; round++) {
                    Run a = run(client, threads, plain, request, 200, seconds);
                    Run b = run(client, threads, filtered, request, request.status(), seconds);
                    without[round] = a.perSecond();
                    with[round] = b.perSecond();
                    wrong += a.wrong() + b.wrong();
                    clientRaces += a.clientRaces() + b.clientRaces();
                }
                double unfilteredMedian = median(without);
                double filteredMedian = median(with);
                System.out.printf(Locale.ROOT, "| %s (%d) | %d | %,.0f | %,.0f | %.2f | %d | %d |%n", request.name(),
                        request.status(), request.body().length, unfilteredMedian, filteredMedian,
                        filteredMedian / unfilteredMedian, wrong, clientRaces);
            }
        } finally {
            threads.shutdownNow();
            plain.stop();
            filtered.stop();
        }
    }

    /** Requests answered per second, wrong answers, and requests lost to the client's race and sent again. */
    private record Run(double perSecond, long wrong, long clientRaces) {
    }

    private static Run run(HttpClient client, ExecutorService threads, Server server,
            GatewayRequests.Request request, int status, int seconds) throws Exception {
        HttpRequest http = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + GatewayExample.port(server)
                + request.path())).header("Content-Type", "application/json")
                .method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body())).build();
        AtomicLong done = new AtomicLong();
        AtomicLong wrong = new AtomicLong();
        AtomicLong clientRaces = new AtomicLong();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        List<Future<?>> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(threads.submit(() -> {
                while (System.nanoTime() < end) {
                    HttpResponse<byte[]> response;
                    try {
                        response = client.send(http, HttpResponse.BodyHandlers.ofByteArray());
                    } catch (IOException e) {
                        if (!clientRace(e)) {
                            throw e;
                        }
                        clientRaces.incrementAndGet();
                        continue;
                    }
                    if (response.statusCode() != status) {
                        wrong.incrementAndGet();
                    }
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> future : clients) {
            future.get();
        }
        return new Run(done.get() / ((System.nanoTime() - start) / 1e9), wrong.get(), clientRaces.get());
    }

    /** Whether {@code e} is JDK-8338569: the answer went to the pool's clean-up, which closed the connection. */
    private static boolean clientRace(IOException e) {
        return String.valueOf(e.getMessage()).contains("header parser received no bytes");
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
