package io.assistconf.internal.read;

import io.assistconf.Code;
import io.assistconf.Limits;
import io.assistconf.internal.tree.GuardedNodeFactory;
import io.assistconf.internal.tree.Place;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Copies a caller's tree ({@link Map}s and lists, or a Jackson tree) into a new Jackson tree the checker
 * may modify, enforcing the nesting, string and value limits on the way, so that a deep or cyclic structure
 * is refused instead of exhausting the stack, and a huge one before its copy fills the heap. One instance
 * copies one tree.
 */
public final class TreeCopier {

    /** Thrown, and caught by the reader, when the tree cannot be copied. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final Code code;
        final String pointer;

        Refused(Code code, String pointer, String message) {
            super(message, null, false, false);
            this.code = code;
            this.pointer = pointer;
        }
    }

    private final Limits limits;
    private final LimitMessages messages;
    private final GuardedNodeFactory nodes;
    private final NodeCount count;

    TreeCopier(Limits limits, LimitMessages messages, GuardedNodeFactory nodes) {
        this.limits = limits;
        this.messages = messages;
        this.nodes = nodes;
        this.count = new NodeCount(limits);
    }

    JsonNode copy(Object value) throws Refused {
        return copy(value, Place.ROOT, 0);
    }

    /**
     * Copies a value inside {@code depth} containers. As for the parsers, a container is one level deeper
     * than the containers around it (the root object is level 1) and a scalar adds no level, so an empty
     * object past the limit is refused as it is in text.
     */
    private JsonNode copy(Object value, Place place, int depth) throws Refused {
        counted(place);
        if (value instanceof JsonNode node) {
            return copyNode(node, place, depth);
        }
        if (value == null) {
            return nodes.nullNode();
        }
        if (value instanceof CharSequence text) {
            return nodes.stringNode(checkedString(text.toString(), place));
        }
        if (value instanceof Boolean flag) {
            return nodes.booleanNode(flag);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return nodes.numberNode(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return nodes.numberNode(big);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal(decimal, place);
        }
        if (value instanceof Double || value instanceof Float) {
            return floating(((Number) value).doubleValue(), place);
        }
        if (value instanceof Map<?, ?> map) {
            int level = level(depth, place);
            ObjectNode object = nodes.objectNode();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new Refused(Code.UNSUPPORTED_VALUE, place.pointer(), "object keys must be strings");
                }
                checkedName(key, place);
                object.set(key, copy(entry.getValue(), place.member(key), level));
            }
            return object;
        }
        if (value instanceof Iterable<?> list) {
            int level = level(depth, place);
            ArrayNode array = nodes.arrayNode();
            for (Object element : list) {
                array.add(copy(element, place.item(array.size()), level));
            }
            return array;
        }
        throw new Refused(Code.UNSUPPORTED_VALUE, place.pointer(),
                "a value of type " + value.getClass().getSimpleName() + " has no JSON form");
    }

    /** Copies a Jackson value, already counted, inside {@code depth} containers. */
    private JsonNode copyNode(JsonNode node, Place place, int depth) throws Refused {
        if (node.isObject()) {
            int level = level(depth, place);
            ObjectNode object = nodes.objectNode();
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                checkedName(entry.getKey(), place);
                Place child = place.member(entry.getKey());
                counted(child);
                object.set(entry.getKey(), copyNode(entry.getValue(), child, level));
            }
            return object;
        }
        if (node.isArray()) {
            int level = level(depth, place);
            ArrayNode array = nodes.arrayNode();
            for (JsonNode element : node) {
                Place child = place.item(array.size());
                counted(child);
                array.add(copyNode(element, child, level));
            }
            return array;
        }
        if (node.isString()) {
            checkedString(node.asString(), place);
        }
        if (node.isPojo()) {
            throw new Refused(Code.UNSUPPORTED_VALUE, place.pointer(), "a node holding a Java object has no JSON form");
        }
        if (node.isFloatingPointNumber()) {
            return node.isBigDecimal() ? decimal(node.decimalValue(), place) : floating(node.doubleValue(), place);
        }
        return node.isMissingNode() ? nodes.nullNode() : node;
    }

    private JsonNode floating(double number, Place place) throws Refused {
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            throw new Refused(Code.UNSUPPORTED_VALUE, place.pointer(), "NaN and infinite numbers have no JSON form");
        }
        return decimal(BigDecimal.valueOf(number), place);
    }

    private JsonNode decimal(BigDecimal number, Place place) throws Refused {
        try {
            return nodes.numberNode(number);
        } catch (StreamConstraintsException e) {
            throw new Refused(Code.LIMIT_EXCEEDED, place.pointer(), messages.numberMagnitudeMessage());
        }
    }

    /** Counts the value at {@code place}, refused past the value limit. */
    private void counted(Place place) throws Refused {
        try {
            count.add();
        } catch (NodeCount.Exceeded e) {
            throw new Refused(Code.LIMIT_EXCEEDED, place.pointer(), messages.nodesMessage());
        }
    }

    /** The level of a container inside {@code depth} containers, refused past the nesting limit. */
    private int level(int depth, Place place) throws Refused {
        if (depth + 1 > limits.maxDepth()) {
            throw new Refused(Code.LIMIT_EXCEEDED, place.pointer(), messages.nestingMessage());
        }
        return depth + 1;
    }

    private void checkedName(String name, Place place) throws Refused {
        if (name.length() > limits.maxNameLength()) {
            throw new Refused(Code.LIMIT_EXCEEDED, place.pointer(), messages.nameLengthMessage());
        }
        try {
            count.addName(name);
        } catch (NodeCount.Exceeded e) {
            throw new Refused(Code.LIMIT_EXCEEDED, place.pointer(), e.message(messages));
        }
        checkedString(name, place);
    }

    private String checkedString(String text, Place place) throws Refused {
        if (text.length() > limits.maxStringLength()) {
            throw new Refused(Code.LIMIT_EXCEEDED, place.pointer(), messages.stringLengthMessage());
        }
        if (EncodingCheck.hasUnpairedSurrogate(text)) {
            throw new Refused(Code.INVALID_ENCODING, place.pointer(), "a string holds an unpaired UTF-16 surrogate");
        }
        return text;
    }
}
