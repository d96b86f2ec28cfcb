package io.assistconf.internal.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds object nodes over {@link CompactMembers} and arrays that start small, for every tree the
 * checker builds: payloads, the values coerced into them, and the schema defaults they share once
 * normalized ({@link #frozen}).
 */
public class CompactNodeFactory extends JsonNodeFactory {

    public static final CompactNodeFactory INSTANCE = new CompactNodeFactory();

    private static final long serialVersionUID = 1L;

    @Override
    public ObjectNode objectNode() {
        return new ObjectNode(this, new CompactMembers());
    }

    /**
     * A read-only deep copy of a tree, to share between trees: each change to one of its objects or arrays
     * throws {@link UnsupportedOperationException}. Scalars are immutable and shared.
     */
    public static JsonNode frozen(JsonNode node) {
        if (node instanceof ObjectNode object) {
            CompactMembers members = new CompactMembers(object.size());
            for (Map.Entry<String, JsonNode> member : object.properties()) {
                members.append(member.getKey(), frozen(member.getValue()));
            }
            members.freeze();
            return new FrozenObject(members);
        }
        if (node instanceof ArrayNode array) {
            List<JsonNode> elements = new ArrayList<>(array.size());
            array.forEach(element -> elements.add(frozen(element)));
            return new FrozenArray(List.copyOf(elements));
        }
        return node;
    }

    /**
     * Whether a node is an object or an array made by {@link #frozen}: nothing can change it, so whatever is
     * judged of it holds for as long as it lives.
     */
    public static boolean isFrozen(JsonNode node) {
        return node instanceof FrozenObject || node instanceof FrozenArray;
    }

    /** An object of {@link #frozen}; its copies are ordinary objects. */
    private static final class FrozenObject extends ObjectNode {
        private static final long serialVersionUID = 1L;

        FrozenObject(CompactMembers members) {
            super(INSTANCE, members);
        }
    }

    /** An array of {@link #frozen}; its copies are ordinary arrays. */
    private static final class FrozenArray extends ArrayNode {
        private static final long serialVersionUID = 1L;

        FrozenArray(List<JsonNode> elements) {
            super(INSTANCE, elements);
        }
    }

    /** Most arrays in a payload hold a few values. */
    @Override
    public ArrayNode arrayNode() {
        return new ArrayNode(this, 4);
    }
}
