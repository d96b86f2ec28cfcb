package io.assistconf;

import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.testkit.TestPayloads;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One {@link AssistConf}, shared from its first check on by 8 threads making 20,000 mixed checks each, gives every
 * result exactly as a single-threaded run on an instance of its own gives it.
 */
class SharedInstanceStressTest {

    private static final int THREADS = 8;
    private static final int CHECKS_PER_THREAD = 20_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyResultOfEightThreadsSharingOneInstanceIsTheSingleThreadedOne() throws Exception {
        List<Function<AssistConf, List<String>>> checks = mixedChecks();
        AssistConf alone = AssistConf.builder().catalogue(catalogue()).build();
        List<List<String>> expected = checks.stream().map(check -> check.apply(alone)).toList();
        assertThat(expected).as("checks giving errors").anyMatch(results -> results.stream()
                .anyMatch(result -> result.contains("valid=false")));

        AssistConf shared = AssistConf.builder().catalogue(catalogue()).build();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<String>>> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                threads.add(pool.submit(() -> checkAll(shared, checks, expected, thread, start)));
            }
            start.countDown();
            for (Future<List<String>> thread : threads) {
                assertThat(thread.get()).as("checks whose result differed from the single-threaded run").isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The thread's checks, from an offset of its own and by a stride prime to their number: mixed orders. */
    private static List<String> checkAll(AssistConf shared, List<Function<AssistConf, List<String>>> checks,
            List<List<String>> expected, int thread, CountDownLatch start) throws InterruptedException {
        start.await();
        int n = checks.size();
        int stride = 7;
        while (BigInteger.valueOf(stride).gcd(BigInteger.valueOf(n)).intValue() != 1) {
            stride += 2;
        }
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < CHECKS_PER_THREAD; i++) {
            int index = (int) ((thread * 97L + (long) i * stride) % n);
            List<String> got = checks.get(index).apply(shared);
            if (!got.equals(expected.get(index))) {
                differences.add("check " + index + ": " + got + " instead of " + expected.get(index));
            }
        }
        return differences;
    }

    /**
     * Every fixture and example, through each entry point it suits: text with and without its variant and kind
     * given, YAML streams document by document, JSON as a {@code Map} and as a {@code JsonNode}, list queries.
     */
    private static List<Function<AssistConf, List<String>>> mixedChecks() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(TestPayloads.fixtures(), TestPayloads.examples())) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).filter(SharedInstanceStressTest::isPayload).sorted()
                        .forEach(files::add);
            }
        }
        List<Function<AssistConf, List<String>>> checks = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            byte[] bytes = Files.readAllBytes(file);
            if (name.endsWith(".query")) {
                Variant variant = variantOf(file);
                String query = new String(bytes, StandardCharsets.UTF_8).strip();
                checks.add(conf -> List.of(shown(conf.check(variant, Kind.LIST_QUERY, Input.query(query)))));
                continue;
            }
            TextFormat format = name.endsWith(".yaml") || name.endsWith(".yml") ? TextFormat.YAML : TextFormat.JSON;
            checks.add(conf -> {
                Result detected = conf.check(Input.of(bytes, format));
                List<String> shown = new ArrayList<>(List.of(shown(detected)));
                detected.variant().ifPresent(variant -> conf.checkDocuments(variant, detected.kind(),
                        Input.of(bytes, format)).forEach(document -> shown.add(shown(document))));
                return shown;
            });
            JsonNode tree = format == TextFormat.JSON ? tree(bytes) : null;
            if (tree != null) {
                // one tree and one map, read by every thread at once: a check must not change its input
                Map<String, Object> map = map(tree);
                checks.add(conf -> List.of(shown(conf.check(Input.of(tree)))));
                checks.add(conf -> List.of(shown(conf.check(Input.of(map)))));
            }
        }
        return checks;
    }

    private static boolean isPayload(Path file) {
        String path = file.toString().replace('\\', '/');
        String name = file.getFileName().toString();
        boolean text = name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml")
                || name.endsWith(".query");
        return text && !name.equals("index.json") && !name.equals("package.json") && !path.contains("/expected/")
                && !path.contains("/catalogues/") && !path.contains("/fragments/") && !path.contains("/gateway/");
    }

    private static Variant variantOf(Path file) {
        for (Path part = file.getParent(); part != null; part = part.getParent()) {
            var variant = Variant.byId(String.valueOf(part.getFileName()));
            if (variant.isPresent()) {
                return variant.get();
            }
        }
        throw new IllegalArgumentException("no variant folder above " + file);
    }

    /** All a caller can see of a result. */
    private static String shown(Result result) {
        return "variant=" + result.variant() + " by " + result.variantDecidedBy() + " kind=" + result.kind() + " by "
                + result.kindDecidedBy() + " valid=" + result.valid() + " violations=" + result.violations()
                + " changes=" + result.changes() + " canonical=" + result.canonicalJson().orElse("-");
    }

    /** The JSON text as a tree, or null when it is not well-formed JSON. */
    private static JsonNode tree(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (RuntimeException e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(JsonNode tree) {
        Object value = JSON.treeToValue(tree, Object.class);
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of("value", value);
    }

    private static Catalogue catalogue() throws IOException {
        return Catalogue.parse(Files.readString(TestPayloads.fixtures().resolve("freddy/catalogues/models.json")));
    }
}
