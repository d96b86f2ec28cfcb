package io.assistconf.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The query and thread benchmarks set up: each engine gives the verdict the benchmark's name says. */
class QueryAndThreadsBenchmarkTest {

    @ParameterizedTest
    @CsvSource({"freddy, valid", "freddy, invalid", "burki, valid", "burki, invalid"})
    void eachQueryGetsTheVerdictItsNameSaysFromBothEngines(String variant, String validity) {
        QueryBenchmark benchmark = new QueryBenchmark();
        benchmark.variant = variant;
        benchmark.validity = validity;
        benchmark.setup();
        assertThat(benchmark.q2_assistconf().valid()).isEqualTo(validity.equals("valid"));
        assertThat(benchmark.q1_networknt().isEmpty()).isEqualTo(validity.equals("valid"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"freddy", "burki"})
    void theSharedCheckIsValidFromEitherThreadCount(String variant) {
        ThreadsBenchmark benchmark = new ThreadsBenchmark();
        benchmark.variant = variant;
        benchmark.setup();
        assertThat(benchmark.oneThread().valid()).isTrue();
        assertThat(benchmark.twoThreads().canonicalJson()).isEqualTo(benchmark.oneThread().canonicalJson());
    }
}
