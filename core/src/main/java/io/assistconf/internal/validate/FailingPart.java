package io.assistconf.internal.validate;

import io.assistconf.internal.tree.CompactNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The part of an invalid payload that can fail, for networknt to report on at much less cost when a few
 * members fail. Where every schema that applies to an object or array asserts only {@code type},
 * {@code properties}, {@code additionalProperties}, {@code required}, {@code minProperties} and
 * {@code items}, no member is judged by its siblings but for their number, so a member {@link FastEvaluation}
 * finds valid (and whose report from networknt is therefore empty) can be left out unless it is required or
 * the part would hold fewer members than {@code minProperties} asks (the part then holds that many, or all,
 * so the count fails in the part exactly when it fails in the payload); the rest is kept, pruned in the
 * same way.
 * Elsewhere the value is kept whole. Keys and array positions are kept, so every error keeps its location.
 *
 * <p>So that a payload failing in millions of places costs no more than one failing in a few, the failing
 * members and items kept are counted, in document order, and once {@code maxFailing} are kept a further
 * one is left out (and counted as omitted) unless it is required; an array is cut at its first item left out,
 * so the items kept keep their positions. Only a failing value with no counted failing value inside counts:
 * each of those holds an error of its own, so a payload with at most {@code maxFailing} errors loses none.
 * Values kept whole are not looked into, but for an array whose items must be distinct, cut likewise.
 */
final class FailingPart {

    private final int maxFailing;
    private int kept;
    private long omitted;

    private FailingPart(int maxFailing) {
        this.maxFailing = maxFailing;
    }

    static FastSchema.Part of(CompiledNode schema, JsonNode instance, int maxFailing) {
        FailingPart part = new FailingPart(maxFailing);
        JsonNode pruned = part.pruned(List.of(schema), instance);
        return new FastSchema.Part(pruned, part.omitted);
    }

    private JsonNode pruned(List<CompiledNode> schemas, JsonNode value) {
        if (!value.isContainer()) {
            return value;
        }
        List<CompiledNode> applying = new ArrayList<>();
        for (CompiledNode schema : schemas) {
            if (!collectPrunable(schema, applying, false, value)) {
                return value.isArray() ? distinctItemsCut(schemas, value) : value;
            }
        }
        if (value.isArray()) {
            List<CompiledNode> items = itemSchemas(applying);
            ArrayNode copy = CompactNodeFactory.INSTANCE.arrayNode(value.size());
            boolean cut = false;
            for (JsonNode item : value.values()) {
                boolean failing = !valid(items, item);
                cut = cut || (failing && kept >= maxFailing);
                if (cut) {
                    omitted += failing ? 1 : 0;
                } else {
                    copy.add(failing ? prunedFailing(items, item) : pruned(items, item));
                }
            }
            return copy;
        }
        int least = 0;
        for (CompiledNode schema : applying) {
            least = Math.max(least, schema.minProperties);
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
                required |= schema.requiredNames.contains(member.getKey());
            }
            boolean needed = required || copy.size() < least;
            JsonNode memberValue = member.getValue();
            boolean failing = !valid(memberSchemas, memberValue);
            if (failing && !needed && kept >= maxFailing) {
                omitted++;
            } else if (failing) {
                copy.set(member.getKey(), prunedFailing(memberSchemas, memberValue));
            } else if (needed) {
                copy.set(member.getKey(), pruned(memberSchemas, memberValue));
            }
        }
        return copy;
    }

    private static List<CompiledNode> itemSchemas(List<CompiledNode> applying) {
        List<CompiledNode> items = new ArrayList<>();
        applying.stream().filter(schema -> schema.items != null).forEach(schema -> items.add(schema.items));
        return items;
    }

    /**
     * An array kept whole because its items must be distinct: whole while it has room for its failing items,
     * else cut at the first one past it (the items kept stay whole). The cut can only lose errors: those of
     * the items left out, and the duplicate among them, which is not counted.
     */
    private JsonNode distinctItemsCut(List<CompiledNode> schemas, JsonNode array) {
        List<CompiledNode> applying = new ArrayList<>();
        for (CompiledNode schema : schemas) {
            if (!collectPrunable(schema, applying, true, array)) {
                return array;
            }
        }
        List<CompiledNode> items = itemSchemas(applying);
        int size = array.size();
        int end = 0;
        for (; end < size; end++) {
            if (!valid(items, array.get(end))) {
                if (kept >= maxFailing) {
                    break;
                }
                kept++;
            }
        }
        if (end == size) {
            return array;
        }
        ArrayNode copy = CompactNodeFactory.INSTANCE.arrayNode(end);
        for (int i = 0; i < size; i++) {
            if (i < end) {
                copy.add(array.get(i));
            } else if (!valid(items, array.get(i))) {
                omitted++;
            }
        }
        return copy;
    }

    private static boolean valid(List<CompiledNode> schemas, JsonNode value) {
        for (int i = 0; i < schemas.size(); i++) { // a loop, not a stream: called for every member
            if (!FastEvaluation.valid(schemas.get(i), value)) {
                return false;
            }
        }
        return true;
    }

    /** Prunes a failing value, counting it as kept unless a failing value inside it was. */
    private JsonNode prunedFailing(List<CompiledNode> schemas, JsonNode value) {
        int before = kept;
        JsonNode pruned = pruned(schemas, value);
        if (kept == before) {
            kept++;
        }
        return pruned;
    }

    /**
     * Adds {@code schema} and its {@code allOf} parts to {@code out}; false when one of them judges a
     * container by more than its members one by one, {@code uniqueItems} aside when {@code distinctAllowed}. An
     * {@code anyOf} is judged member by member through its one alternative that admits the value's type when
     * every other refuses that type and nothing else ({@code anyOf: [X, {type: null}]}, a nullable field): what
     * the others report does not depend on the members.
     */
    private static boolean collectPrunable(CompiledNode schema, List<CompiledNode> out, boolean distinctAllowed,
            JsonNode value) {
        if (schema.refusesAll || schema.enumStrings != null || schema.constValue != null || schema.ifNode != null
                || schema.propertyNames != null || (schema.uniqueItems && !distinctAllowed)) {
            return false;
        }
        CompiledNode admitting = null;
        if (schema.anyOf != null) {
            admitting = onlyAlternativeAdmitting(schema.anyOf, value);
            if (admitting == null) {
                return false;
            }
        }
        out.add(schema);
        if (admitting != null && !collectPrunable(admitting, out, distinctAllowed, value)) {
            return false;
        }
        if (schema.allOf != null) {
            for (CompiledNode part : schema.allOf) {
                if (!collectPrunable(part, out, distinctAllowed, value)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The one alternative that may admit {@code value} when every other refuses its type and nothing else. */
    private static CompiledNode onlyAlternativeAdmitting(CompiledNode[] alternatives, JsonNode value) {
        CompiledNode admitting = null;
        for (CompiledNode alternative : alternatives) {
            if (refusesTypeOnly(alternative, value)) {
                continue;
            }
            if (admitting != null) {
                return null;
            }
            admitting = alternative;
        }
        return admitting;
    }

    /**
     * Whether {@code schema} refuses the value for its type, with no keyword that could judge a value of that
     * type (the others apply to their own type only).
     */
    private static boolean refusesTypeOnly(CompiledNode schema, JsonNode value) {
        return schema.types != 0 && !FastEvaluation.typeMatches(schema.types, value) && !schema.refusesAll
                && schema.enumStrings == null && schema.constValue == null && schema.allOf == null
                && schema.anyOf == null && schema.ifNode == null && schema.propertyNames == null;
    }
}
