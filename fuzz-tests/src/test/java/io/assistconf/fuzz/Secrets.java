package io.assistconf.fuzz;

import io.assistconf.Kind;
import io.assistconf.Variant;
import io.assistconf.testkit.Spellings;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The secret fields the shipped schemas mark ({@code "x-secret": true} on a property, or on the
 * {@code additionalProperties} of one, whose every member is then secret), read from the schema files, and the
 * planted secret values of a payload. A planted value holds {@link #MARKER}: no message text holds it by chance.
 */
final class Secrets {

    static final String MARKER = "sk-fuzz";
    /** Fields whose value is secret. */
    static final Set<String> FIELDS = new TreeSet<>();
    /** Fields each member of which is secret. */
    static final Set<String> MAPS = new TreeSet<>();

    static {
        JsonMapper mapper = JsonMapper.shared();
        for (Variant variant : Variant.values()) {
            for (Kind kind : Invariants.ASSISTCONF.kinds(variant)) {
                String resource = "assistconf/schemas/" + variant.id() + "/" + kind.id() + ".json";
                try (InputStream in = Secrets.class.getClassLoader().getResourceAsStream(resource)) {
                    collect(mapper.readTree(in));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        if (FIELDS.isEmpty() || MAPS.isEmpty()) {
            throw new IllegalStateException("no secret fields found in the schemas");
        }
    }

    private Secrets() {
    }

    private static void collect(JsonNode schema) {
        if (schema.isObject()) {
            JsonNode properties = schema.get("properties");
            if (properties != null && properties.isObject()) {
                properties.properties().forEach(property -> {
                    if (property.getValue().path("x-secret").asBoolean(false)) {
                        FIELDS.add(property.getKey());
                    }
                    if (property.getValue().path("additionalProperties").path("x-secret").asBoolean(false)) {
                        MAPS.add(property.getKey());
                    }
                });
            }
        }
        for (JsonNode child : schema) {
            collect(child);
        }
    }

    /** Whether the key names one of the fields, in any spelling (snake_case, camelCase, any case). */
    static boolean names(Set<String> fields, String key) {
        String plain = plain(key);
        return fields.stream().anyMatch(field -> plain(field).equals(plain));
    }

    /** The secret a key carries after a secret field's name and ':' or '=' (YAML's {@code authorization:sk-1}), or null. */
    static String carried(String key) {
        String plain = key.toLowerCase(Locale.ROOT);
        for (String field : FIELDS) {
            for (String spelling : List.of(field, Spellings.camel(field))) {
                if (plain.startsWith(spelling.toLowerCase(Locale.ROOT))) {
                    String rest = key.substring(spelling.length()).stripLeading();
                    if (rest.startsWith(":") || rest.startsWith("=")) {
                        return rest.substring(1);
                    }
                }
            }
        }
        return null;
    }

    /**
     * The planted secrets of a document read as Java values ({@link Map}, {@link List}, scalars) that occur
     * once in {@code text}, so that no other place (a key, another value) holds them too.
     */
    static List<String> planted(Object document, String text) {
        List<String> found = new ArrayList<>();
        walk(document, false, found, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
        found.removeIf(value -> !value.contains(MARKER) || text.indexOf(value) != text.lastIndexOf(value)
                || text.indexOf(value) < 0);
        return found;
    }

    /** {@link #planted(Object, String)} of a tree, whose text is its JSON. */
    static List<String> planted(JsonNode tree) {
        return planted(java(tree), tree.toString());
    }

    private static Object java(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new java.util.LinkedHashMap<>();
            node.properties().forEach(member -> map.put(member.getKey(), java(member.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(item -> list.add(java(item)));
            return list;
        }
        return node.isString() ? node.stringValue() : null;
    }

    /** {@code seen}: the containers walked, as a YAML alias can make a list hold itself. */
    private static void walk(Object value, boolean secret, List<String> found, Set<Object> seen) {
        if ((value instanceof Map || value instanceof List) && !seen.add(value)) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> member : map.entrySet()) {
                String key = String.valueOf(member.getKey());
                String carried = carried(key);
                if (carried != null) {
                    found.add(carried.strip());
                    found.add(carried);
                }
                boolean secretValue = names(FIELDS, key);
                if (names(MAPS, key) && member.getValue() instanceof Map<?, ?> members) {
                    members.values().forEach(item -> walk(item, true, found, seen));
                } else {
                    walk(member.getValue(), secretValue, found, seen);
                }
            }
        } else if (value instanceof List<?> list) {
            list.forEach(item -> walk(item, secret, found, seen));
        } else if (secret && value instanceof String string) {
            found.add(string);
        }
    }

    private static String plain(String key) {
        return key.replace("_", "").toLowerCase(Locale.ROOT);
    }
}
