package io.assistconf.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The run every benchmark of the module shares unless it says otherwise (JMH's annotations are inherited):
 * operations per second, one fork with a fixed 2 GB heap, 12 warm-up and 5 measured iterations of 1 s. On a
 * two-core machine the JIT compilers share the cores with the benchmark, and a check's throughput rises for
 * 8-10 s before it levels (RESULTS, "Warm-up"); fewer warm-up iterations measure the compilers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 12, time = 1)
@Measurement(iterations = 5, time = 1)
public abstract class ThroughputBenchmark {
}
