package io.assistconf.benchmarks;

import com.sun.management.ThreadMXBean;
import io.assistconf.AssistConf;
import io.assistconf.Catalogue;
import io.assistconf.Input;
import io.assistconf.Kind;
import io.assistconf.Result;
import io.assistconf.TextFormat;
import io.assistconf.Variant;
import io.assistconf.Violation;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Measures the CPU time and allocation of one check of each hostile input known to have stalled a checker
 * within the default limits (docs/reliability.md lists the figures). Each case is checked a few times on
 * one thread; the slowest run is printed. Not a test: run it on a quiet machine.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.assistconf.benchmarks.WorstCases</pre>
 *
 * <p>{@code -Druns=N} sets the runs per case; {@code -Dcase=TEXT} runs only the cases whose name holds TEXT,
 * in a fresh process (a parser's table of names is shared within one, so cases can weigh on each other).
 */
public final class WorstCases {

    private static final int MEBIBYTE = 1024 * 1024;
    private static final int RUNS = Integer.getInteger("runs", 3);

    private record Case(String name, Supplier<Payload> payload, AssistConf checker, Variant variant, Kind kind) {
    }

    /** An input and its size as the caller holds it (the text's bytes, or the query's parameters). */
    private record Payload(Input input, long size) {

        static Payload json(String text) {
            return new Payload(Input.json(text), text.getBytes(StandardCharsets.UTF_8).length);
        }

        static Payload yaml(String text) {
            return new Payload(Input.yaml(text), text.getBytes(StandardCharsets.UTF_8).length);
        }

        static Payload of(byte[] text, TextFormat format) {
            return new Payload(Input.of(text, format), text.length);
        }

        static Payload query(Map<String, List<String>> parameters) {
            return new Payload(Input.query(parameters), parameters.size());
        }
    }

    private WorstCases() {
    }

    public static void main(String[] args) {
        AssistConf plain = AssistConf.create();
        List<Case> cases = List.of(
                new Case("Freddy create, one unknown key of 999,999 characters", () -> Payload.json(
                        "{\"name\": \"x\", \"" + "k".repeat(999_999) + "\": 1}"), plain, Variant.FREDDY, Kind.CREATE),
                new Case("Burki object, eight unknown keys of 999,999 characters", () -> Payload.json(eightLongKeys()),
                        plain, Variant.BURKI, Kind.CREATE),
                new Case("Freddy create, 8,300 unknown keys of 1,000 characters (the name limit)",
                        () -> Payload.json(manyKeysOf(8_300, 1_000)), plain, Variant.FREDDY, Kind.CREATE),
                new Case("Freddy create, 708,306 short unknown keys", () -> Payload.json(manyShortKeys(708_306)),
                        plain, Variant.FREDDY, Kind.CREATE),
                new Case("Freddy list query, 849,967 parameters", () -> Payload.query(manyParameters(849_967)),
                        plain, Variant.FREDDY, Kind.LIST_QUERY),
                new Case("Freddy create, 999,000-character default_model_key, 50-entry catalogue",
                        () -> Payload.json("{\"name\": \"x\", \"default_model_key\": \"" + "m".repeat(999_000) + "\"}"),
                        AssistConf.builder().catalogue(fiftyModels()).build(), Variant.FREDDY, Kind.CREATE),
                new Case("Freddy create, 2 MiB of wrong stop_sequences items", () -> Payload.json(wrongItems(2 * MEBIBYTE)),
                        plain, Variant.FREDDY, Kind.CREATE),
                new Case("Freddy create, 8 MiB of wrong stop_sequences items", () -> Payload.json(wrongItems(8 * MEBIBYTE)),
                        plain, Variant.FREDDY, Kind.CREATE),
                new Case("Freddy create, 49,990 wrong stop_sequences items (the most under the value limit)",
                        () -> Payload.json(wrongItems("stop_sequences", 49_990)), plain, Variant.FREDDY, Kind.CREATE),
                new Case("Freddy create, 49,990 wrong allowed_model_providers items (uniqueItems: kept whole)",
                        () -> Payload.json(wrongItems("allowed_model_providers", 49_990)), plain, Variant.FREDDY,
                        Kind.CREATE),
                new Case("8 MiB of [{},{},...] as JSON", () -> Payload.of(emptyObjects(8 * MEBIBYTE, ","), TextFormat.JSON),
                        plain, Variant.FREDDY, Kind.CREATE),
                new Case("8 MiB of [{},{},...] as YAML", () -> Payload.of(emptyObjects(8 * MEBIBYTE, ","), TextFormat.YAML),
                        plain, Variant.FREDDY, Kind.CREATE),
                new Case("YAML billion laughs (nine levels of nine aliases)", () -> Payload.yaml(billionLaughs()),
                        plain, Variant.FREDDY, Kind.CREATE));
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        System.out.println("| input | bytes (parameters) | CPU ms (slowest of " + RUNS + ") | allocated MB | outcome |");
        System.out.println("| --- | ---: | ---: | ---: | --- |");
        String only = System.getProperty("case", "");
        for (Case c : cases.stream().filter(c -> c.name().contains(only)).toList()) {
            long worstCpu = 0;
            long worstAllocated = 0;
            Result result = null;
            long size = 0;
            for (int run = 0; run < RUNS; run++) {
                Payload payload = c.payload().get();
                size = payload.size();
                long allocated = threads.getCurrentThreadAllocatedBytes();
                long cpu = threads.getCurrentThreadCpuTime();
                result = c.checker().check(c.variant(), c.kind(), payload.input());
                worstCpu = Math.max(worstCpu, threads.getCurrentThreadCpuTime() - cpu);
                worstAllocated = Math.max(worstAllocated, threads.getCurrentThreadAllocatedBytes() - allocated);
            }
            System.out.printf(Locale.ROOT, "| %s | %,d | %,d | %,.1f | %s |%n", c.name(), size, worstCpu / 1_000_000,
                    worstAllocated / (double) MEBIBYTE, outcome(result));
        }
    }

    private static String outcome(Result result) {
        Map<String, Long> codes = result.violations().stream()
                .collect(Collectors.groupingBy(Violation::code, LinkedHashMap::new, Collectors.counting()));
        return codes.isEmpty() ? "valid" : codes.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
    }

    private static String eightLongKeys() {
        StringBuilder text = new StringBuilder("{\"name\": \"x\"");
        for (int key = 0; key < 8; key++) {
            text.append(", \"").append(String.valueOf((char) ('a' + key)).repeat(999_999)).append("\": 1");
        }
        return text.append('}').toString();
    }

    private static String manyKeysOf(int count, int length) {
        StringBuilder text = new StringBuilder("{\"name\": \"x\"");
        for (int key = 0; key < count; key++) {
            String id = Integer.toString(key, 36);
            text.append(",\"").append(id).append('_').append("k".repeat(length - id.length() - 1)).append("\":1");
        }
        return text.append('}').toString();
    }

    private static String manyShortKeys(int count) {
        StringBuilder text = new StringBuilder("{\"name\": \"x\"");
        for (int key = 0; key < count; key++) {
            text.append(",\"k").append(Integer.toString(key, 36)).append("\":1");
        }
        return text.append('}').toString();
    }

    private static Map<String, List<String>> manyParameters(int count) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (int parameter = 0; parameter < count; parameter++) {
            parameters.put("p" + Integer.toString(parameter, 36), List.of("1"));
        }
        return parameters;
    }

    private static Catalogue fiftyModels() {
        Catalogue.Builder catalogue = Catalogue.builder();
        for (int model = 0; model < 50; model++) {
            catalogue.add("model", "model-" + model, "provider");
        }
        return catalogue.build();
    }

    private static String wrongItems(int bytes) {
        StringBuilder text = new StringBuilder("{\"name\":\"x\",\"stop_sequences\":[1");
        while (text.length() < bytes - 4) {
            text.append(",1");
        }
        return text.append("]}").toString();
    }

    private static String wrongItems(String field, int count) {
        return "{\"name\":\"x\",\"" + field + "\":[" + "1,".repeat(count - 1) + "1]}";
    }

    private static byte[] emptyObjects(int bytes, String separator) {
        StringBuilder text = new StringBuilder(bytes).append("[{}");
        while (text.length() < bytes - 4) {
            text.append(separator).append("{}");
        }
        return text.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String billionLaughs() {
        StringBuilder text = new StringBuilder("a0: &a0 lol\n");
        for (int level = 1; level <= 9; level++) {
            List<String> aliases = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                aliases.add("*a" + (level - 1));
            }
            text.append('a').append(level).append(": &a").append(level).append(" [")
                    .append(String.join(", ", aliases)).append("]\n");
        }
        return text.append("name: x\n").toString();
    }
}
