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

    /** Whether the text is a JSON integer, {@code -?(0|[1-9][0-9]*)}, read without a regular expression's matcher. */
    public static boolean isIntegerText(String text) {
        int i = !text.isEmpty() && text.charAt(0) == '-' ? 1 : 0;
        if (i == text.length()) {
            return false;
        }
        if (text.charAt(i) == '0') {
            return i + 1 == text.length();
        }
        for (; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    public String label() {
        return label;
    }
}
