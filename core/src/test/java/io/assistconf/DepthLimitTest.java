package io.assistconf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The nesting limit is the same for text and trees: the root object is level 1, each object or array inside
 * another one level more, and a scalar no level, so that an empty container one level past the limit is
 * refused from a {@code Map} or {@code JsonNode} exactly as from JSON or YAML text.
 */
class DepthLimitTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** How the containers below the root alternate. */
    enum Nesting { OBJECTS, ARRAYS, ALTERNATING }

    @ParameterizedTest(name = "maxDepth {0}")
    @ValueSource(ints = {1, 2, 3, 8})
    void textAndTreesAgreeAtAndPastTheLimit(int maxDepth) {
        AssistConf limited = AssistConf.builder().limits(Limits.DEFAULTS.withMaxDepth(maxDepth)).build();
        for (int levels = 1; levels <= maxDepth + 2; levels++) {
            for (Nesting nesting : Nesting.values()) {
                for (boolean empty : new boolean[] {true, false}) {
                    JsonNode tree = nested(levels, nesting, empty);
                    boolean exceeded = levels > maxDepth;
                    String text = tree.toString();
                    Map<String, Input> forms = new LinkedHashMap<>();
                    forms.put("json", Input.json(text));
                    forms.put("yaml", Input.yaml(text));
                    forms.put("tree", Input.of(tree));
                    forms.put("map", Input.of(asMap(tree)));
                    for (Map.Entry<String, Input> form : forms.entrySet()) {
                        Result result = limited.check(Variant.FREDDY, Kind.UPDATE, form.getValue());
                        List<String> limitCodes = result.violations().stream().map(Violation::code)
                                .filter("limit_exceeded"::equals).toList();
                        assertThat(limitCodes).as("%s as %s with maxDepth %d (%d levels): %s", text, form.getKey(),
                                maxDepth, levels, result.violations()).hasSize(exceeded ? 1 : 0);
                        if (exceeded) {
                            Violation violation = result.violations().get(0);
                            assertThat(violation.message()).isEqualTo(
                                    "the document nests deeper than the limit of " + maxDepth + " levels");
                            if (form.getKey().equals("tree") || form.getKey().equals("map")) {
                                // the first container past the limit
                                assertThat(violation.pointer()).as("%s as %s", text, form.getKey())
                                        .isEqualTo(pointerOfLevel(maxDepth + 1, nesting));
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * A root object and containers inside it, {@code levels} in all; the innermost is empty or holds the
     * number 1.
     */
    private static JsonNode nested(int levels, Nesting nesting, boolean empty) {
        JsonNode inner = null;
        for (int level = levels; level >= 1; level--) {
            boolean object = level == 1 || isObject(level, nesting);
            JsonNode content = inner != null ? inner : empty ? null : NODES.numberNode(1);
            if (object) {
                ObjectNode node = NODES.objectNode();
                if (content != null) {
                    node.set("k" + level, content);
                }
                inner = node;
            } else {
                ArrayNode node = NODES.arrayNode();
                if (content != null) {
                    node.add(content);
                }
                inner = node;
            }
        }
        return inner;
    }

    private static boolean isObject(int level, Nesting nesting) {
        return switch (nesting) {
            case OBJECTS -> true;
            case ARRAYS -> false;
            case ALTERNATING -> level % 2 == 1;
        };
    }

    /** The pointer of the container at {@code level} (the root is level 1) in a tree built by {@link #nested}. */
    private static String pointerOfLevel(int level, Nesting nesting) {
        StringBuilder pointer = new StringBuilder();
        for (int parent = 1; parent < level; parent++) {
            pointer.append(parent == 1 || isObject(parent, nesting) ? "/k" + parent : "/0");
        }
        return pointer.toString();
    }

    /** The tree as maps and lists, as a caller's JSON library would hand it over. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(JsonNode tree) {
        return (Map<String, Object>) plain(tree);
    }

    private static Object plain(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.properties().forEach(member -> map.put(member.getKey(), plain(member.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.values().forEach(item -> list.add(plain(item)));
            return list;
        }
        return node.intValue();
    }
}
