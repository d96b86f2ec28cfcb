package io.assistconf.internal.read;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Builds the tree of a JSON document from its token stream in place of the plain {@link TokenTreeReader},
 * for a later stage that does its work while the text is read (the normalizer). The reader knows nothing
 * of what the builder does; the builder keeps whatever else it produces.
 */
public interface TreeBuilder {

    /** Whether this builder reads a document whose first token is {@code first}. */
    boolean accepts(JsonToken first);

    /**
     * Reads the value at the parser's current token, adding each value it builds to {@code count}. A repeated
     * key ends the read with {@link TokenTreeReader.DuplicateKey}.
     */
    JsonNode build(JsonParser parser, JsonNodeFactory nodes, NodeCount count);
}
