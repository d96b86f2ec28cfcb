package io.assistconf.benchmarks;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every request of the gateway benchmarks gets the status the benchmarks expect from the checker (the JMH setup's
 * own check). This runs in {@code mvn verify}; the benchmarks themselves never do.
 */
class GatewayRequestsTest {

    static java.util.List<String> requests() {
        return GatewayRequests.ALL.stream().map(GatewayRequests.Request::name).toList();
    }

    @ParameterizedTest
    @MethodSource("requests")
    void theCheckerAnswersTheExpectedStatus(String request) {
        GatewayCheckBenchmark benchmark = new GatewayCheckBenchmark();
        benchmark.request = request;
        assertThatCode(benchmark::setup).doesNotThrowAnyException();
    }
}
