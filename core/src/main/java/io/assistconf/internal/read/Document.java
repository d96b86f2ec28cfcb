package io.assistconf.internal.read;

import io.assistconf.TextFormat;
import tools.jackson.databind.JsonNode;

/**
 * A payload read from its input: a tree the checker owns, plus the original text and its format when
 * the input was text (to locate violations by line and column).
 *
 * @param built whether a {@link TreeBuilder} built the tree (else it is as written or given)
 */
public record Document(JsonNode tree, byte[] text, TextFormat format, boolean built) {

    static Document ofTree(JsonNode tree) {
        return new Document(tree, null, null, false);
    }

    public boolean hasText() {
        return text != null;
    }
}
