package io.assistconf.internal.rules;

import io.assistconf.Catalogue;
import io.assistconf.Code;
import io.assistconf.Kind;
import io.assistconf.Severity;
import io.assistconf.Violation;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The cross-field rules of one variant: what the documentation states in prose and a schema cannot say
 * well. Rules run on the canonical payload after schema validation and must tolerate any shape (the
 * schema reports wrong types; a rule skips what it cannot read).
 */
public interface Rules {

    /** For a variant whose documentation states no cross-field rule. */
    Rules NONE = (kind, canonical, catalogue, out) -> {
    };

    /**
     * Appends to {@code out} the violations of {@code canonical}, a payload of the given kind; the
     * catalogue is {@link Catalogue#NONE} when the caller gave none.
     */
    void check(Kind kind, JsonNode canonical, Catalogue catalogue, List<Violation> out);

    static Violation error(Code code, String pointer, String message) {
        return code.at(pointer, message).withSeverity(Severity.ERROR);
    }

    static Violation warning(Code code, String pointer, String message) {
        return code.at(pointer, message).withSeverity(Severity.WARNING);
    }

    /** Whether the node is a non-empty array. */
    static boolean hasItems(JsonNode node) {
        return node != null && node.isArray() && !node.isEmpty();
    }

    /** The text of a string member, or null when absent or not a string. */
    static String text(JsonNode object, String name) {
        JsonNode value = object.get(name);
        return value != null && value.isString() ? value.asString() : null;
    }
}
