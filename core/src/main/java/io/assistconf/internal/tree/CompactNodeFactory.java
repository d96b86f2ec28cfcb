package io.assistconf.internal.tree;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds object nodes over {@link CompactMembers} and arrays that start small, for every tree the
 * checker builds: payloads, and the schema defaults and coerced values copied into them.
 */
public class CompactNodeFactory extends JsonNodeFactory {

    public static final CompactNodeFactory INSTANCE = new CompactNodeFactory();

    private static final long serialVersionUID = 1L;

    @Override
    public ObjectNode objectNode() {
        return new ObjectNode(this, new CompactMembers());
    }

    /** Most arrays in a payload hold a few values. */
    @Override
    public ArrayNode arrayNode() {
        return new ArrayNode(this, 4);
    }
}
