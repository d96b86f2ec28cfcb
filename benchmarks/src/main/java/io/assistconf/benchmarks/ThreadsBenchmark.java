package io.assistconf.benchmarks;

import io.assistconf.AssistConf;
import io.assistconf.Input;
import io.assistconf.Kind;
import io.assistconf.Result;
import io.assistconf.TextFormat;
import io.assistconf.Variant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One {@link AssistConf} shared by one thread and by two: the full check of a typical valid payload. JMH reports
 * the operations of all threads together, so {@code twoThreads / oneThread} is how the check scales.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ThreadsBenchmark {

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
