package io.assistconf;

import tools.jackson.databind.JsonNode;

/**
 * A payload read from its input: a tree the checker owns, plus the original text and its format when
 * the input was text (to locate violations by line and column).
 */
record Document(JsonNode tree, byte[] text, Format format) {

    static Document ofTree(JsonNode tree) {
        return new Document(tree, null, null);
    }

    boolean hasText() {
        return text != null;
    }
}
