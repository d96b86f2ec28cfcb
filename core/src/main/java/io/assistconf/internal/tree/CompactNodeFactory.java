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
            return new ObjectNode(INSTANCE, members);
        }
        if (node instanceof ArrayNode array) {
            List<JsonNode> elements = new ArrayList<>(array.size());
            array.forEach(element -> elements.add(frozen(element)));
            return new ArrayNode(INSTANCE, List.copyOf(elements));
        }
        return node;
    }

    /** Most arrays in a payload hold a few values. */
    @Override
    public ArrayNode arrayNode() {
        return new ArrayNode(this, 4);
    }
}
