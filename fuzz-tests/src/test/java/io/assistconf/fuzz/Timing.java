package io.assistconf.fuzz;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Bounds the CPU time of one call and keeps the slowest calls of a target, written to
 * {@code target/fuzz-timing/TARGET.txt} when the target's class is done. CPU time of the calling thread, so that
 * the other engineers' builds on the machine do not count.
 */
final class Timing {

    /** A check of a fuzzed input (at most libFuzzer's input length, far under the size limit) ends within this. */
    static final long BOUND_MILLIS = 2_000;
    /**
     * And within this more for each MiB the input holds: the tree target plants strings of a million characters,
     * which the instrumented code walks some hundred times slower than the plain code (decision R3).
     */
    static final long MILLIS_PER_MIB = 2_000;
    /** A lint run of a fuzzed config or file tree (a handful of small files) ends within this, elapsed. */
    static final long WALL_BOUND_MILLIS = 20_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int KEPT = 5;

    static {
        // a schema is compiled on its first check (decision CL13): about a second under instrumentation
        Invariants.compileSchemas();
    }

    private record Call(long nanos, int bytes, String label) {
    }

    private final String target;
    private final boolean wall;
    private final List<Call> slowest = new ArrayList<>();
    private long calls;

    /** CPU time of the calling thread. */
    Timing(String target) {
        this(target, false);
    }

    /** {@code wall}: elapsed time, for calls that hand work to other threads (lint's pool). */
    Timing(String target, boolean wall) {
        this.target = target;
        this.wall = wall;
    }

    private long now() {
        return wall ? System.nanoTime() : THREADS.getCurrentThreadCpuTime();
    }

    /** Runs the call, failing when it takes more than the bound; {@code label} names the input in the report. */
    <T> T bounded(int bytes, Supplier<String> label, Supplier<T> call) {
        long start = now();
        T value = call.get();
        long nanos = now() - start;
        calls++;
        long bound = wall ? WALL_BOUND_MILLIS : BOUND_MILLIS + bytes * MILLIS_PER_MIB / (1024 * 1024);
        if (nanos > bound * 1_000_000) {
            throw new AssertionError("took " + nanos / 1_000_000 + " ms (bound " + bound + " ms" + (wall ? ""
                    : " of CPU") + ") for " + bytes + " bytes: " + shortened(label.get()));
        }
        if (slowest.size() < KEPT || nanos > slowest.get(slowest.size() - 1).nanos()) {
            slowest.add(new Call(nanos, bytes, shortened(label.get())));
            slowest.sort(Comparator.comparingLong(Call::nanos).reversed());
            if (slowest.size() > KEPT) {
                slowest.remove(KEPT);
            }
        }
        return value;
    }

    /** Writes the slowest calls seen, when there were any (a run of another target of the class has none). */
    void report() throws IOException {
        if (calls == 0) {
            return;
        }
        StringBuilder text = new StringBuilder(target + ": " + calls + " calls; slowest (CPU ms, input bytes, input)\n");
        for (Call call : slowest) {
            text.append(String.format("%.1f\t%d\t%s%n", call.nanos() / 1e6, call.bytes(), call.label()));
        }
        Path folder = Path.of("target", "fuzz-timing");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(target + ".txt"), text, StandardCharsets.UTF_8);
    }

    private static String shortened(String label) {
        String oneLine = label.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() > 160 ? oneLine.substring(0, 160) + "..." : oneLine;
    }
}
