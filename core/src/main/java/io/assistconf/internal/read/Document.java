package io.assistconf.internal.read;

import io.assistconf.TextFormat;
import io.assistconf.Violation;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A payload read from its input: a tree the checker owns, plus the original text and its format when
 * the input was text (to locate violations by line and column), and the keys the text repeats.
 *
 * @param composed     a YAML document as the reader composed it, with where each value starts in the text
 *                     (locating its values walks it rather than parse the text again); null for JSON
 * @param built        whether a {@link TreeBuilder} built the tree (else it is as written or given)
 * @param repeatedKeys a {@code duplicate_key} violation for each key given again in its object, located at
 *                     the repetition, with the pointer as written; the tree holds the last value of each
 */
public record Document(JsonNode tree, byte[] text, TextFormat format, YamlNode composed, boolean built,
        List<Violation> repeatedKeys) {

    public Document {
        repeatedKeys = List.copyOf(repeatedKeys);
    }

    static Document ofTree(JsonNode tree) {
        return new Document(tree, null, null, null, false, List.of());
    }

    public boolean hasText() {
        return text != null;
    }
}
