package io.assistconf.cli;

import io.assistconf.Kind;
import io.assistconf.Variant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The fields a variant's schema files mark {@code "x-secret": true}, by name, as the library recognizes
 * them: a property so marked, and a property whose members' values are ({@code additionalProperties}
 * marked, as Freddy's {@code headers}); and a key that starts with such a field's name followed by
 * {@code :} or {@code =}, which YAML reads as one key holding the secret ({@code authorization:sk-1}).
 */
final class SecretFields {

    private final Set<String> values = new HashSet<>();
    private final Set<String> maps = new HashSet<>();

    SecretFields(Variant variant) {
        for (Kind kind : ShippedSchemas.kinds(variant)) {
            collect(ShippedSchemas.tree(variant, kind));
        }
    }

    /** The member's value is a secret. */
    boolean isSecret(String key) {
        return values.contains(key);
    }

    /** Every member of the member's value, an object, is a secret. */
    boolean holdsSecrets(String key) {
        return maps.contains(key);
    }

    /** The key itself starts with a secret field's name, in any spelling, followed by {@code :} or {@code =}. */
    boolean carriesSecret(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        for (String field : values) {
            for (String spelling : List.of(field, field.replace("_", ""))) {
                if (lower.startsWith(spelling)) {
                    String rest = lower.substring(spelling.length()).stripLeading();
                    if (rest.startsWith(":") || rest.startsWith("=")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private void collect(JsonNode schema) {
        if (schema.isArray()) {
            schema.forEach(this::collect);
            return;
        }
        if (!schema.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            JsonNode field = property.getValue();
            if (field.path("x-secret").asBoolean(false)) {
                values.add(property.getKey());
            }
            if (field.path("additionalProperties").path("x-secret").asBoolean(false)) {
                maps.add(property.getKey());
            }
        }
        schema.forEach(this::collect);
    }
}
