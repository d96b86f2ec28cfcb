package io.assistconf;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Copies a caller's tree ({@link Map}s and lists, or a Jackson tree) into a new Jackson tree the checker
 * may modify, enforcing the nesting and string limits on the way, so that a deep or cyclic structure is
 * refused instead of exhausting the stack.
 */
final class TreeCopier {

    /** Thrown, and caught by the reader, when the tree cannot be copied. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final String code;
        final String pointer;

        Refused(String code, String pointer, String message) {
            super(message, null, false, false);
            this.code = code;
            this.pointer = pointer;
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final Limits limits;

    TreeCopier(Limits limits) {
        this.limits = limits;
    }

    JsonNode copy(Object value) throws Refused {
        return copy(value, "", 0);
    }

    private JsonNode copy(Object value, String pointer, int depth) throws Refused {
        if (value instanceof JsonNode node) {
            return copyNode(node, pointer, depth);
        }
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof CharSequence text) {
            return NODES.stringNode(checkedString(text.toString(), pointer));
        }
        if (value instanceof Boolean flag) {
            return NODES.booleanNode(flag);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return NODES.numberNode(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return NODES.numberNode(big);
        }
        if (value instanceof BigDecimal decimal) {
            return NODES.numberNode(decimal);
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (Double.isNaN(number) || Double.isInfinite(number)) {
                throw new Refused("unsupported_value", pointer, "NaN and infinite numbers have no JSON form");
            }
            return NODES.numberNode(BigDecimal.valueOf(number));
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new Refused("unsupported_value", pointer, "object keys must be strings");
                }
                checkedString(key, pointer);
                String child = Pointers.append(pointer, key);
                object.set(key, copy(entry.getValue(), child, deeper(depth, child)));
            }
            return object;
        }
        if (value instanceof Iterable<?> list) {
            ArrayNode array = NODES.arrayNode();
            for (Object element : list) {
                String child = Pointers.append(pointer, array.size());
                array.add(copy(element, child, deeper(depth, child)));
            }
            return array;
        }
        throw new Refused("unsupported_value", pointer,
                "a value of type " + value.getClass().getSimpleName() + " has no JSON form");
    }

    private JsonNode copyNode(JsonNode node, String pointer, int depth) throws Refused {
        if (node.isObject()) {
            ObjectNode object = NODES.objectNode();
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                checkedString(entry.getKey(), pointer);
                String child = Pointers.append(pointer, entry.getKey());
                object.set(entry.getKey(), copyNode(entry.getValue(), child, deeper(depth, child)));
            }
            return object;
        }
        if (node.isArray()) {
            ArrayNode array = NODES.arrayNode();
            for (JsonNode element : node) {
                String child = Pointers.append(pointer, array.size());
                array.add(copyNode(element, child, deeper(depth, child)));
            }
            return array;
        }
        if (node.isString()) {
            checkedString(node.asString(), pointer);
        }
        return node.isMissingNode() ? NODES.nullNode() : node;
    }

    private int deeper(int depth, String pointer) throws Refused {
        if (depth + 1 > limits.maxDepth()) {
            throw new Refused("limit_exceeded", pointer,
                    "the document nests deeper than the limit of " + limits.maxDepth() + " levels");
        }
        return depth + 1;
    }

    private String checkedString(String text, String pointer) throws Refused {
        if (text.length() > limits.maxStringLength()) {
            throw new Refused("limit_exceeded", pointer,
                    "a string is longer than the limit of " + limits.maxStringLength() + " characters");
        }
        return text;
    }
}
