package io.assistconf.internal.read;

import io.assistconf.TextFormat;
import io.assistconf.Violation;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A payload read from its input: a tree the checker owns, plus the original text and its format when
 * the input was text (to locate violations by line and column), and the keys the text repeats.
 *
 * @param span         where the document lies in the text (a YAML stream holds several)
 * @param built        whether a {@link TreeBuilder} built the tree (else it is as written or given)
 * @param repeatedKeys a {@code duplicate_key} violation for each key given again in its object, located at
 *                     the repetition, with the pointer as written; the tree holds the last value of each
 */
public record Document(JsonNode tree, byte[] text, TextFormat format, Span span, boolean built,
        List<Violation> repeatedKeys) {

    /**
     * Where a document lies in its text: from byte {@code offset}, the start of the line after the first
     * {@code linesBefore} lines, to byte {@code end}, where its content ends (-1: the end of the text). Locating a document's values
     * reads that part of the text only: the YAML reader refuses a character it does not allow up to a buffer
     * (1,024 characters) ahead of what it parses, so a later document's fault would fail this one's.
     */
    public record Span(int offset, int end, int linesBefore) {
        static final Span WHOLE = new Span(0, -1, 0);

        /** The bytes from the offset to the end. */
        int length(byte[] text) {
            return (end < 0 ? text.length : end) - offset;
        }
    }

    public Document {
        repeatedKeys = List.copyOf(repeatedKeys);
    }

    static Document ofTree(JsonNode tree) {
        return new Document(tree, null, null, Span.WHOLE, false, List.of());
    }

    public boolean hasText() {
        return text != null;
    }
}
