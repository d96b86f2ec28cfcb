package io.assistconf.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every benchmark payload is valid or invalid as its name says, for networknt, everit and assistconf, and
 * its camelCase spelling normalizes to the same canonical payload: the benchmark's own setup checks it.
 * This runs in {@code mvn verify}; the benchmarks themselves never do.
 */
class PayloadsTest {

    static List<String[]> payloads() {
        List<String[]> all = new ArrayList<>();
        for (String variant : PayloadGenerator.VARIANTS) {
            for (String size : PayloadGenerator.SIZES) {
                for (String validity : PayloadGenerator.VALIDITIES) {
                    all.add(new String[] {variant, size, validity});
                }
            }
        }
        return all;
    }

    @ParameterizedTest(name = "{0}-{1}-{2}")
    @MethodSource("payloads")
    void isAsNamedForEveryEngine(String variant, String size, String validity) {
        CheckBenchmark benchmark = new CheckBenchmark();
        benchmark.variant = variant;
        benchmark.size = size;
        benchmark.validity = validity;
        assertThatCode(benchmark::setup).doesNotThrowAnyException();
        assertThat(benchmark.s5_assistconf().valid()).isEqualTo(validity.equals("valid"));
        assertThat(benchmark.s1_jacksonScan()).isPositive();
    }
}
