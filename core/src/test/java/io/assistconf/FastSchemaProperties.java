package io.assistconf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.assistconf.internal.check.CompiledSchemas;
import io.assistconf.internal.normalize.TreeNormalizer;
import io.assistconf.internal.schema.Shape;
import io.assistconf.internal.tree.CompactNodeFactory;
import io.assistconf.internal.tree.JsonType;
import io.assistconf.internal.tree.SecretKeys;
import io.assistconf.internal.schema.SchemaFiles;
import io.assistconf.internal.validate.FastSchema;
import io.assistconf.internal.validate.SchemaValidator;
import io.assistconf.testkit.TestPayloads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fast validator must give networknt's verdict, and its report on an invalid payload the violations
 * networknt's errors translate to: on every example, conformance fixture and benchmark
 * payload (as written and normalized, against every kind of its variant), on hand-picked edge cases, and
 * on thousands of random mutations of those payloads. A "valid" answer skips networknt, so a disagreement
 * there would hide errors; an "invalid" answer for a valid payload would only cost time, and is checked
 * too.
 */
class FastSchemaProperties {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(tools.jackson.databind.cfg.JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(tools.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();
    private static final CompiledSchemas SCHEMAS = CompiledSchemas.get();
    static final List<Base> BASES = bases();

    /** A payload and the variant it belongs to. */
    record Base(String name, Variant variant, JsonNode tree) {
    }

    @Test
    void everyShippedSchemaCompilesToAFastValidator() {
        SchemaFiles files = new SchemaFiles();
        for (Variant variant : Variant.values()) {
            for (Kind kind : SCHEMAS.kinds(variant)) {
                String id = SchemaFiles.idOf(variant, kind);
                assertThatCode(() -> FastSchema.compileOrThrow(files, id)).as(id).doesNotThrowAnyException();
                assertThat(SCHEMAS.entry(variant, kind).fast()).as(id).isNotNull();
            }
        }
    }

    @Test
    void thePayloadsOnDiskAreFound() {
        assertThat(BASES).hasSizeGreaterThan(20);
        assertThat(BASES.stream().map(Base::variant).distinct()).contains(Variant.FREDDY, Variant.BURKI);
    }

    @Test
    void agreesOnEveryPayloadOnDiskAsWrittenAndNormalized() {
        for (Base base : BASES) {
            agreeOnEveryKind(base.name(), base.variant(), base.tree());
            for (Kind kind : SCHEMAS.kinds(base.variant())) {
                Result result = Checks.LENIENT.check(base.variant(), kind, Input.of(base.tree()));
                result.canonical().ifPresent(canonical -> agree(base.name() + " normalized as " + kind.id(),
                        base.variant(), kind, canonical));
            }
        }
    }

    @Test
    void agreesOnEdgeCases() {
        String[] payloads = {
            "{\"name\": \"A\", \"temperature\": 2}", "{\"name\": \"A\", \"temperature\": 2.0000}",
            "{\"name\": \"A\", \"temperature\": 2.0001}", "{\"name\": \"A\", \"top_logprobs\": 20.0}",
            "{\"name\": \"A\", \"top_logprobs\": 20.5}", "{\"name\": \"A\", \"top_logprobs\": 1e1}",
            "{\"name\": \"A\", \"max_tokens\": 0.9}", "{\"name\": \"A\", \"seed\": 123456789012345678901234567890}",
            "{\"name\": \"A\", \"seed\": 1.5}", "{\"name\": \"A\", \"max_tool_calls\": 12345678901234567890.5}",
            "{\"name\": \"A\", \"max_tool_calls\": -12345678901234567890.5}",
            "{\"name\": \"A\", \"max_tool_calls\": 9223372036854775807.5}",
            "{\"name\": \"A\", \"top_logprobs\": 123456789012345678901234567890.0}",
            "{\"name\": \"A\", \"temperature\": -98765432109876543210.25}",
            "{\"name\": \"\"}", "{\"name\": \"\\ud83d\\udcac\"}",
            "{\"name\": \"A\", \"logit_bias\": 0}", "{\"name\": \"A\", \"logit_bias\": 0.0}",
            "{\"name\": \"A\", \"logit_bias\": {\"12\": 100.0, \"7\": -100}}",
            "{\"name\": \"A\", \"logit_bias\": {\"12\\n\": 1}}", "{\"name\": \"A\", \"logit_bias\": {\"x\": 1}}",
            "{\"name\": \"A\", \"logit_bias\": {\"1\": 100.5}}", "{\"name\": \"A\", \"id\": \"asst_1\\n\"}",
            "{\"name\": \"A\", \"allowed_model_providers\": [\"a\", \"a\"]}",
            "{\"name\": \"A\", \"rule_ids\": null}", "{\"name\": \"A\", \"text_config\": []}",
            "{\"name\": \"A\", \"created_at\": \"2025-01-20T10:30:00Z\"}",
            "{\"name\": \"A\", \"created_at\": \"2025-13-20T10:30:00Z\"}",
            "{\"name\": \"A\", \"created_at\": \"2016-12-31T23:59:60Z\"}", "{\"name\": \"A\", \"created_at\": -1}",
            "{\"name\": \"A\", \"tool_configurations\": {\"mcp_tools\": [{\"server_label\": \"x\", "
                    + "\"server_url\": \"relative/path\"}]}}",
            "{\"name\": \"A\", \"tool_configurations\": {\"mcp_tools\": [{\"server_label\": \"x\", "
                    + "\"server_url\": \"https://ex.com/a?b=[1]\"}]}}",
            "{\"name\": \"A\", \"tool_configurations\": {\"mcp_tools\": [{\"server_label\": \"x\", "
                    + "\"server_url\": \"https://ex.com/\\u00e9\"}]}}",
            "{\"name\": \"A\", \"tool_configurations\": {\"mcp_tools\": [{\"server_label\": \"x\", "
                    + "\"server_url\": \"http:// bad\"}]}}",
            "{\"name\": \"A\", \"metadata\": {\"a\": 1, \"b\": true, \"c\": null}}",
            "{\"assistants\": [{\"id\": \"ass_1\", \"name\": \"A\", \"created_at\": 1, \"updated_at\": 1, "
                    + "\"access_mode\": \"public\", \"is_active\": true}], \"total\": 1}",
            "{\"id\": \"7\", \"name\": \"A\", \"created_at\": \"2023-11-07T05:31:56Z\", \"updated_at\": "
                    + "\"2023-11-07T05:31:56+01:00\", \"llm_settings\": {\"temperature\": 2.00}}",
            "{}", "{\"system_prompt\": [\"This field is required.\"]}", "{\"detail\": \"Not found.\"}",
            "{\"detail\": [\"x\"]}", "{\"system_prompt\": \"required\"}", "{\"non_field_errors\": []}",
            "[]", "\"text\"", "null", "12",
        };
        for (String payload : payloads) {
            JsonNode tree = MAPPER.readTree(payload);
            for (Variant variant : Variant.values()) {
                agreeOnEveryKind(payload, variant, tree);
            }
        }
    }

    @Property(tries = 1500)
    void agreesOnRandomMutations(@ForAll long seed) {
        Mutated mutated = mutated(new Random(seed));
        agreeOnEveryKind(mutated.base().name() + " mutated with seed " + seed, mutated.base().variant(),
                mutated.tree());
    }

    /**
     * A normalized payload shares its defaults with every other one, read only, and the fast validator remembers
     * each shared value it found valid: judged again and again, such payloads must still get networknt's verdict
     * and report. The payloads on disk, each normalized as every kind in each way of filling defaults, then
     * judged twice; and each shared value met, as the root of every kind of every variant (where most are
     * invalid), twice.
     */
    @Test
    void agreesOnNormalizedPayloadsWhoseDefaultsAreShared() {
        Set<JsonNode> shared = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int round = 1; round <= 2; round++) {
            for (Base base : BASES) {
                agreeNormalized(base.name() + " (round " + round + ")", base.variant(), base.tree(), shared);
            }
        }
        assertThat(shared).as("shared values met").hasSizeGreaterThan(20);
        for (int round = 1; round <= 2; round++) {
            for (JsonNode value : shared) {
                for (Variant variant : Variant.values()) {
                    agreeOnEveryKind("the shared value " + value + " (round " + round + ")", variant, value);
                }
            }
        }
    }

    @Property(tries = 300)
    void agreesOnNormalizedMutationsWhoseDefaultsAreShared(@ForAll long seed) {
        Mutated mutated = mutated(new Random(seed));
        agreeNormalized(mutated.base().name() + " mutated with seed " + seed, mutated.base().variant(),
                mutated.tree(), new HashSet<>());
    }

    /** Normalizes a tree as each kind of its variant and compares the verdicts; adds the shared values met. */
    private static void agreeNormalized(String name, Variant variant, JsonNode tree, Set<JsonNode> shared) {
        for (Kind kind : SCHEMAS.kinds(variant)) {
            Shape shape = SCHEMAS.entry(variant, kind).shape();
            if (!shape.hasType(JsonType.of(tree))) {
                continue;
            }
            for (TreeNormalizer.Defaults defaults : TreeNormalizer.Defaults.values()) {
                TreeNormalizer.Mode mode = new TreeNormalizer.Mode(defaults, false, Severity.WARNING, Catalogue.NONE,
                        Limits.DEFAULTS, SecretKeys.NONE);
                JsonNode canonical = TreeNormalizer.normalize(tree.deepCopy(), shape, mode).canonical();
                agree(name + " normalized as " + kind.id() + " " + defaults, variant, kind, canonical);
                collectFrozen(canonical, shared);
            }
        }
    }

    private static void collectFrozen(JsonNode node, Set<JsonNode> frozen) {
        if (CompactNodeFactory.isFrozen(node)) {
            frozen.add(node);
        }
        for (JsonNode child : node.values()) {
            collectFrozen(child, frozen);
        }
    }

    private static void agreeOnEveryKind(String name, Variant variant, JsonNode tree) {
        for (Kind kind : SCHEMAS.kinds(variant)) {
            agree(name, variant, kind, tree);
        }
    }

    private static void agree(String name, Variant variant, Kind kind, JsonNode tree) {
        CompiledSchemas.Entry entry = SCHEMAS.entry(variant, kind);
        List<com.networknt.schema.Error> errors = SchemaValidator.validate(entry.schema(), tree);
        List<Violation> written = entry.fast().report(tree, SCHEMAS.translator(), Integer.MAX_VALUE);
        assertThat(written).as("the fast report of %s against %s/%s: %s", name, variant.id(), kind.id(), tree)
                .isNotNull();
        assertThat(written.isEmpty()).as("fast verdict for %s against %s/%s: %s", name, variant.id(), kind.id(),
                tree).isEqualTo(errors.isEmpty());
        if (!errors.isEmpty()) {
            List<com.networknt.schema.Error> fromPart = SchemaValidator.validate(entry.schema(),
                    entry.fast().failingPart(tree));
            assertThat(describe(fromPart)).as("networknt on the failing part of %s against %s/%s: %s", name,
                    variant.id(), kind.id(), tree).isEqualTo(describe(errors));
            List<Violation> translated = SCHEMAS.translator().translate(errors);
            assertThat(SCHEMAS.translator().translate(fromPart)).isEqualTo(translated);
            assertThat(sorted(written)).as("the fast report of %s against %s/%s: %s", name, variant.id(), kind.id(),
                    tree).isEqualTo(sorted(translated));
            List<Violation> bounded = entry.fast().report(tree, SCHEMAS.translator(), 2);
            if (bounded != null) {
                assertThat(sorted(bounded)).as("the fast report within 2 errors of %s against %s/%s: %s", name,
                        variant.id(), kind.id(), tree).isEqualTo(sorted(translated));
            }
        }
    }

    /** The violations in a fixed order, each once, as a result lists them. */
    private static List<String> sorted(List<Violation> violations) {
        return violations.stream().map(Violation::toString).distinct().sorted().toList();
    }

    /** What networknt says of each error, its instance aside (the failing part is a copy). */
    private static List<String> describe(List<com.networknt.schema.Error> errors) {
        return errors.stream().map(error -> error.getKeyword() + " " + error.getInstanceLocation() + " "
                + error.getEvaluationPath() + " " + error.getSchemaLocation() + " " + error.getMessage()).toList();
    }

    // ------------------------------------------------------------------------------ mutations

    /** A copy of a payload on disk, changed one to three times by {@link #mutate}, and that payload. */
    record Mutated(Base base, JsonNode tree) {
    }

    /** A payload on disk picked at random, copied and mutated one to three times. */
    static Mutated mutated(Random random) {
        Base base = BASES.get(random.nextInt(BASES.size()));
        JsonNode tree = base.tree().deepCopy();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            tree = mutate(tree, random);
        }
        return new Mutated(base, tree);
    }

    /** Replaces, removes or adds one value somewhere in the tree; returns the (possibly new) root. */
    static JsonNode mutate(JsonNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        if (containers.isEmpty() || random.nextInt(40) == 0) {
            return interesting(random);
        }
        JsonNode container = containers.get(random.nextInt(containers.size()));
        int action = random.nextInt(4);
        if (container instanceof ObjectNode object) {
            List<String> names = new ArrayList<>(object.propertyNames());
            if (names.isEmpty() || action == 0) {
                object.set(random.nextBoolean() && !names.isEmpty() ? names.get(random.nextInt(names.size()))
                        : KEYS[random.nextInt(KEYS.length)], interesting(random));
            } else if (action == 1) {
                object.remove(names.get(random.nextInt(names.size())));
            } else {
                String name = names.get(random.nextInt(names.size()));
                object.set(name, action == 2 ? interesting(random) : nudge(object.get(name), random));
            }
        } else {
            ArrayNode array = (ArrayNode) container;
            if (array.isEmpty() || action == 0) {
                array.add(array.isEmpty() || random.nextBoolean() ? interesting(random)
                        : array.get(random.nextInt(array.size())).deepCopy());
            } else if (action == 1) {
                array.remove(random.nextInt(array.size()));
            } else {
                int index = random.nextInt(array.size());
                array.set(index, action == 2 ? interesting(random) : nudge(array.get(index), random));
            }
        }
        return root;
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainer()) {
            containers.add(node);
            for (JsonNode child : node.values()) {
                collect(child, containers);
            }
        }
    }

    /** A value of the same type, just off: a number past a bound, a string slightly changed. */
    private static JsonNode nudge(JsonNode value, Random random) {
        if (value.isNumber()) {
            BigDecimal[] steps = {new BigDecimal("1"), new BigDecimal("-1"), new BigDecimal("0.5"),
                new BigDecimal("-0.5"), new BigDecimal("100"), new BigDecimal("0.0")};
            BigDecimal nudged = value.decimalValue().add(steps[random.nextInt(steps.length)]);
            return random.nextBoolean() && nudged.stripTrailingZeros().scale() <= 0
                    ? NODES.numberNode(nudged.toBigInteger()) : NODES.numberNode(nudged);
        }
        if (value.isString()) {
            String text = value.asString();
            String[] edits = {"", "x", "\n", "_", " ", "1", "Z", "é"};
            String edit = edits[random.nextInt(edits.length)];
            return NODES.stringNode(random.nextBoolean() ? text + edit : edit + text);
        }
        if (value.isBoolean()) {
            return NODES.booleanNode(!value.booleanValue());
        }
        return interesting(random);
    }

    private static final String[] KEYS = {"name", "id", "temperature", "top_p", "mode", "type", "server_label",
        "server_url", "connector_id", "created_at", "access_mode", "instructions", "is_active", "total",
        "pagination", "assistants", "error", "code", "message", "limit", "logit_bias", "metadata", "12", "x",
        "llm_settings", "rag_settings", "chunk_size", "keyword", "provider", "enabled", "fallbacks",
        "tool_configurations", "system_tools", "mcp_tools", "require_approval", "never", "tool_names",
        "default_model_key", "json_schemas", "schema_object", "system_message", "reasoning", "effort"};

    private static JsonNode interesting(Random random) {
        return switch (random.nextInt(34)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(true);
            case 2 -> NODES.booleanNode(false);
            case 3 -> NODES.numberNode(0);
            case 4 -> NODES.numberNode(-1);
            case 5 -> NODES.numberNode(1);
            case 6 -> NODES.numberNode(new BigDecimal("1.0"));
            case 7 -> NODES.numberNode(new BigDecimal("2.5"));
            case 8 -> NODES.numberNode(100);
            case 9 -> NODES.numberNode(101L);
            case 10 -> NODES.numberNode(new BigDecimal("-100.5"));
            case 11 -> NODES.numberNode(new BigInteger("123456789012345678901234567890"));
            case 12 -> NODES.numberNode(2.0d);
            case 13 -> NODES.numberNode(0.5d);
            case 14 -> NODES.stringNode("");
            case 15 -> NODES.stringNode("auto");
            case 16 -> NODES.stringNode("asst_abc_1");
            case 17 -> NODES.stringNode("2025-01-20T10:30:00Z");
            case 18 -> NODES.stringNode("yesterday");
            case 19 -> NODES.stringNode("https://mcp.example.com/sse");
            case 20 -> NODES.stringNode("not a uri");
            case 21 -> NODES.stringNode("mcp");
            case 22 -> NODES.stringNode("on");
            case 23 -> NODES.stringNode("openai");
            case 24 -> NODES.objectNode();
            case 25 -> NODES.arrayNode();
            case 26 -> NODES.arrayNode().add("a").add("a");
            case 27 -> NODES.arrayNode().add("a").add("b");
            case 28 -> NODES.objectNode().put("mode", "on");
            case 29 -> NODES.objectNode().put("server_label", "s").put("server_url", "https://x.io");
            case 30 -> NODES.objectNode().put("name", "n").set("schema_object", NODES.objectNode());
            case 31 -> NODES.arrayNode().add(NODES.numberNode(1)).add(NODES.numberNode(new BigDecimal("1.0")));
            case 32 -> NODES.objectNode().put("12", 5).put("13", -101);
            default -> NODES.stringNode("ass_");
        };
    }

    // ------------------------------------------------------------------------------ payloads on disk

    private static List<Base> bases() {
        List<Base> bases = new ArrayList<>();
        for (Variant variant : Variant.values()) {
            addAll(bases, variant, TestPayloads.examples().resolve(variant.id()));
            addAll(bases, variant, TestPayloads.fixtures().resolve(variant.id()));
        }
        for (Variant variant : Variant.values()) {
            files(TestPayloads.payloads()).filter(file -> file.getFileName().toString().startsWith(variant.id() + "-"))
                    .forEach(file -> add(bases, variant, file));
        }
        return bases;
    }

    private static void addAll(List<Base> bases, Variant variant, Path directory) {
        files(directory).forEach(file -> add(bases, variant, file));
    }

    private static void add(List<Base> bases, Variant variant, Path file) {
        String name = file.getFileName().toString();
        if (name.equals("index.json") || name.equals("known-differences.json")) {
            return;
        }
        Result read = Checks.LENIENT.check(variant, Kind.OBJECT, Input.of(file));
        if (read.canonical().isEmpty()) {
            return;
        }
        try {
            JsonNode tree = name.endsWith(".json") ? MAPPER.readTree(Files.readAllBytes(file))
                    : tools.jackson.dataformat.yaml.YAMLMapper.builder().build().readTree(Files.readAllBytes(file));
            if (tree.isContainer()) {
                bases.add(new Base(file.toString(), variant, tree));
            }
        } catch (IOException | RuntimeException e) {
            // not a document (query strings): skipped
        }
    }

    private static Stream<Path> files(Path directory) {
        if (!Files.isDirectory(directory)) {
            return Stream.empty();
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).filter(file -> {
                String name = file.getFileName().toString();
                return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml");
            }).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
