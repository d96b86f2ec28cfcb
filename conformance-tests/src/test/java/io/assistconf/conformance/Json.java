package io.assistconf.conformance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Small tree helpers: JSON Pointers, value equality as JSON means it, tree walks. */
final class Json {

    private Json() {
    }

    /** A copy of {@code root} with {@code value} set at {@code pointer} (its parent must exist). */
    static JsonNode with(JsonNode root, String pointer, JsonNode value) {
        JsonNode copy = root.deepCopy();
        if (pointer.isEmpty()) {
            return value.deepCopy();
        }
        JsonNode parent = copy.at(parent(pointer));
        String last = lastSegment(pointer);
        if (parent instanceof ObjectNode object) {
            object.set(last, value.deepCopy());
        } else if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(last);
            if (index == array.size()) {
                array.add(value.deepCopy());
            } else {
                array.set(index, value.deepCopy());
            }
        } else {
            throw new IllegalArgumentException("no container at " + parent(pointer) + " in " + root);
        }
        return copy;
    }

    /** A copy of {@code root} without the member or item at {@code pointer}. */
    static JsonNode without(JsonNode root, String pointer) {
        JsonNode copy = root.deepCopy();
        JsonNode parent = copy.at(parent(pointer));
        String last = lastSegment(pointer);
        if (parent instanceof ObjectNode object) {
            object.remove(last);
        } else if (parent instanceof ArrayNode array) {
            array.remove(Integer.parseInt(last));
        }
        return copy;
    }

    static String parent(String pointer) {
        return pointer.substring(0, pointer.lastIndexOf('/'));
    }

    static String lastSegment(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
    }

    static String append(String pointer, String segment) {
        return pointer + "/" + segment.replace("~", "~0").replace("/", "~1");
    }

    static String append(String pointer, int index) {
        return pointer + "/" + index;
    }

    /** Whether {@code ancestor} is {@code pointer} or one of its ancestors. */
    static boolean within(String pointer, String ancestor) {
        return pointer.equals(ancestor) || pointer.startsWith(ancestor + "/");
    }

    /** Equality as JSON means it: numbers by value (1, 1.0 and 1.00 are equal), objects regardless of order. */
    static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> member : a.properties()) {
                JsonNode other = b.get(member.getKey());
                if (other == null || !same(member.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!same(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    /** Every pointer in the tree, the root ("") included, in document order. */
    static List<String> pointers(JsonNode node) {
        List<String> out = new ArrayList<>();
        collect(node, "", out);
        return out;
    }

    private static void collect(JsonNode node, String pointer, List<String> out) {
        out.add(pointer);
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                collect(member.getValue(), append(pointer, member.getKey()), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), append(pointer, i), out);
            }
        }
    }

    /** Whether the tree holds a value at the pointer ({@code null} counts as a value). */
    static boolean has(JsonNode root, String pointer) {
        return !root.at(pointer).isMissingNode();
    }

    /** Nesting depth: 0 for a scalar, 1 for an empty or flat container. */
    static int depth(JsonNode node) {
        int deepest = 0;
        Iterator<JsonNode> children = node.isContainer() ? node.values().iterator() : List.<JsonNode>of().iterator();
        while (children.hasNext()) {
            deepest = Math.max(deepest, depth(children.next()));
        }
        return node.isContainer() ? deepest + 1 : 0;
    }

    static BigDecimal decimal(JsonNode number) {
        return number.decimalValue();
    }
}
