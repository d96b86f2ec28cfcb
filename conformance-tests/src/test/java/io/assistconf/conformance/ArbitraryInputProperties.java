package io.assistconf.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.AssistConf;
import io.assistconf.Code;
import io.assistconf.TextFormat;
import io.assistconf.Input;
import io.assistconf.Limits;
import io.assistconf.Result;
import io.assistconf.Variant;
import io.assistconf.Violation;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Assertions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * 6. Arbitrary input never makes the library throw, hang or go past its limits: JSON trees built from the
 * schemas' own names (every spelling) and random ones, with every kind of value, arbitrary bytes, arbitrary
 * query strings, and pathological documents (deep nesting, long strings and numbers, YAML alias bombs).
 * Each is checked against a variant and kind and with the variant to be detected, by an instance with
 * the default limits and by one with small limits. Every check must end within its time, give a result
 * whose codes are in {@link io.assistconf.Code} and whose verdict matches its errors, and report
 * {@code limit_exceeded} exactly when the input goes past a limit.
 */
class ArbitraryInputProperties {

    static final Limits SMALL = new Limits(16 * 1024, 12, 200, 30);
    static final AssistConf LIMITED = AssistConf.builder().limits(SMALL).build();
    private static final Duration TIME_LIMIT = Duration.ofSeconds(20);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Every code but the checker's own: no input may make it fail. */
    private static final Set<String> CODES = Arrays.stream(Code.values())
            .filter(code -> code.group() != Code.Group.CHECKER).map(Code::id).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> READING = Code.Group.READING.codes().stream().map(Code::id)
            .collect(Collectors.toUnmodifiableSet());
    private static final List<String> NAMES = schemaNames();

    @Provide
    Arbitrary<ConformanceProperties.Case> combination() {
        return Arbitraries.of(ConformanceProperties.COMBINATIONS).withoutEdgeCases();
    }

    @Provide
    Arbitrary<JsonNode> trees() {
        Arbitrary<JsonNode> plain = tree(4);
        Arbitrary<JsonNode> deep = Combinators.combine(tree(1), Arbitraries.integers().between(8, 40),
                Arbitraries.of(true, false)).as(ArbitraryInputProperties::nest);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, plain.map(t -> t.isObject() ? t : wrap(t))),
                net.jqwik.api.Tuple.of(2, plain),
                net.jqwik.api.Tuple.of(1, deep));
    }

    /** Trees given as trees, as JSON text, as YAML text and as sniffed text. */
    @Property
    void arbitraryTreesGiveAResultWithinTimeAndLimits(@ForAll("trees") JsonNode tree,
            @ForAll("combination") ConformanceProperties.Case c) {
        Statistics.label("depth").collect(Json.depth(tree) > SMALL.maxDepth() ? "deeper than the small limit" : "within");
        String text = tree.toString();
        boolean depthExceeded = Json.depth(tree) > SMALL.maxDepth();
        boolean stringExceeded = longestString(tree) > SMALL.maxStringLength();
        Map<String, Supplier<Input>> inputs = new java.util.LinkedHashMap<>();
        inputs.put("tree", () -> Input.of(tree));
        inputs.put("json", () -> Input.json(text));
        inputs.put("yaml", () -> Input.yaml(text));
        inputs.put("text", () -> Input.text(text));
        if (tree.isObject()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = Fixtures.MAPPER.convertValue(tree, Map.class);
            inputs.put("map", () -> Input.of(map));
        }
        boolean exceeded = stringExceeded || depthExceeded;
        within(() -> {
            for (Map.Entry<String, Supplier<Input>> form : inputs.entrySet()) {
                Supplier<Input> input = form.getValue();
                for (AssistConf assistconf : List.of(Conformance.ASSISTCONF, LIMITED)) {
                    Result given = sane(assistconf.check(c.variant(), c.kind(), input.get()), tree);
                    Result detected = sane(assistconf.check(c.kind(), input.get()), tree);
                    sane(assistconf.check(input.get()), tree);
                    if (assistconf == LIMITED && exceeded) {
                        // reading stops at the first problem: a limit, or an earlier one (NaN, a parse error)
                        assertThat(given.canonicalJson()).as("no payload past the limits for %s given as %s: %s", text,
                                form.getKey(), given).isEmpty();
                        assertThat(detected.canonicalJson()).as("no payload past the limits for %s given as %s"
                                + " (variant detected): %s", text, form.getKey(), detected).isEmpty();
                        if (!codes(given).contains("limit_exceeded")) {
                            // only a problem the default limits find too may come first (NaN; characters YAML
                            // does not allow, such as C1 controls, which JSON strings may hold)
                            List<String> unlimited = codes(Conformance.ASSISTCONF.check(c.variant(), c.kind(), input.get()));
                            assertThat(unlimited).as("limit_exceeded for %s given as %s: %s", text, form.getKey(),
                                    given.violations()).isEqualTo(codes(given));
                        }
                    }
                    if (!depthExceeded && !stringExceeded && text.length() < SMALL.maxDocumentBytes() / 2
                            && !hasLongNumber(tree) && assistconf == LIMITED) {
                        assertThat(codes(given)).as("no limit_exceeded within the limits for %s given as %s", text,
                                form.getKey()).doesNotContain("limit_exceeded");
                    }
                }
            }
        });
    }

    /** Numbers at the edges of every representation, put where the schemas expect a number. */
    @Provide
    Arbitrary<ConformanceProperties.Case> extremeNumbers() {
        List<String> extremes = List.of("1e20", "-1e20", "9223372036854775808", "-9223372036854775809",
                "12345678901234567890123456789", "1e400", "-1e400", "1e999999999", "-1e999999999", "1e-999999999",
                "0.000000000000000000000000001", "123456789012345678901234567890.0", "2E+1", "-0.0", "1.000000000000000000001",
                "12345678901234567890.5", "-98765432109876543210.25", "9223372036854775807.5");
        return new ConformanceProperties().valid().flatMap(c -> {
            List<String> numeric = new ArrayList<>();
            for (Sites.Site site : Sites.of(c.payload(), c.root())) {
                Set<String> types = site.resolved().effectiveTypes();
                if (!site.pointer().isEmpty() && types != null
                        && (types.contains("integer") || types.contains("number"))) {
                    numeric.add(site.pointer());
                }
            }
            if (numeric.isEmpty()) {
                return Arbitraries.just(c);
            }
            return Combinators.combine(Arbitraries.of(numeric), Arbitraries.of(extremes)).as((pointer, number) ->
                    new ConformanceProperties.Case(c.variant(), c.kind(),
                            Json.with(c.payload(), pointer, NODES.numberNode(new BigDecimal(number)))));
        });
    }

    /** An extreme number where a number belongs, as JSON text, YAML text, a tree and a query: always a result. */
    @Property
    void extremeNumbersAtNumericFieldsGiveAResult(@ForAll("extremeNumbers") ConformanceProperties.Case c) {
        Statistics.label("variant/kind").collect(c.label());
        String text = c.query() ? QueryStrings.render(c.payload()) : c.payload().toString();
        within(() -> {
            for (AssistConf assistconf : List.of(Conformance.ASSISTCONF, LIMITED)) {
                if (c.query()) {
                    sane(assistconf.check(c.variant(), c.kind(), Input.query(text)), c.payload());
                    continue;
                }
                sane(assistconf.check(c.variant(), c.kind(), Input.json(text)), c.payload());
                sane(assistconf.check(c.variant(), c.kind(), Input.yaml(text)), c.payload());
                sane(assistconf.check(c.variant(), c.kind(), Input.of(c.payload())), c.payload());
                sane(assistconf.check(c.kind(), Input.json(text)), c.payload());
            }
        });
    }

    /** Arbitrary bytes as text of each format, as a stream, and as a query string. */
    @Property
    void arbitraryBytesGiveAResult(@ForAll("bytes") byte[] bytes, @ForAll("combination") ConformanceProperties.Case c) {
        List<Supplier<Input>> inputs = List.of(() -> Input.of(bytes), () -> Input.of(bytes, TextFormat.JSON),
                () -> Input.of(bytes, TextFormat.YAML), () -> Input.of(new ByteArrayInputStream(bytes), TextFormat.JSON),
                () -> Input.query(new String(bytes, StandardCharsets.ISO_8859_1)),
                () -> Input.query(new String(bytes, StandardCharsets.UTF_8)));
        within(() -> {
            for (Supplier<Input> input : inputs) {
                for (AssistConf assistconf : List.of(Conformance.ASSISTCONF, LIMITED)) {
                    sane(assistconf.check(c.variant(), c.kind(), input.get()), null);
                    sane(assistconf.check(c.kind(), input.get()), null);
                }
            }
            if (bytes.length > SMALL.maxDocumentBytes()) {
                assertThat(codes(LIMITED.check(c.variant(), c.kind(), Input.of(bytes, TextFormat.JSON))))
                        .contains("limit_exceeded");
            }
        });
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
        Arbitrary<byte[]> jsonish = Arbitraries.strings().withChars("{}[]\":,-+.0123456789eEaflnrstu \n\\/%&=#!*&|>-")
                .ofMaxLength(300).map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> mangled = Combinators.combine(tree(3), Arbitraries.integers().between(0, 200),
                Arbitraries.bytes()).as((t, at, b) -> {
                    byte[] text = t.toString().getBytes(StandardCharsets.UTF_8);
                    if (text.length > 0) {
                        text[Math.min(at, text.length - 1)] = b;
                    }
                    return text;
                });
        Arbitrary<byte[]> large = Arbitraries.integers().between((int) SMALL.maxDocumentBytes() - 10, (int) SMALL.maxDocumentBytes() + 10)
                .map(n -> ("{\"name\": \"" + "x".repeat(Math.max(0, n - 13)) + "\"}").getBytes(StandardCharsets.UTF_8));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, random), net.jqwik.api.Tuple.of(3, jsonish),
                net.jqwik.api.Tuple.of(3, mangled), net.jqwik.api.Tuple.of(1, large));
    }

    /** Documents built to hurt a parser or a validator. */
    @Property(tries = 60)
    void pathologicalDocumentsGiveAResult(@ForAll("pathological") String text,
            @ForAll("combination") ConformanceProperties.Case c) {
        Statistics.label("document").collect(text.length() > 40 ? text.substring(0, 40).replace('\n', ' ') : text);
        within(() -> {
            for (AssistConf assistconf : List.of(Conformance.ASSISTCONF, LIMITED)) {
                sane(assistconf.check(c.variant(), c.kind(), Input.text(text)), null);
                sane(assistconf.check(c.variant(), c.kind(), Input.of(text.getBytes(StandardCharsets.UTF_8), TextFormat.YAML)), null);
                sane(assistconf.check(c.kind(), Input.text(text)), null);
            }
        });
    }

    @Provide
    Arbitrary<String> pathological() {
        List<String> fixed = new ArrayList<>(List.of(
                "", " ", "\uFEFF{}", "null", "[]", "{}", "{\"name\": \"x\"} {\"name\": \"y\"}", "---\nname: x\n---\nname: y\n",
                "{\"name\": \"x\", \"name\": \"y\"}", "name: x\nname: y\n", "{\"name\": \"\\ud800\"}",
                "{\"name\": \"x\u0000y\"}", "{\"temperature\": NaN}", "{\"temperature\": 1e-999999999}",
                "{\"max_tool_calls\": 99999999999999999999999999}", "{\"seed\": -99999999999999999999999999}",
                "{\"temperature\": " + "9".repeat(150) + "}", "{\"limit\": 1." + "0".repeat(120) + "}",
                "a: &a [*a]\n", "&a\nname: x\nself: *a\n", "name: !!binary aGVsbG8=\n", "name: !custom x\n",
                "? [a, b]\n: c\n", "{\"a\": [" + "{},".repeat(3000) + "{}]}",
                "{\"tool_configurations\": {\"mcp_tools\": [" + "{\"server_label\": \"x\"},".repeat(500)
                        + "{\"server_label\": \"x\"}]}}",
                "{\"access_departments\": [" + "\"d\",".repeat(2000) + "\"d\"]}",
                "name: " + "x".repeat(300) + "\n", "%YAML 1.2\n---\nname: x\n", "{\"$schema\": \"https://assistconf.io/schemas/burki/nope.json\"}",
                "{\"$schema\": \"https://assistconf.io/schemas/freddy/error.json\", \"error\": {}}", "skip=1&limit=%zz"));
        fixed.add("{\"name\": \"x\", \"max_tool_calls\": 1e20, \"top_logprobs\": 1e999999999}");
        fixed.add("[{\"id\": 1, \"name\": \"x\", \"created_at\": \"2025-01-01T00:00:00Z\", \"updated_at\": \"2025-01-01T00:00:00Z\","
                + " \"rag_settings\": {\"chunk_size\": 1e999999999, \"chunk_overlap\": 1e-999999999}}]");
        Arbitrary<String> deepArrays = Arbitraries.integers().between(10, 20_000).map(n -> "[".repeat(n) + "]".repeat(n));
        Arbitrary<String> deepObjects = Arbitraries.integers().between(10, 5_000)
                .map(n -> "{\"a\":".repeat(n) + "1" + "}".repeat(n));
        Arbitrary<String> unclosed = Arbitraries.integers().between(10, 20_000).map(n -> "{\"a\":[".repeat(n));
        Arbitrary<String> deepYaml = Arbitraries.integers().between(10, 2_000).map(n -> {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < n; i++) {
                out.append("  ".repeat(i)).append("a:\n");
            }
            return out.toString();
        });
        Arbitrary<String> aliasBomb = Arbitraries.integers().between(2, 12).map(levels -> {
            StringBuilder out = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
            for (int i = 1; i < levels; i++) {
                out.append('a').append(i).append(": &a").append(i).append(" [");
                for (int j = 0; j < 10; j++) {
                    out.append(j > 0 ? ", " : "").append("*a").append(i - 1);
                }
                out.append("]\n");
            }
            return out.append("name: x\n").toString();
        });
        Arbitrary<String> longString = Arbitraries.integers().between(SMALL.maxStringLength() - 2, 1_000_010)
                .map(n -> "{\"name\": \"" + "y".repeat(n) + "\"}");
        Arbitrary<String> manyKeys = Arbitraries.integers().between(100, 50_000).map(n -> {
            StringBuilder out = new StringBuilder("{");
            for (int i = 0; i < n; i++) {
                out.append(i > 0 ? "," : "").append("\"k").append(i).append("\":").append(i);
            }
            return out.append("}").toString();
        });
        return Arbitraries.oneOf(Arbitraries.of(fixed), deepArrays, deepObjects, unclosed, deepYaml, aliasBomb,
                longString, manyKeys);
    }

    /** Runs the checks of one try with a time limit: a hang fails the try instead of the build. */
    private static void within(Runnable checks) {
        Assertions.assertTimeoutPreemptively(TIME_LIMIT, checks::run, "the checks of one input took longer than " + TIME_LIMIT);
    }

    /** A result that keeps the documented promises: catalogued codes, verdict from the errors, a payload or a reason. */
    private static Result sane(Result result, JsonNode input) {
        assertThat(result).isNotNull();
        assertThat(result.violations()).as("violations of %s", input).isNotNull();
        assertThat(codes(result)).as("codes of %s must be catalogued in io.assistconf.Code", input).isSubsetOf(CODES);
        assertThat(result.valid()).as("verdict of %s", result).isEqualTo(result.errors().isEmpty());
        for (Violation violation : result.violations()) {
            assertThat(violation.message()).as("message of %s", violation).isNotBlank();
            assertThat(violation.pointer().isEmpty() || violation.pointer().startsWith("/")).as("pointer of %s", violation).isTrue();
        }
        if (result.canonicalJson().isEmpty()) {
            assertThat(result.violations()).as("a result without a canonical payload says why: %s", result).hasSize(1);
            assertThat(READING).as("the reason a result has no canonical payload: %s", result)
                    .contains(result.violations().get(0).code());
        }
        return result;
    }

    private static List<String> codes(Result result) {
        return result.violations().stream().map(Violation::code).toList();
    }

    private static int longestString(JsonNode node) {
        int longest = node.isString() ? node.asString().length() : 0;
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                longest = Math.max(longest, Math.max(member.getKey().length(), longestString(member.getValue())));
            }
        } else if (node.isArray()) {
            for (JsonNode item : node.values()) {
                longest = Math.max(longest, longestString(item));
            }
        }
        return longest;
    }

    /** Whether a number is long, as written or written out in full (1e300): the number limit may apply. */
    private static boolean hasLongNumber(JsonNode node) {
        if (node.isNumber()) {
            if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
                return false;
            }
            BigDecimal value = node.decimalValue();
            boolean huge = Math.abs((long) value.precision() - value.scale()) > SMALL.maxNumberLength() / 2
                    || value.scale() > SMALL.maxNumberLength() / 2;
            return huge || node.toString().length() > SMALL.maxNumberLength() / 2;
        }
        for (JsonNode child : node.values()) {
            if (hasLongNumber(child)) {
                return true;
            }
        }
        return false;
    }

    /** Trees of up to {@code depth} levels with the schemas' names, random names, and values of every kind. */
    static Arbitrary<JsonNode> tree(int depth) {
        List<Arbitrary<JsonNode>> scalars = new ArrayList<>(List.of(
                Arbitraries.just(NODES.nullNode()),
                Arbitraries.of(true, false).map(NODES::booleanNode),
                Arbitraries.longs().map(NODES::numberNode),
                Arbitraries.integers().between(-3, 30).map(NODES::numberNode),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(18), BigInteger.TEN.pow(28)).map(NODES::numberNode),
                Arbitraries.bigDecimals().between(new BigDecimal("-1e6"), new BigDecimal("1e6")).ofScale(4).map(NODES::numberNode),
                Arbitraries.of(new BigDecimal("1.0"), new BigDecimal("2.50"), new BigDecimal("-0.0"), new BigDecimal("1e-7"),
                        new BigDecimal("123.456e3")).map(NODES::numberNode),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, -0.0, 1e300).map(NODES::numberNode),
                Arbitraries.strings().ofMaxLength(20).map(NODES::stringNode),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(190).ofMaxLength(210).map(NODES::stringNode),
                Arbitraries.of("", "<string>", "auto", "json_schema", "department", "custom", "true", "10", "-1",
                        "2025-01-20T10:30:00Z", "2025-02-30T24:00:60z", "https://example.com", "not a uri", "+14155550123",
                        "asst_x", "💬", "\u0000").map(NODES::stringNode)));
        scalars.add(Arbitraries.of(new BigDecimal("1e20"), new BigDecimal("-1e400"), new BigDecimal("1e999999999"),
                new BigDecimal("1e-999999999")).map(NODES::numberNode));
        Arbitrary<JsonNode> scalar = Arbitraries.oneOf(scalars);
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<JsonNode> child = tree(depth - 1);
        Arbitrary<String> keys = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, Arbitraries.of(NAMES)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(12)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("$schema", "", "a/b", "~0", "__proto__", "Name", "NAME")));
        Arbitrary<JsonNode> objects = Combinators.combine(keys, child).as(Map::entry).list().ofMaxSize(6).map(entries -> {
            ObjectNode object = NODES.objectNode();
            entries.forEach(e -> object.set(e.getKey(), e.getValue()));
            return object;
        });
        Arbitrary<JsonNode> arrays = child.list().ofMaxSize(4).map(items -> {
            ArrayNode array = NODES.arrayNode();
            items.forEach(array::add);
            return array;
        });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, scalar), net.jqwik.api.Tuple.of(4, objects),
                net.jqwik.api.Tuple.of(2, arrays));
    }

    private static JsonNode wrap(JsonNode value) {
        ObjectNode object = NODES.objectNode();
        object.set(NAMES.get(Math.floorMod(value.hashCode(), NAMES.size())), value);
        return object;
    }

    private static JsonNode nest(JsonNode inner, int levels, boolean objects) {
        JsonNode node = inner;
        for (int i = 0; i < levels; i++) {
            node = objects ? NODES.objectNode().set("tool_configurations", node) : NODES.arrayNode().add(node);
        }
        return objects ? node : NODES.objectNode().set("name", node);
    }

    /** Every property name of every schema, in each spelling core accepts. */
    private static List<String> schemaNames() {
        Set<String> names = new TreeSet<>();
        for (ConformanceProperties.Case c : ConformanceProperties.COMBINATIONS) {
            Map<String, SchemaView> views = new java.util.LinkedHashMap<>();
            SchemaView.walk(SchemaView.of(SchemaDocs.root(c.variant(), c.kind())), "", views);
            for (SchemaView view : views.values()) {
                if (view.properties != null) {
                    for (String name : view.properties.keySet()) {
                        names.addAll(Respell.spellings(name, view.property(name)));
                    }
                }
            }
        }
        return List.copyOf(names);
    }
}
