package io.assistconf.internal.rules;

import io.assistconf.Catalogue;
import io.assistconf.Kind;
import io.assistconf.Violation;
import io.assistconf.internal.normalize.ChangeList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The cross-field rules of one variant: what the documentation states in prose and a schema cannot say
 * well. Rules run on the canonical payload after schema validation and must tolerate any shape (the
 * schema reports wrong types; a rule skips what it cannot read). A variant implements the hooks for the
 * kinds it has rules for; the others do nothing.
 */
public interface Rules {

    /** For a variant whose documentation states no cross-field rule. */
    Rules NONE = new Rules() {
    };

    /** Checks an assistant document: a stored object, a create body or an update body (partial). */
    default void document(JsonNode assistant, RuleContext context) {
    }

    /** Checks a list response: the assistants it holds and the envelope around them. */
    default void listResponse(JsonNode response, RuleContext context) {
    }

    /**
     * Appends to {@code out} the violations of {@code canonical}, a payload of the given kind normalized with
     * the {@code changes}; the catalogue is {@link Catalogue#NONE} when the caller gave none.
     */
    default void check(Kind kind, JsonNode canonical, Catalogue catalogue, ChangeList changes,
            List<Violation> out) {
        RuleContext context = new RuleContext(kind, catalogue, changes, out);
        switch (kind) {
            case OBJECT, CREATE, UPDATE -> document(canonical, context);
            case LIST_RESPONSE -> listResponse(canonical, context);
            default -> {
                // query parameters and error envelopes have no cross-field rules
            }
        }
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
