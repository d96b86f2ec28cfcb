package io.assistconf.internal.tree;

import java.util.Locale;
import tools.jackson.databind.JsonNode;

/** The JSON Schema type names. */
public enum JsonType {
    OBJECT, ARRAY, STRING, INTEGER, NUMBER, BOOLEAN, NULL;

    private final String label = name().toLowerCase(Locale.ROOT);

    public static JsonType of(JsonNode node) {
        if (node.isObject()) {
            return OBJECT;
        }
        if (node.isArray()) {
            return ARRAY;
        }
        if (node.isString()) {
            return STRING;
        }
        if (node.isIntegralNumber()) {
            return INTEGER;
        }
        if (node.isNumber()) {
            return NUMBER;
        }
        if (node.isBoolean()) {
            return BOOLEAN;
        }
        return NULL;
    }

    public static JsonType byName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    public String label() {
        return label;
    }
}
