package io.assistconf.internal.schema;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * The names of the properties marked {@code "x-secret": true} in schema documents, read from their text
 * without compiling them: every check needs the secret names of all variants (a report never repeats a
 * secret, whatever the variant), while a run compiles only the schemas it uses. Equal to what
 * {@link ShapeCompiler#secretFields()} collects from the same documents (a test compares them).
 */
public final class SecretMarks {

    private SecretMarks() {
    }

    public static Set<String> of(SchemaFiles files, Iterable<String> documentIds) {
        Set<String> names = new TreeSet<>();
        for (String id : documentIds) {
            collect(files.document(id), names);
        }
        return Collections.unmodifiableSet(names);
    }

    private static void collect(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            JsonNode properties = node.get("properties");
            if (properties != null && properties.isObject()) {
                properties.properties().forEach(property -> {
                    if (property.getValue().path("x-secret").asBoolean(false)) {
                        names.add(property.getKey());
                    }
                });
            }
        }
        if (node.isContainer()) {
            for (JsonNode child : node) {
                collect(child, names);
            }
        }
    }
}
