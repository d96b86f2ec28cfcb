package io.assistconf.lint;

import io.assistconf.Kind;
import io.assistconf.Variant;
import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.databind.JsonNode;

/**
 * What the rules across files compare of one document, read from its canonical payload.
 *
 * @param organization the Freddy {@code organization_id}, or null
 * @param name         the Freddy {@code name}, or null
 * @param isDefault    whether the Freddy {@code is_default} is true
 * @param id           a stored object's {@code id} as JSON text ({@code "asst_1"}, {@code 311}), or null
 */
record Facts(Variant variant, Kind kind, String organization, String name, boolean isDefault, String id) {

    /** The facts of a document checked as the variant and kind; null when no rule across files applies. */
    static Facts of(Variant variant, Kind kind, JsonNode canonical) {
        boolean freddy = variant == Variant.FREDDY && (kind == Kind.OBJECT || kind == Kind.CREATE);
        if (!canonical.isObject() || (!freddy && kind != Kind.OBJECT)) {
            return null;
        }
        JsonNode id = canonical.get("id");
        JsonNode isDefault = canonical.get("is_default");
        return new Facts(variant, kind, freddy ? text(canonical.get("organization_id")) : null,
                freddy ? text(canonical.get("name")) : null,
                freddy && isDefault != null && isDefault.isBoolean() && isDefault.booleanValue(),
                kind == Kind.OBJECT && id != null && (id.isString() || id.isNumber()) ? jsonText(id) : null);
    }

    /** The id as JSON text; not {@code toString()}, whose first call builds a whole ObjectMapper. */
    private static String jsonText(JsonNode id) {
        if (!id.isString()) {
            return id.asString();
        }
        StringBuilder text = new StringBuilder().append('"');
        JsonStringEncoder.getInstance().quoteAsString(id.asString(), text);
        return text.append('"').toString();
    }

    private static String text(JsonNode value) {
        return value != null && value.isString() ? value.asString() : null;
    }
}
