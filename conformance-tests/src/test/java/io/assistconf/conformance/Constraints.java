package io.assistconf.conformance;

import io.assistconf.Code;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Every documented constraint of the schemas, found by walking the schema files: each assertion keyword
 * (enum, const, ranges, lengths, item counts, uniqueItems, pattern, format, propertyNames), each required
 * property and each refused ({@code false}) property. Types are not counted: every field has one.
 */
final class Constraints {

    static final List<String> KEYWORDS = List.of("enum", "const", "minimum", "maximum", "exclusiveMinimum",
            "exclusiveMaximum", "multipleOf", "minLength", "maxLength", "minItems", "maxItems", "minProperties",
            "maxProperties", "uniqueItems", "pattern", "format", "propertyNames");

    /** One constraint: its id (as fixtures name it), its keyword and what it says. */
    record Constraint(String id, String keyword, String says, boolean inAlternative) {

        String variant() {
            return id.substring(0, id.indexOf('/'));
        }

        /** The violation code core gives when the constraint is broken. */
        String code() {
            if (keyword.equals("const") && inAlternative) {
                return Code.INVALID_TYPE.id(); // a constant alternative of an anyOf is a shape: "must be one of: ..."
            }
            return codeOf(keyword);
        }
    }

    private Constraints() {
    }

    /** The code of the schema keyword as {@link Code#keywords()} documents it; schema_violation for the rest. */
    static String codeOf(String keyword) {
        return Code.Group.SCHEMA.codes().stream().filter(code -> code.keywords().contains(keyword)).findFirst()
                .orElse(Code.SCHEMA_VIOLATION).id();
    }

    /** Every constraint of every schema file on the classpath, by id. */
    static Map<String, Constraint> all() {
        Map<String, Constraint> out = new TreeMap<>();
        for (String id : SchemaDocs.allIds()) {
            walk(SchemaDocs.shortId(id), SchemaDocs.document(id), "", false, out);
        }
        return out;
    }

    private static void walk(String file, JsonNode node, String pointer, boolean inAlternative,
            Map<String, Constraint> out) {
        if (!node.isObject()) {
            return;
        }
        for (String keyword : KEYWORDS) {
            JsonNode value = node.get(keyword);
            if (value == null || (keyword.equals("uniqueItems") && !value.asBoolean(false))) {
                continue;
            }
            String id = file + "#" + pointer + "/" + keyword;
            out.put(id, new Constraint(id, keyword, says(keyword, value), inAlternative));
        }
        for (JsonNode name : node.path("required").values()) {
            String id = file + "#" + pointer + "/required:" + name.asString();
            out.put(id, new Constraint(id, "required", "required", inAlternative));
        }
        for (Map.Entry<String, JsonNode> property : node.path("properties").properties()) {
            String at = pointer + "/properties/" + escape(property.getKey());
            if (property.getValue().isBoolean() && !property.getValue().booleanValue()) {
                String id = file + "#" + at + ":false";
                out.put(id, new Constraint(id, "false", "read-only (refused in this request)", inAlternative));
            } else {
                walk(file, property.getValue(), at, inAlternative, out);
            }
        }
        for (Map.Entry<String, JsonNode> definition : node.path("definitions").properties()) {
            walk(file, definition.getValue(), pointer + "/definitions/" + escape(definition.getKey()), false, out);
        }
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            JsonNode parts = node.path(combinator);
            for (int i = 0; i < parts.size(); i++) {
                walk(file, parts.get(i), pointer + "/" + combinator + "/" + i,
                        inAlternative || !combinator.equals("allOf"), out);
            }
        }
        for (String child : List.of("items", "additionalProperties", "then", "else")) {
            if (node.has(child)) {
                walk(file, node.get(child), pointer + "/" + child, inAlternative, out);
            }
        }
    }

    private static String says(String keyword, JsonNode value) {
        if (keyword.equals("enum")) {
            StringJoiner values = new StringJoiner(", ");
            value.values().forEach(v -> values.add(v.isString() ? v.asString() : v.toString()));
            return "one of " + values;
        }
        if (keyword.equals("propertyNames")) {
            return "names match " + value.path("pattern").asString(value.toString());
        }
        if (keyword.equals("uniqueItems")) {
            return "no item twice";
        }
        return keyword + " " + (value.isString() ? value.asString() : value.toString());
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
