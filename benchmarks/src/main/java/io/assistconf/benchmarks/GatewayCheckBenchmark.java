package io.assistconf.benchmarks;

import io.assistconf.gateway.Decision;
import io.assistconf.gateway.Request;
import io.assistconf.gateway.RequestChecker;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import tools.jackson.databind.json.JsonMapper;

/**
 * The per-request cost of the gateway's checker alone, bytes in and bytes out (the canonical body to forward, or
 * the error body to answer), against Jackson 3 {@code readTree} of the same bytes and writing the tree back to
 * bytes: what a gateway would pay to pass a body through a JSON library without checking it.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class GatewayCheckBenchmark extends ThroughputBenchmark {

    @Param({"freddy-valid", "freddy-invalid", "burki-valid", "burki-invalid", "cogsol-valid", "cogsol-invalid"})
    public String request;

    private GatewayRequests.Request chosen;
    private RequestChecker checker;
    private JsonMapper mapper;

    @Setup
    public void setup() {
        chosen = GatewayRequests.named(request);
        checker = RequestChecker.create();
        mapper = JsonMapper.shared();
        Decision decision = checker();
        int status = decision instanceof Decision.Reject reject ? reject.status() : 200;
        if (status != chosen.status()) {
            throw new IllegalStateException(request + ": the checker answers " + status + ", not " + chosen.status());
        }
    }

    private Decision checker() {
        return checker.check(Request.builder(chosen.method(), chosen.path()).contentType("application/json")
                .body(chosen.body()).build());
    }

    /** The checker: the bytes it answers with (the canonical body, or the error body). */
    @Benchmark
    public byte[] g1_checker() {
        Decision decision = checker();
        return decision instanceof Decision.Forward forward ? forward.body() : ((Decision.Reject) decision).body();
    }

    @Benchmark
    public byte[] g2_jacksonRoundTrip() {
        return mapper.writeValueAsBytes(mapper.readTree(chosen.body()));
    }
}
