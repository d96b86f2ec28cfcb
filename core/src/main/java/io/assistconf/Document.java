package io.assistconf;

import tools.jackson.databind.JsonNode;

/**
 * A payload read from its input: a tree the checker owns, plus the original text and its format when
 * the input was text (to locate violations by line and column), and the normalization when the payload
 * was normalized while it was read (else null: the tree is as given).
 */
record Document(JsonNode tree, byte[] text, Format format, Normalization normalized) {

    static Document ofTree(JsonNode tree) {
        return new Document(tree, null, null, null);
    }

    boolean hasText() {
        return text != null;
    }
}
