package io.assistconf.internal.validate;

import io.assistconf.internal.tree.CompactNodeFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The part of an invalid payload that can fail, for networknt to report on at much less cost when a few
 * members fail. Where every schema that applies to an object or array asserts only {@code type},
 * {@code properties}, {@code additionalProperties}, {@code required} and {@code items}, no member is judged
 * by its siblings, so a member {@link FastEvaluation} finds valid (and whose report from networknt is
 * therefore empty) can be left out unless it is required; the rest is kept, pruned in the same way.
 * Elsewhere the value is kept whole. Keys and array positions are kept, so every error keeps its location.
 */
final class FailingPart {

    private FailingPart() {
    }

    static JsonNode of(CompiledNode schema, JsonNode instance) {
        return pruned(List.of(schema), instance);
    }

    private static JsonNode pruned(List<CompiledNode> schemas, JsonNode value) {
        if (!value.isContainer()) {
            return value;
        }
        List<CompiledNode> applying = new ArrayList<>();
        for (CompiledNode schema : schemas) {
            if (!collectPrunable(schema, applying)) {
                return value;
            }
        }
        if (value.isArray()) {
            List<CompiledNode> items = new ArrayList<>();
            applying.stream().filter(schema -> schema.items != null).forEach(schema -> items.add(schema.items));
            ArrayNode copy = CompactNodeFactory.INSTANCE.arrayNode(value.size());
            value.values().forEach(item -> copy.add(pruned(items, item)));
            return copy;
        }
        ObjectNode copy = CompactNodeFactory.INSTANCE.objectNode();
        for (Map.Entry<String, JsonNode> member : value.properties()) {
            List<CompiledNode> memberSchemas = new ArrayList<>();
            boolean required = false;
            for (CompiledNode schema : applying) {
                CompiledNode memberSchema = schema.memberSchema(member.getKey());
                if (memberSchema != null) {
                    memberSchemas.add(memberSchema);
                }
                required |= schema.required != null && Arrays.asList(schema.required).contains(member.getKey());
            }
            JsonNode memberValue = member.getValue();
            if (required || !memberSchemas.stream().allMatch(schema -> FastEvaluation.valid(schema, memberValue))) {
                copy.set(member.getKey(), pruned(memberSchemas, memberValue));
            }
        }
        return copy;
    }

    /**
     * Adds {@code schema} and its {@code allOf} parts to {@code out}; false when one of them judges a
     * container by more than its members one by one.
     */
    private static boolean collectPrunable(CompiledNode schema, List<CompiledNode> out) {
        if (schema.refusesAll || schema.enumStrings != null || schema.constValue != null || schema.anyOf != null
                || schema.ifNode != null || schema.propertyNames != null || schema.uniqueItems) {
            return false;
        }
        out.add(schema);
        if (schema.allOf != null) {
            for (CompiledNode part : schema.allOf) {
                if (!collectPrunable(part, out)) {
                    return false;
                }
            }
        }
        return true;
    }
}
