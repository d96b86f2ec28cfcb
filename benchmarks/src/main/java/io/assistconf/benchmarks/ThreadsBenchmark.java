package io.assistconf.benchmarks;

import io.assistconf.AssistConf;
import io.assistconf.Input;
import io.assistconf.Kind;
import io.assistconf.Result;
import io.assistconf.TextFormat;
import io.assistconf.Variant;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Threads;

/**
 * One {@link AssistConf} shared by one thread and by two: the full check of a typical valid payload. JMH reports
 * the operations of all threads together, so {@code twoThreads / oneThread} is how the check scales.
 */
public class ThreadsBenchmark extends ThroughputBenchmark {

    @Param({"freddy", "burki"})
    public String variant;

    private byte[] payload;
    private Variant assistconfVariant;
    private AssistConf shared;

    @Setup
    public void setup() {
        payload = Engines.payload(PayloadGenerator.fileName(variant, "typical", "valid", false));
        assistconfVariant = Engines.variant(variant);
        shared = Engines.assistconf(false);
        if (!check().valid()) {
            throw new IllegalStateException(variant + " typical valid payload is not valid");
        }
    }

    private Result check() {
        return shared.check(assistconfVariant, Kind.OBJECT, Input.of(payload, TextFormat.JSON));
    }

    @Benchmark
    @Threads(1)
    public Result oneThread() {
        return check();
    }

    @Benchmark
    @Threads(2)
    public Result twoThreads() {
        return check();
    }
}
