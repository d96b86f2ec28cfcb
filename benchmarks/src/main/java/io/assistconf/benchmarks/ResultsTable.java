package io.assistconf.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Turns a JMH JSON result file of {@link CheckBenchmark} into the Markdown tables of
 * {@code benchmarks/RESULTS.md}: throughput, allocation per operation, their ratios to Jackson's
 * {@code readTree} (2) and to networknt (3), and each target of the performance issue, met or not.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar io.assistconf.benchmarks.ResultsTable benchmarks/target/jmh-result.json}</pre>
 */
public final class ResultsTable {

    private static final String[] BENCHMARKS = {"s1_jacksonScan", "s2_jacksonReadTree", "s3_networknt", "s4_everit",
        "s5_assistconf", "s5_assistconfCamel", "s6_assistconfLocated"};
    private static final String[] LABELS = {"(1) Jackson streaming scan", "(2) Jackson readTree",
        "(3) networknt: readTree + validate", "(4) everit: org.json + validate", "(5) assistconf full check",
        "(5) assistconf full check, camelCase", "(6) assistconf, line/column on"};

    /** Throughput, its error and allocation of one benchmark with one set of parameters. */
    record Score(double ops, double error, double bytes) {
    }

    private final Map<String, Score> scores = new HashMap<>();

    private ResultsTable(JsonNode results) {
        for (JsonNode run : results) {
            String name = run.path("benchmark").asString();
            name = name.substring(name.lastIndexOf('.') + 1);
            JsonNode params = run.path("params");
            String key = key(name, params.path("variant").asString(), params.path("size").asString(),
                    params.path("validity").asString());
            JsonNode primary = run.path("primaryMetric");
            JsonNode alloc = run.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score");
            scores.put(key, new Score(primary.path("score").asDouble(), primary.path("scoreError").asDouble(),
                    alloc.isMissingNode() ? Double.NaN : alloc.asDouble()));
        }
    }

    public static void main(String[] args) throws IOException {
        JsonNode results = Engines.JACKSON.readTree(Files.readAllBytes(Path.of(args[0])));
        System.out.print(new ResultsTable(results).markdown());
    }

    private static String key(String benchmark, String variant, String size, String validity) {
        return benchmark + "|" + variant + "|" + size + "|" + validity;
    }

    private Score score(String benchmark, String variant, String size, String validity) {
        return scores.get(key(benchmark, variant, size, validity));
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("## Targets (valid typical payloads unless said; ratios within this run)\n\n");
        out.append("| target | Freddy | Burki |\n| --- | --- | --- |\n");
        targets(out);
        for (String variant : PayloadGenerator.VARIANTS) {
            for (String size : PayloadGenerator.SIZES) {
                for (String validity : PayloadGenerator.VALIDITIES) {
                    table(out, variant, size, validity);
                }
            }
        }
        return out.toString();
    }

    private void targets(StringBuilder out) {
        row(out, "full check >= 1.5x the throughput of networknt (3)", v -> {
            double ratio = ratio(v, "typical", "valid", "s5_assistconf", "s3_networknt");
            return verdict(ratio, ratio >= 1.5, "x");
        });
        row(out, "full check >= 0.45x the throughput of readTree (2)", v -> {
            double ratio = ratio(v, "typical", "valid", "s5_assistconf", "s2_jacksonReadTree");
            return verdict(ratio, ratio >= 0.45, "x");
        });
        row(out, "camelCase full check >= 1.5x networknt (3) / >= 0.45x readTree (2)", v -> {
            double networknt = ratio(v, "typical", "valid", "s5_assistconfCamel", "s3_networknt");
            double tree = ratio(v, "typical", "valid", "s5_assistconfCamel", "s2_jacksonReadTree");
            return verdict(networknt, networknt >= 1.5, "x") + " / " + verdict(tree, tree >= 0.45, "x");
        });
        row(out, "allocation per full check <= 5x the payload's bytes", v -> {
            double perByte = score("s5_assistconf", v, "typical", "valid").bytes() / size(v, "typical", "valid");
            return verdict(perByte, perByte <= 5, "x the payload (" + Math.round(score("s5_assistconf", v, "typical",
                    "valid").bytes()) + " B/op for " + size(v, "typical", "valid") + " B)");
        });
        for (String size : PayloadGenerator.SIZES) {
            row(out, "invalid " + size + ": located report (6) costs <= 3x a valid check (5)", v -> {
                double ratio = score("s5_assistconf", v, size, "valid").ops()
                        / score("s6_assistconfLocated", v, size, "invalid").ops();
                return verdict(ratio, ratio <= 3, "x");
            });
        }
        row(out, "large: time per byte of (5) relative to typical (1.0 = linear)", v -> {
            double large = 1 / score("s5_assistconf", v, "large", "valid").ops() / size(v, "large", "valid");
            double typical = 1 / score("s5_assistconf", v, "typical", "valid").ops() / size(v, "typical", "valid");
            return verdict(large / typical, large / typical <= 1.25, "x");
        });
        row(out, "large: full check vs networknt (3) / vs readTree (2)", v -> String.format(Locale.ROOT,
                "%.2fx / %.2fx", ratio(v, "large", "valid", "s5_assistconf", "s3_networknt"),
                ratio(v, "large", "valid", "s5_assistconf", "s2_jacksonReadTree")));
        out.append('\n');
    }

    private interface Cell {
        String of(String variant);
    }

    private static void row(StringBuilder out, String target, Cell cell) {
        out.append("| ").append(target);
        for (String variant : PayloadGenerator.VARIANTS) {
            String text;
            try {
                text = cell.of(variant);
            } catch (RuntimeException e) {
                text = "not measured";
            }
            out.append(" | ").append(text);
        }
        out.append(" |\n");
    }

    private static String verdict(double value, boolean met, String unit) {
        return String.format(Locale.ROOT, "%.2f%s: %s", value, unit, met ? "**met**" : "**not met**");
    }

    private double ratio(String variant, String size, String validity, String benchmark, String reference) {
        return score(benchmark, variant, size, validity).ops() / score(reference, variant, size, validity).ops();
    }

    private static int size(String variant, String size, String validity) {
        return Engines.payload(PayloadGenerator.fileName(variant, size, validity, false)).length;
    }

    private void table(StringBuilder out, String variant, String size, String validity) {
        int bytes = size(variant, size, validity);
        out.append(String.format(Locale.ROOT, "### %s %s %s (%s, %d bytes; camelCase %d bytes)%n%n", variant, size,
                validity, PayloadGenerator.fileName(variant, size, validity, false), bytes,
                Engines.payload(PayloadGenerator.fileName(variant, size, validity, true)).length));
        out.append("| benchmark | ops/s | ± (99.9%) | B/op | B/op ÷ payload | ops vs (2) | ops vs (3) |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        Score tree = score("s2_jacksonReadTree", variant, size, validity);
        Score networknt = score("s3_networknt", variant, size, validity);
        for (int i = 0; i < BENCHMARKS.length; i++) {
            Score score = score(BENCHMARKS[i], variant, size, validity);
            if (score == null) {
                out.append("| ").append(LABELS[i]).append(" | not measured | | | | | |\n");
                continue;
            }
            out.append(String.format(Locale.ROOT, "| %s | %,.0f | %,.0f | %,.0f | %.1f | %s | %s |%n", LABELS[i],
                    score.ops(), score.error(), score.bytes(), score.bytes() / bytes,
                    tree == null ? "" : String.format(Locale.ROOT, "%.2f", score.ops() / tree.ops()),
                    networknt == null ? "" : String.format(Locale.ROOT, "%.2f", score.ops() / networknt.ops())));
        }
        out.append('\n');
    }
}
