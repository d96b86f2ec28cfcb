package io.assistconf.internal.validate;

import io.assistconf.internal.tree.CompactNodeFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeType;
import tools.jackson.databind.node.StringNode;

/** Whether a value satisfies a {@link CompiledNode}, as networknt would judge it. */
final class FastEvaluation {

    private FastEvaluation() {
    }

    /**
     * Whether the value satisfies the schema. A shared value ({@link #shared}) found valid is remembered by the
     * schema, so that the next payload sharing it is not judged again; the verdict depends on the schema and
     * the value alone.
     */
    static boolean valid(CompiledNode schema, JsonNode node) {
        if (!shared(schema, node)) {
            return judged(schema, node);
        }
        JsonNode[] known = schema.frozenValid;
        for (JsonNode value : known) {
            if (value == node) {
                return true;
            }
        }
        boolean valid = judged(schema, node);
        if (valid) {
            remember(known, node);
        }
        return valid;
    }

    /**
     * Whether the value is one payloads share and nothing can change: a frozen default, or the schema's own
     * scalar default, which the normalizer fills as it is.
     */
    static boolean shared(CompiledNode schema, JsonNode node) {
        return node == schema.defaultScalar || CompactNodeFactory.isFrozen(node);
    }

    /**
     * Keeps a frozen value in the first free slot; a full table is left as it is, so that checks sharing a schema
     * stop writing to it once it is filled (a value written over at every check would bounce between the cores'
     * caches). Threads may race for a slot: each writes a value it judged valid, and readers only compare identity.
     */
    private static void remember(JsonNode[] known, JsonNode node) {
        for (int i = 0; i < known.length; i++) {
            if (known[i] == null) {
                known[i] = node;
                return;
            }
        }
    }

    private static boolean judged(CompiledNode schema, JsonNode node) {
        if (schema.refusesAll) {
            return false;
        }
        JsonNodeType type = node.getNodeType();
        if (schema.types != 0 && !typeMatches(schema.types, node, type)) {
            return false;
        }
        if (!enumAdmits(schema, node)) {
            return false;
        }
        if (schema.constValue != null && !constMatches(schema.constValue, node)) {
            return false;
        }
        if (schema.typeDependent && !typeDependentHold(schema, node, type)) {
            return false;
        }
        if (schema.allOf != null) {
            for (CompiledNode part : schema.allOf) {
                if (!valid(part, node)) {
                    return false;
                }
            }
        }
        if (schema.anyOf != null && !any(schema.anyOf, node)) {
            return false;
        }
        if (schema.ifNode != null) {
            CompiledNode branch = valid(schema.ifNode, node) ? schema.thenNode : schema.elseNode;
            return branch == null || valid(branch, node);
        }
        return true;
    }

    /** Whether the keywords that apply to the value's type alone (bounds, lengths, members, items) hold. */
    private static boolean typeDependentHold(CompiledNode schema, JsonNode node, JsonNodeType type) {
        return switch (type) {
            case OBJECT -> object(schema, node);
            case ARRAY -> array(schema, node);
            case STRING -> string(schema, node.asString());
            case NUMBER -> (schema.minimum == null || schema.minimum.compare(node) >= 0)
                    && (schema.maximum == null || schema.maximum.compare(node) <= 0);
            default -> true;
        };
    }

    private static boolean any(CompiledNode[] parts, JsonNode node) {
        for (CompiledNode part : parts) {
            if (valid(part, node)) {
                return true;
            }
        }
        return false;
    }

    static boolean typeMatches(int types, JsonNode node) {
        return typeMatches(types, node, node.getNodeType());
    }

    /** Like {@link #typeMatches(int, JsonNode)}, given the value's node type (one virtual call per value). */
    static boolean typeMatches(int types, JsonNode node, JsonNodeType type) {
        return switch (type) {
            case OBJECT -> (types & CompiledNode.OBJECT) != 0;
            case ARRAY -> (types & CompiledNode.ARRAY) != 0;
            case STRING -> (types & CompiledNode.STRING) != 0;
            case NUMBER -> NetworkntNumbers.hasType(node, (types & CompiledNode.NUMBER) != 0,
                    (types & CompiledNode.INTEGER) != 0);
            case BOOLEAN -> (types & CompiledNode.BOOLEAN) != 0;
            case NULL -> (types & CompiledNode.NULL) != 0;
            default -> false;
        };
    }

    /** Whether the value is one of the schema's {@code enum} strings, or the schema has no {@code enum}. */
    static boolean enumAdmits(CompiledNode schema, JsonNode node) {
        return schema.enumStrings == null || node.isString() && schema.enumStrings.contains(node.asString());
    }

    static boolean constMatches(JsonNode constValue, JsonNode node) {
        if (constValue.isNumber() && node.isNumber()) {
            return NetworkntNumbers.equal(constValue, node);
        }
        return constValue.equals(node);
    }

    private static boolean string(CompiledNode schema, String text) {
        return lengthFits(schema, text) && (schema.pattern == null || schema.pattern.matches(text))
                && (schema.format == null || schema.format.matches(null, text));
    }

    /** Whether the text has as many code points as {@code minLength} and {@code maxLength} allow. */
    static boolean lengthFits(CompiledNode schema, String text) {
        if (schema.minLength < 0 && schema.maxLength < 0) {
            return true;
        }
        int codePoints = text.codePointCount(0, text.length());
        return (schema.minLength < 0 || codePoints >= schema.minLength)
                && (schema.maxLength < 0 || codePoints <= schema.maxLength);
    }

    private static boolean object(CompiledNode schema, JsonNode object) {
        if (object.size() < schema.minProperties) {
            return false;
        }
        if (schema.required != null) {
            for (String name : schema.required) {
                if (object.get(name) == null) {
                    return false;
                }
            }
        }
        if (schema.properties != null || schema.additional != null || schema.propertyNames != null) {
            for (Map.Entry<String, JsonNode> member : object.properties()) {
                String name = member.getKey();
                CompiledNode memberSchema = schema.memberSchema(name);
                if (memberSchema != null && !valid(memberSchema, member.getValue())) {
                    return false;
                }
                if (schema.propertyNames != null && !valid(schema.propertyNames, StringNode.valueOf(name))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean array(CompiledNode schema, JsonNode array) {
        int size = array.size();
        if (schema.items != null) {
            for (int i = 0; i < size; i++) {
                if (!valid(schema.items, array.get(i))) {
                    return false;
                }
            }
        }
        return !schema.uniqueItems || distinct(array);
    }

    static boolean distinct(JsonNode array) {
        int size = array.size();
        if (size < 2) {
            return true;
        }
        boolean strings = true;
        for (int i = 0; i < size && strings; i++) {
            strings = array.get(i).isString();
        }
        if (strings && size <= 16) {
            for (int i = 1; i < size; i++) {
                String text = array.get(i).asString();
                for (int j = 0; j < i; j++) {
                    if (text.equals(array.get(j).asString())) {
                        return false;
                    }
                }
            }
            return true;
        }
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < size; i++) {
            if (!seen.add(strings ? array.get(i).asString() : comparisonKey(array.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /** networknt's uniqueItems key: numbers by value, objects regardless of member order. */
    private static Object comparisonKey(JsonNode node) {
        if (node.isNumber()) {
            return NetworkntNumbers.byValue(node);
        }
        if (node.isArray()) {
            List<Object> items = new ArrayList<>(node.size());
            for (JsonNode item : node) {
                items.add(comparisonKey(item));
            }
            return items;
        }
        if (node.isObject()) {
            Map<String, Object> members = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                members.put(member.getKey(), comparisonKey(member.getValue()));
            }
            return members;
        }
        return node;
    }
}
