package io.assistconf.lint;

import io.assistconf.Catalogue;
import io.assistconf.ShownText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads several catalogue files into one catalogue: the values of a reference name are those every file
 * lists for it, and an owner given by one file is kept when another lists the value without one.
 */
final class CatalogueFiles {

    private CatalogueFiles() {
    }

    /**
     * @param files the files, each with its name as shown in messages
     * @throws IllegalArgumentException when a file cannot be read or is not a catalogue, naming it
     */
    static Catalogue read(List<Map.Entry<Path, String>> files) {
        ObjectNode merged = JsonMapper.shared().createObjectNode();
        for (Map.Entry<Path, String> file : files) {
            String shown = ShownText.fileName(file.getValue());
            String text;
            try {
                text = Files.readString(file.getKey());
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("cannot read the catalogue " + shown);
            }
            try {
                Catalogue.parse(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(shown + ": " + e.getMessage());
            }
            JsonNode root = JsonMapper.shared().readTree(text);
            for (Map.Entry<String, JsonNode> reference : root.properties()) {
                add(values(merged, reference.getKey()), reference.getValue());
            }
        }
        return Catalogue.parse(merged.toString());
    }

    private static ObjectNode values(ObjectNode merged, String reference) {
        JsonNode values = merged.get(reference);
        return values == null ? merged.putObject(reference) : (ObjectNode) values;
    }

    /** Adds an array of values, or an object of value to owner, as value to owner ("" for none). */
    private static void add(ObjectNode into, JsonNode values) {
        if (values.isArray()) {
            for (JsonNode value : values) {
                if (!into.has(value.asString())) {
                    into.put(value.asString(), "");
                }
            }
        } else {
            for (Map.Entry<String, JsonNode> value : values.properties()) {
                into.put(value.getKey(), value.getValue().asString());
            }
        }
    }
}
