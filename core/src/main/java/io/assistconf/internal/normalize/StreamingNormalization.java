package io.assistconf.internal.normalize;

import io.assistconf.internal.read.NodeCount;
import io.assistconf.internal.read.TreeBuilder;
import io.assistconf.internal.schema.Shape;
import io.assistconf.internal.tree.JsonType;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Normalizes a JSON document while the reader reads it (see {@link StreamingNormalizer}), when its root
 * container is one the shape accepts. One instance serves one read; {@link #result()} then holds the
 * normalization, or null when the reader built the tree plainly.
 */
public final class StreamingNormalization implements TreeBuilder {

    private final Shape shape;
    private final TreeNormalizer.Mode mode;
    private Normalization result;

    public StreamingNormalization(Shape shape, TreeNormalizer.Mode mode) {
        this.shape = shape;
        this.mode = mode;
    }

    @Override
    public boolean accepts(JsonToken first) {
        return first.isStructStart()
                && shape.hasType(first == JsonToken.START_OBJECT ? JsonType.OBJECT : JsonType.ARRAY);
    }

    @Override
    public JsonNode build(JsonParser parser, JsonNodeFactory nodes, NodeCount count) {
        result = StreamingNormalizer.read(parser, nodes, count, shape, mode);
        return result.canonical();
    }

    /** The normalization made while reading, or null when the document was not read through this builder. */
    public Normalization result() {
        return result;
    }
}
