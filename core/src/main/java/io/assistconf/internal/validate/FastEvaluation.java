package io.assistconf.internal.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/** Whether a value satisfies a {@link CompiledNode}, as networknt would judge it. */
final class FastEvaluation {

    private FastEvaluation() {
    }

    static boolean valid(CompiledNode schema, JsonNode node) {
        if (schema.refusesAll) {
            return false;
        }
        if (schema.types != 0 && !typeMatches(schema.types, node)) {
            return false;
        }
        if (!enumAdmits(schema, node)) {
            return false;
        }
        if (schema.constValue != null && !constMatches(schema.constValue, node)) {
            return false;
        }
        if (schema.typeDependent) {
            if (node.isObject()) {
                if (!object(schema, node)) {
                    return false;
                }
            } else if (node.isArray()) {
                if (!array(schema, node)) {
                    return false;
                }
            } else if (node.isString()) {
                if (!string(schema, node.asString())) {
                    return false;
                }
            } else if (node.isNumber()) {
                if ((schema.minimum != null && schema.minimum.compare(node) < 0)
                        || (schema.maximum != null && schema.maximum.compare(node) > 0)) {
                    return false;
                }
            }
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

    private static boolean any(CompiledNode[] parts, JsonNode node) {
        for (CompiledNode part : parts) {
            if (valid(part, node)) {
                return true;
            }
        }
        return false;
    }

    static boolean typeMatches(int types, JsonNode node) {
        int actual;
        if (node.isObject()) {
            actual = CompiledNode.OBJECT;
        } else if (node.isArray()) {
            actual = CompiledNode.ARRAY;
        } else if (node.isString()) {
            actual = CompiledNode.STRING;
        } else if (node.isNumber()) {
            return NetworkntNumbers.hasType(node, (types & CompiledNode.NUMBER) != 0,
                    (types & CompiledNode.INTEGER) != 0);
        } else if (node.isBoolean()) {
            actual = CompiledNode.BOOLEAN;
        } else if (node.isNull()) {
            actual = CompiledNode.NULL;
        } else {
            return false;
        }
        return (types & actual) != 0;
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
