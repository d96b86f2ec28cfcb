package io.assistconf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.assistconf.internal.check.CompiledSchemas;
import io.assistconf.internal.normalize.Normalization;
import io.assistconf.internal.normalize.TreeNormalizer;
import io.assistconf.internal.schema.SchemaFiles;
import io.assistconf.internal.schema.Shape;
import io.assistconf.internal.schema.ShapeCompiler;
import io.assistconf.internal.tree.CompactNodeFactory;
import io.assistconf.internal.tree.JsonType;
import io.assistconf.internal.tree.SecretKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A default normalized once and shared by every fill ({@code TreeNormalizer.filled}) must give exactly what
 * normalizing it afresh at each fill gives ({@link TreeNormalizer#normalizeEachDefault}): the same canonical
 * tree, changes (pointers included) and violations, in the same order. Checked on every payload on disk,
 * against every kind of every variant whose root type it has, in each way of filling defaults and typing strings, with members
 * set to null (a null that stands for its default), and on random mutations. The shared values are read only.
 */
class KeptDefaultsProperties {

    private static final CompiledSchemas SCHEMAS = CompiledSchemas.get();

    @Test
    void agreesOnEveryPayloadOnDiskWithAndWithoutNulls() {
        int compared = 0;
        for (FastSchemaProperties.Base base : FastSchemaProperties.BASES) {
            Random random = new Random(base.name().hashCode());
            for (JsonNode tree : List.of(base.tree(), nulled(base.tree().deepCopy(), random))) {
                for (Variant variant : Variant.values()) {
                    for (Kind kind : SCHEMAS.kinds(variant)) {
                        compared += agreeInEveryMode(base.name(), tree, variant, kind);
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(5000);
    }

    @Property(tries = 300)
    void agreesOnRandomMutations(@ForAll long seed) {
        Random random = new Random(seed);
        FastSchemaProperties.Mutated mutated = FastSchemaProperties.mutated(random);
        FastSchemaProperties.Base base = mutated.base();
        JsonNode tree = nulled(mutated.tree(), random);
        for (Kind kind : SCHEMAS.kinds(base.variant())) {
            agreeInEveryMode(base.name() + " mutated with seed " + seed, tree, base.variant(), kind);
        }
    }

    /**
     * Defaults that are not kept: one that reports an unknown key where it is filled, one that is a string
     * typed as a number in a query; beside them one that is kept, filled at two depths.
     */
    @Test
    void aDefaultThatReportsOrChangesMoreThanDefaultsIsNormalizedWhereItIsFilled() {
        Shape shape = new ShapeCompiler(new SchemaFiles()).compile(SchemaFiles.ID_PREFIX + "kept/defaults.json");
        for (String payload : List.of("{}", "{\"outer\": {}}", "{\"list\": [{}, {\"outer\": {\"plain\": null}}]}")) {
            for (boolean typeStrings : new boolean[] {false, true}) {
                TreeNormalizer.Mode mode = new TreeNormalizer.Mode(TreeNormalizer.Defaults.ALL, typeStrings,
                        Severity.WARNING, Catalogue.NONE, Limits.DEFAULTS, SecretKeys.NONE);
                JsonNode tree = JsonMapper.shared().readTree(payload);
                Normalization expected = TreeNormalizer.normalizeEachDefault(tree.deepCopy(), shape, mode);
                Normalization actual = TreeNormalizer.normalize(tree.deepCopy(), shape, mode);
                assertThat(actual.canonical()).as(payload).isEqualTo(expected.canonical());
                assertThat(actual.changes()).as(payload).isEqualTo(expected.changes());
                assertThat(actual.violations()).as(payload).isEqualTo(expected.violations());
            }
        }
        TreeNormalizer.Mode query = new TreeNormalizer.Mode(TreeNormalizer.Defaults.ALL, true, Severity.WARNING,
                Catalogue.NONE, Limits.DEFAULTS, SecretKeys.NONE);
        Normalization list = TreeNormalizer.normalize(JsonMapper.shared().readTree(
                "{\"outer\": {\"settings\": {}, \"count\": 1}, \"list\": [{}, {\"outer\": {}}]}"),
                shape, query);
        assertThat(list.violations()).extracting(Violation::pointer)
                .containsExactly("/list/1/outer/settings/extra");
        assertThat(list.changes()).filteredOn(change -> change.type() == Change.Type.COERCED)
                .extracting(Change::pointer).containsExactly("/list/1/outer/count");
        assertThat(list.changes()).filteredOn(change -> change.type() == Change.Type.DEFAULTED)
                .extracting(Change::pointer).containsExactly("/outer/settings/a", "/outer/plain", "/outer/plain/b",
                        "/list/1/outer/settings", "/list/1/outer/count", "/list/1/outer/plain",
                        "/list/1/outer/plain/b");
    }

    @Test
    void checksShareTheirDefaultsYetEachCanonicalCopyIsItsOwn() {
        String payload = "{\"name\": \"a\", \"llm_fallback_providers\": {\"enabled\": true, \"fallbacks\": []}}";
        Result first = Checks.LENIENT.check(Variant.BURKI, Kind.OBJECT, Input.json(payload));
        Result second = Checks.LENIENT.check(Variant.BURKI, Kind.OBJECT, Input.json(payload));
        assertThat(first.canonicalJson()).isEqualTo(second.canonicalJson());
        assertThat(first.changes()).isEqualTo(second.changes());
        JsonNode copy = first.canonical().orElseThrow();
        ((ObjectNode) copy.get("tts_settings")).put("voice_id", "changed");
        assertThat(second.canonical().orElseThrow().get("tts_settings").get("voice_id").asString())
                .isNotEqualTo("changed");
    }

    @Test
    void aSharedValueRefusesEveryChange() {
        ObjectNode given = CompactNodeFactory.INSTANCE.objectNode();
        given.put("a", 1);
        given.set("list", CompactNodeFactory.INSTANCE.arrayNode().add(1));
        given.set("inner", CompactNodeFactory.INSTANCE.objectNode().put("b", true));
        ObjectNode shared = (ObjectNode) CompactNodeFactory.frozen(given);
        assertThat(shared).isEqualTo(given);
        assertThatThrownBy(() -> shared.put("c", 2)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> shared.put("a", 2)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> shared.remove("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(shared::removeAll).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> shared.properties().iterator().next().setValue(null))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> {
            var members = shared.properties().iterator();
            members.next();
            members.remove();
        }).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ((ArrayNode) shared.get("list")).add(2))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ((ObjectNode) shared.get("inner")).put("b", false))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(shared.deepCopy().put("c", 2).get("c").asInt()).isEqualTo(2);
        assertThat(shared).isEqualTo(given);
    }

    /** Compares both ways of filling defaults in each mode; returns the number of comparisons made. */
    private static int agreeInEveryMode(String name, JsonNode tree, Variant variant, Kind kind) {
        Shape shape = SCHEMAS.entry(variant, kind).shape();
        if (!shape.hasType(JsonType.of(tree))) {
            return 0; // a check refuses the document before normalizing it
        }
        int compared = 0;
        for (TreeNormalizer.Defaults defaults : TreeNormalizer.Defaults.values()) {
            for (boolean typeStrings : new boolean[] {false, true}) {
                TreeNormalizer.Mode mode = new TreeNormalizer.Mode(defaults, typeStrings, Severity.WARNING,
                        Catalogue.NONE, Limits.DEFAULTS, SecretKeys.NONE);
                String as = name + " as " + variant.id() + "/" + kind.id() + " " + defaults + " " + typeStrings;
                Normalization expected = TreeNormalizer.normalizeEachDefault(tree.deepCopy(), shape, mode);
                Normalization actual = TreeNormalizer.normalize(tree.deepCopy(), shape, mode);
                assertThat(actual.canonical()).as(as).isEqualTo(expected.canonical());
                assertThat(actual.canonical().toString()).as(as).isEqualTo(expected.canonical().toString());
                assertThat(actual.changes()).as(as).isEqualTo(expected.changes());
                assertThat(actual.violations()).as(as).isEqualTo(expected.violations());
                assertThat(actual.unlisted()).as(as).isEqualTo(expected.unlisted());
                compared++;
            }
        }
        return compared;
    }

    /** Sets some members of some objects to null, at every depth. */
    private static JsonNode nulled(JsonNode node, Random random) {
        if (node instanceof ObjectNode object) {
            for (String key : new ArrayList<>(object.propertyNames())) {
                if (random.nextInt(5) == 0) {
                    object.putNull(key);
                } else {
                    nulled(object.get(key), random);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> nulled(element, random));
        }
        return node;
    }
}
