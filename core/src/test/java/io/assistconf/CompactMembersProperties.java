package io.assistconf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.assistconf.internal.read.TextParser;
import io.assistconf.internal.tree.CompactMembers;
import io.assistconf.internal.tree.SecretKeys;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@link CompactMembers} behaves as a {@link LinkedHashMap} under any sequence of map operations. */
class CompactMembersProperties {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Property(tries = 300)
    void behavesAsALinkedHashMap(@ForAll long seed) {
        operate(new Random(seed), i -> "k" + i, 40, 200);
    }

    /** Keys made of "Aa" and "BB" blocks share one String.hashCode: the index must not degrade or err. */
    @Property(tries = 40)
    void behavesAsALinkedHashMapWhenEveryKeyHasTheSameHash(@ForAll long seed) {
        operate(new Random(seed), CompactMembersProperties::collidingKey, 300, 1500);
    }

    @Test
    void sameHashKeysReallyCollide() {
        assertThat(collidingKey(0).hashCode()).isEqualTo(collidingKey(255).hashCode());
        assertThat(collidingKey(0)).isNotEqualTo(collidingKey(255));
    }

    /** The i-th of 512 distinct keys with one hash code. */
    private static String collidingKey(int i) {
        StringBuilder key = new StringBuilder();
        for (int bit = 0; bit < 9; bit++) {
            key.append((i >> bit & 1) == 0 ? "Aa" : "BB");
        }
        return key.toString();
    }

    private static void operate(Random random, IntFunction<String> keyOf, int maxKeys, int steps) {
        Map<String, JsonNode> compact = new CompactMembers();
        Map<String, JsonNode> model = new LinkedHashMap<>();
        int keyRange = 1 + random.nextInt(maxKeys);
        for (int step = 0; step < steps; step++) {
            String key = keyOf.apply(random.nextInt(keyRange));
            JsonNode value = NODES.numberNode(random.nextInt(5));
            switch (random.nextInt(9)) {
                case 0, 1, 2 -> assertThat(compact.put(key, value)).isEqualTo(model.put(key, value));
                case 3 -> assertThat(compact.remove(key)).isEqualTo(model.remove(key));
                case 4 -> assertThat(compact.putIfAbsent(key, value)).isEqualTo(model.putIfAbsent(key, value));
                case 5 -> removeEveryOther(compact, model, random.nextBoolean());
                case 6 -> {
                    compact.entrySet().forEach(entry -> entry.setValue(value));
                    model.entrySet().forEach(entry -> entry.setValue(value));
                }
                case 7 -> {
                    if (random.nextInt(20) == 0) {
                        compact.clear();
                        model.clear();
                    }
                }
                default -> {
                    compact.keySet().removeIf(name -> name.endsWith("3"));
                    model.keySet().removeIf(name -> name.endsWith("3"));
                }
            }
            assertSame(compact, model, keyRange, keyOf);
        }
    }

    @Test
    void iteratorRemoveNeedsANext() {
        Map<String, JsonNode> compact = new CompactMembers();
        compact.put("a", NODES.nullNode());
        Iterator<Map.Entry<String, JsonNode>> members = compact.entrySet().iterator();
        assertThatThrownBy(members::remove).isInstanceOf(IllegalStateException.class);
        members.next();
        members.remove();
        assertThatThrownBy(members::remove).isInstanceOf(IllegalStateException.class);
        assertThat(compact).isEmpty();
    }

    @Test
    void objectNodesOverItBehaveAsJacksonsOwn() {
        String json = "{\"b\": 1, \"a\": {\"x\": [1, 2, {\"y\": null}]}, \"c\": \"text\", \"d\": 1.50}";
        JsonNode jackson = JsonMapper.builder().enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build().readTree(json);
        ObjectNode ours = (ObjectNode) new TextParser(Limits.DEFAULTS, SecretKeys.NONE).parse(json.getBytes(
                java.nio.charset.StandardCharsets.UTF_8), TextFormat.JSON).document().tree();
        assertThat(ours).isEqualTo(jackson);
        assertThat(jackson).isEqualTo(ours);
        assertThat(ours.hashCode()).isEqualTo(jackson.hashCode());
        assertThat(ours.toString()).isEqualTo(jackson.toString());
        assertThat(ours.deepCopy()).isEqualTo(jackson);
        ours.remove("a");
        ours.put("e", true);
        ours.retain("c", "e", "b");
        assertThat(ours.toString()).isEqualTo("{\"b\":1,\"c\":\"text\",\"e\":true}");
    }

    private static void removeEveryOther(Map<String, JsonNode> compact, Map<String, JsonNode> model, boolean odd) {
        for (Map<String, JsonNode> map : List.of(compact, model)) {
            Iterator<Map.Entry<String, JsonNode>> members = map.entrySet().iterator();
            boolean remove = odd;
            while (members.hasNext()) {
                members.next();
                if (remove) {
                    members.remove();
                }
                remove = !remove;
            }
        }
    }

    private static void assertSame(Map<String, JsonNode> compact, Map<String, JsonNode> model, int keyRange,
            IntFunction<String> keyOf) {
        assertThat(compact.size()).isEqualTo(model.size());
        assertThat(new ArrayList<>(compact.entrySet())).isEqualTo(new ArrayList<>(model.entrySet()));
        assertThat(compact).isEqualTo(model);
        assertThat(model).isEqualTo(compact);
        assertThat(compact.hashCode()).isEqualTo(model.hashCode());
        for (int i = 0; i < keyRange; i++) {
            assertThat(compact.get(keyOf.apply(i))).isEqualTo(model.get(keyOf.apply(i)));
            assertThat(compact.containsKey(keyOf.apply(i))).isEqualTo(model.containsKey(keyOf.apply(i)));
        }
        assertThat(compact.get(7)).isNull();
    }
}
