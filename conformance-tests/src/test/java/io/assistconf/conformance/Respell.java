package io.assistconf.conformance;

import io.assistconf.testkit.Spellings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Respells the property names of a canonical payload, each independently and at every depth, with one of
 * the spellings the schema accepts for it: snake_case, camelCase, an {@code x-aliases} name or its camelCase.
 * Keys of free-form members and of maps ({@code additionalProperties}) are user data and never respelled.
 * Sometimes a property is given twice, in two spellings, with the same value (which normalizes to one).
 */
final class Respell {

    private Respell() {
    }

    static JsonNode respell(JsonNode payload, SchemaView root, Random random) {
        return walk(payload, root, random);
    }

    /** Every accepted spelling of a property: its name, its camelCase, each alias and the alias's camelCase. */
    static List<String> spellings(String name, SchemaView property) {
        Set<String> out = new LinkedHashSet<>();
        out.add(name);
        out.add(Spellings.camel(name));
        for (String alias : property.aliases) {
            out.add(alias);
            out.add(Spellings.camel(alias));
        }
        return new ArrayList<>(out);
    }

    private static JsonNode walk(JsonNode value, SchemaView declared, Random random) {
        SchemaView view = declared.resolve(value);
        if (value.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> member : value.properties()) {
                String name = member.getKey();
                SchemaView property = view.property(name);
                if (property == null) {
                    SchemaView values = view.additionalView();
                    out.set(name, values == null ? member.getValue().deepCopy() : walk(member.getValue(), values, random));
                    continue;
                }
                List<String> spellings = spellings(name, property);
                String spelled = spellings.get(random.nextInt(spellings.size()));
                out.set(spelled, walk(member.getValue(), property, random));
                if (random.nextInt(12) == 0) {
                    List<String> others = new ArrayList<>(spellings);
                    others.remove(spelled);
                    if (!others.isEmpty()) {
                        out.set(others.get(random.nextInt(others.size())), walk(member.getValue(), property, random));
                    }
                }
            }
            return out;
        }
        if (value.isArray() && view.items != null) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            SchemaView items = view.itemsView();
            value.values().forEach(item -> out.add(walk(item, items, random)));
            return out;
        }
        return value.deepCopy();
    }

    /**
     * The payload with every property name the schema knows respelled in camelCase, however it was spelled
     * (snake_case, camelCase or an alias); user-data keys stay as they are.
     */
    static JsonNode allCamel(JsonNode value, SchemaView declared) {
        SchemaView view = declared.resolve(value);
        if (value.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> member : value.properties()) {
                String key = member.getKey();
                SchemaView property = known(view, key);
                if (property == null) {
                    out.set(key, member.getValue().deepCopy());
                } else {
                    out.set(Spellings.camel(snake(key)), allCamel(member.getValue(), property));
                }
            }
            return out;
        }
        if (value.isArray() && view.items != null) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            SchemaView items = view.itemsView();
            value.values().forEach(item -> out.add(allCamel(item, items)));
            return out;
        }
        return value.deepCopy();
    }

    /** The schema of the property a key names in any accepted spelling, or null for an unknown key. */
    private static SchemaView known(SchemaView view, String key) {
        if (view.properties == null) {
            return null;
        }
        for (String name : view.properties.keySet()) {
            SchemaView property = view.property(name);
            if (property.refused) {
                continue;
            }
            if (spellings(name, property).contains(key) || spellings(name, property).contains(snake(key))) {
                return property;
            }
        }
        return null;
    }

    /** {@code systemTools} to {@code system_tools}; keys that are already snake_case are returned as they are. */
    static String snake(String key) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean previousLower = i > 0 && !Character.isUpperCase(key.charAt(i - 1)) && key.charAt(i - 1) != '_';
                boolean nextLower = i + 1 < key.length() && Character.isLowerCase(key.charAt(i + 1));
                boolean previousUpper = i > 0 && Character.isUpperCase(key.charAt(i - 1));
                if (previousLower || (previousUpper && nextLower)) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
