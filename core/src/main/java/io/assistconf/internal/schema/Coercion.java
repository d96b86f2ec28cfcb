package io.assistconf.internal.schema;

import io.assistconf.internal.tree.CompactNodeFactory;
import java.util.Arrays;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rewrites of a documented shape variant into the canonical shape, named in a schema by
 * {@code "x-coerce": NAME} on the variant's subschema.
 */
public enum Coercion {
    /** A plain string system message becomes one input message carrying that text. */
    TEXT_TO_INPUT_MESSAGES("text-to-input-messages", "a plain string to an array of one input message") {
        @Override
        public JsonNode apply(JsonNode value) {
            ObjectNode message = CompactNodeFactory.INSTANCE.objectNode();
            message.putArray("texts").add(value);
            return CompactNodeFactory.INSTANCE.arrayNode().add(message);
        }
    },
    /** The number 0, documented as "no bias", becomes the empty object. */
    ZERO_TO_EMPTY_OBJECT("zero-to-empty-object", "0 to the empty object") {
        @Override
        public JsonNode apply(JsonNode value) {
            return CompactNodeFactory.INSTANCE.objectNode();
        }
    };

    private final String id;
    private final String description;

    Coercion(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public abstract JsonNode apply(JsonNode value);

    public String description() {
        return description;
    }

    static Coercion byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown x-coerce '" + id + "'"));
    }
}
