package io.assistconf;

import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.internal.check.CompiledSchemas;
import io.assistconf.internal.normalize.Normalization;
import io.assistconf.internal.normalize.StreamingNormalization;
import io.assistconf.internal.normalize.TreeNormalizer;
import io.assistconf.internal.read.ReadOutcome;
import io.assistconf.internal.read.TextParser;
import io.assistconf.internal.schema.Shape;
import io.assistconf.internal.tree.GuardedNodeFactory;
import io.assistconf.internal.tree.JsonType;
import io.assistconf.internal.tree.KeySpelling;
import io.assistconf.internal.tree.SecretKeys;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Normalizing while reading ({@link io.assistconf.internal.normalize.StreamingNormalizer}) must give exactly
 * what reading a tree with Jackson and then normalizing it ({@link TreeNormalizer#normalize}) gives: the same
 * canonical tree, changes and violations, in the same order. Checked on every payload on disk as written, in camelCase and in a
 * mix of spellings with repeated aliases, against every kind of every variant, in each mode, and on
 * random mutations.
 */
class StreamingNormalizerProperties {

    private static final TextParser PARSER = new TextParser(Limits.DEFAULTS, SecretKeys.NONE);
    /** Jackson's own tree reader, configured as the checker's (limits, numbers); a repeated key takes its last value. */
    private static final ObjectMapper TREES = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxDocumentLength(Limits.DEFAULTS.maxDocumentBytes())
                            .maxNestingDepth(Limits.DEFAULTS.maxDepth())
                            .maxStringLength(Limits.DEFAULTS.maxStringLength())
                            .maxNameLength(Limits.DEFAULTS.maxStringLength())
                            .maxNumberLength(Limits.DEFAULTS.maxNumberLength())
                            .build())
                    .build())
            .nodeFactory(new GuardedNodeFactory(Limits.DEFAULTS))
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private static final CompiledSchemas SCHEMAS = CompiledSchemas.get();
    private static final Catalogue CATALOGUE = Catalogue.builder()
            .add("model", List.of("gpt-5", "gpt-4o")).add("llm_provider", List.of("openai"))
            .add("generation_config", List.of("1")).build();

    @Test
    void agreesOnEveryPayloadOnDiskInEverySpelling() {
        int compared = 0;
        for (FastSchemaProperties.Base base : FastSchemaProperties.BASES) {
            Random random = new Random(base.name().hashCode());
            List<JsonNode> spellings = List.of(base.tree(), respell(base.tree().deepCopy(), () -> true),
                    repeatAliases(respell(base.tree().deepCopy(), random::nextBoolean), random));
            for (JsonNode spelling : spellings) {
                byte[] text = TREES.writeValueAsBytes(spelling);
                for (Variant variant : Variant.values()) {
                    for (Kind kind : SCHEMAS.kinds(variant)) {
                        compared += agreeInEveryMode(base.name(), text, variant, kind);
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(5000);
    }

    @Property(tries = 500)
    void agreesOnRandomMutations(@ForAll long seed) {
        Random random = new Random(seed);
        FastSchemaProperties.Mutated mutated = FastSchemaProperties.mutated(random);
        FastSchemaProperties.Base base = mutated.base();
        JsonNode tree = repeatAliases(respell(mutated.tree(), random::nextBoolean), random);
        byte[] text = TREES.writeValueAsBytes(tree);
        for (Kind kind : SCHEMAS.kinds(base.variant())) {
            agreeInEveryMode(base.name() + " mutated with seed " + seed, text, base.variant(), kind);
        }
    }

    @Test
    void aKeyGivenTwiceIsReadAgainAsATreeThatKeepsTheLastValue() {
        String[] payloads = {
            "{\"name\": \"a\", \"name\": \"a\"}",
            "{\"name\": \"a\", \"maxToolCalls\": 1, \"maxToolCalls\": 1}",
            "{\"name\": \"a\", \"metadata\": {\"k\": \"1\", \"k\": \"2\"}}",
            "{\"name\": \"a\", \"no_such\": {\"k\": 1, \"k\": 1}}",
            "{\"name\": \"a\", \"json_schemas\": [{\"name\": \"s\", \"schema_object\": {\"k\": 1, \"k\": 2}}]}",
            "{\"name\": \"a\", \"tool_configurations\": {\"mcp_tools\": [{\"server_label\": \"s\", "
                    + "\"server_label\": \"s\"}]}}",
        };
        for (String payload : payloads) {
            byte[] text = payload.getBytes(StandardCharsets.UTF_8);
            StreamingNormalization streaming = new StreamingNormalization(
                    SCHEMAS.entry(Variant.FREDDY, Kind.CREATE).shape(), mode(Kind.CREATE, Severity.WARNING));
            ReadOutcome read = PARSER.parse(text, TextFormat.JSON, streaming);
            assertThat(read.problem()).as(payload).isNull();
            assertThat(read.document().built()).as(payload).isFalse();
            assertThat(read.document().tree()).as(payload).isEqualTo(TREES.readTree(text));
            assertThat(read.document().repeatedKeys()).as(payload).hasSize(1);
            Violation repeated = read.document().repeatedKeys().get(0);
            assertThat(repeated.code()).as(payload).isEqualTo("duplicate_key");
            assertThat(repeated.message()).as(payload).matches("duplicate key '[a-zA-Z_]+' in the same object \\(first"
                    + " on line 1\\); the last value is kept");
            String key = repeated.message().split("'")[1];
            assertThat(repeated.path()).as(payload).endsWith("/" + key);
            assertThat(read.document().tree().at(repeated.path())).as(payload).isNotNull();
            assertThat(repeated.line()).as(payload).isEqualTo(1);
            assertThat(repeated.column()).as(payload).isEqualTo(payload.lastIndexOf(", \"" + key + "\"") + 3);
        }
    }

    @Test
    void twoSpellingsOfOneKeyAreMergedOrRefusedNotTakenForADuplicate() {
        Result same = Checks.LENIENT.check(Variant.FREDDY, Kind.CREATE,
                Input.json("{\"name\": \"a\", \"instructions\": \"i\", \"organization_id\": \"org_1\", \"max_tool_calls\": 2, \"maxToolCalls\": 2}"));
        assertThat(same.violations()).isEmpty();
        assertThat(same.changes()).anyMatch(change -> change.type() == Change.Type.MERGED);
        Result different = Checks.LENIENT.check(Variant.FREDDY, Kind.CREATE,
                Input.json("{\"name\": \"a\", \"instructions\": \"i\", \"organization_id\": \"org_1\", \"maxToolCalls\": 2, \"max_tool_calls\": 3}"));
        assertThat(different.errors()).extracting(Violation::code).containsExactly("conflicting_alias");
    }

    /** Compares both ways of reading in each mode; returns the number of comparisons made. */
    private static int agreeInEveryMode(String name, byte[] text, Variant variant, Kind kind) {
        Shape shape = SCHEMAS.entry(variant, kind).shape();
        int compared = 0;
        for (TreeNormalizer.Mode mode : List.of(mode(kind, Severity.WARNING), mode(kind, Severity.ERROR),
                new TreeNormalizer.Mode(TreeNormalizer.Defaults.of(!kind.fillsDefaults(), true), false,
                        Severity.WARNING, CATALOGUE, Limits.DEFAULTS, SecretKeys.NONE),
                new TreeNormalizer.Mode(TreeNormalizer.Defaults.NONE, false, Severity.WARNING, CATALOGUE,
                        Limits.DEFAULTS, SecretKeys.NONE))) {
            agree(name + " as " + variant.id() + "/" + kind.id(), text, shape, mode);
            compared++;
        }
        return compared;
    }

    private static void agree(String name, byte[] text, Shape shape, TreeNormalizer.Mode mode) {
        StreamingNormalization streaming = new StreamingNormalization(shape, mode);
        ReadOutcome read = PARSER.parse(text, TextFormat.JSON, streaming);
        JsonNode tree;
        try {
            tree = TREES.readTree(text);
        } catch (JacksonException e) {
            assertThat(read.problem()).as(name).isNotNull();
            return;
        }
        assertThat(read.problem()).as(name).isNull();
        assertThat(PARSER.parse(text, TextFormat.JSON).document().tree().toString()).as(name).isEqualTo(tree.toString());
        if (!shape.hasType(JsonType.of(tree))) {
            assertThat(read.document().built()).as(name).isFalse();
            assertThat(streaming.result()).as(name).isNull();
            assertThat(read.document().tree()).as(name).isEqualTo(tree);
            return;
        }
        Normalization expected = TreeNormalizer.normalize(tree, shape, mode);
        assertThat(read.document().built()).as(name).isTrue();
        Normalization actual = streaming.result();
        assertThat(actual).as(name).isNotNull();
        assertThat(actual.canonical()).as(name).isEqualTo(expected.canonical());
        assertThat(actual.canonical().toString()).as(name).isEqualTo(expected.canonical().toString());
        assertThat(actual.changes()).as(name).isEqualTo(expected.changes());
        assertThat(actual.violations()).as(name).isEqualTo(expected.violations());
    }

    private static TreeNormalizer.Mode mode(Kind kind, Severity unknown) {
        return new TreeNormalizer.Mode(TreeNormalizer.Defaults.of(kind.fillsDefaults(), true), false, unknown, Catalogue.NONE, Limits.DEFAULTS,
                SecretKeys.NONE);
    }

    /** Rewrites keys to camelCase where {@code choice} says so. */
    private static JsonNode respell(JsonNode node, java.util.function.BooleanSupplier choice) {
        if (node instanceof ObjectNode object) {
            ObjectNode out = object.objectNode();
            for (Map.Entry<String, JsonNode> member : object.properties()) {
                String key = choice.getAsBoolean() ? KeySpelling.camel(member.getKey()) : member.getKey();
                out.set(out.has(key) ? member.getKey() : key, respell(member.getValue(), choice));
            }
            return out;
        }
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, respell(array.get(i), choice));
            }
        }
        return node;
    }

    /**
     * Gives some members of some objects a second spelling (snake_case beside camelCase and back), with
     * the same value or a different one.
     */
    private static JsonNode repeatAliases(JsonNode node, Random random) {
        if (node instanceof ObjectNode object) {
            List<String> keys = new ArrayList<>(object.propertyNames());
            for (String key : keys) {
                repeatAliases(object.get(key), random);
                String twin = key.indexOf('_') >= 0 ? KeySpelling.camel(key) : KeySpelling.snake(key);
                if (!twin.equals(key) && !object.has(twin) && random.nextInt(4) == 0) {
                    object.set(twin, random.nextBoolean() ? object.get(key).deepCopy() : object.textNode("other"));
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> repeatAliases(element, random));
        }
        return node;
    }
}
