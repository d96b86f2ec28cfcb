package io.assistconf.conformance;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONTokener;
import tools.jackson.databind.JsonNode;

/**
 * The two JSON Schema engines, each validating instances against a schema given by its location (a
 * document id, or a document id with a fragment naming a subschema):
 * <ul>
 * <li>networknt json-schema-validator, configured as core configures it (draft-07, format assertions on,
 * {@code https://assistconf.io/schemas/} mapped to the classpath);</li>
 * <li>everit-json-schema (org.json), draft-07, served from the classpath by {@link ClasspathSchemaClient}.</li>
 * </ul>
 * Neither ever fetches anything from the network.
 */
final class Engines {

    static final ClasspathSchemaClient CLIENT = new ClasspathSchemaClient();

    private static final SchemaRegistry NETWORKNT = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
            builder -> builder
                    .schemaIdResolvers(resolvers -> resolvers.mapPrefix(SchemaDocs.ID_PREFIX,
                            "classpath:" + SchemaDocs.CLASSPATH_PREFIX))
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private static final Map<String, Schema> NETWORKNT_SCHEMAS = new ConcurrentHashMap<>();
    private static final Map<String, org.everit.json.schema.Schema> EVERIT_SCHEMAS = new ConcurrentHashMap<>();

    private Engines() {
    }

    /** networknt's errors for the instance against the schema at {@code location}; empty when valid. */
    static List<com.networknt.schema.Error> networknt(String location, JsonNode instance) {
        Schema schema = NETWORKNT_SCHEMAS.computeIfAbsent(location, id -> {
            Schema loaded = NETWORKNT.getSchema(SchemaLocation.of(id));
            loaded.initializeValidators();
            return loaded;
        });
        return schema.validate(instance);
    }

    /** everit's failure messages for the instance (JSON text) against the schema at {@code location}. */
    static List<String> everit(String location, String instanceJson) {
        org.everit.json.schema.Schema schema = EVERIT_SCHEMAS.computeIfAbsent(location, Engines::loadEverit);
        Object instance = new JSONTokener(instanceJson).nextValue();
        try {
            schema.validate(instance);
            return List.of();
        } catch (ValidationException e) {
            List<String> messages = new ArrayList<>(e.getAllMessages());
            return messages.isEmpty() ? List.of(e.getMessage()) : messages;
        }
    }

    /** Loads a whole document, or a subschema through a one-line {@code {"$ref": location}} wrapper. */
    private static org.everit.json.schema.Schema loadEverit(String location) {
        int hash = location.indexOf('#');
        String documentId = hash < 0 ? location : location.substring(0, hash);
        JSONObject raw;
        if (hash < 0) {
            try (InputStream in = CLIENT.get(documentId)) {
                raw = new JSONObject(new JSONTokener(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            raw = new JSONObject().put("$ref", location);
        }
        return SchemaLoader.builder()
                .draftV7Support()
                .schemaClient(CLIENT)
                .resolutionScope(documentId)
                .schemaJson(raw)
                .build().load().build();
    }

    /** The JSON Pointer of the value a networknt error is about. */
    static String instancePointer(com.networknt.schema.Error error) {
        com.networknt.schema.path.NodePath path = error.getInstanceLocation();
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            pointer.append('/').append(element instanceof Integer ? element.toString()
                    : element.toString().replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }

    /**
     * The constraint each networknt error reports, in the fixtures' naming: {@code <variant>/<file>#<pointer
     * to the keyword>}, {@code ...#/required:<name>} for a missing property, {@code ...#/properties/<name>:false}
     * for a refused one.
     */
    static String constraintOf(com.networknt.schema.Error error) {
        String location = error.getSchemaLocation().toString();
        String id = location.substring(SchemaDocs.ID_PREFIX.length());
        if (!id.contains("#")) {
            id = id + "#";
        }
        return switch (error.getKeyword()) {
            case "required" -> id + ":" + error.getProperty();
            case "false" -> id.substring(0, id.length() - "/false".length()) + ":false";
            case "propertyNames" -> id.contains("/propertyNames/") ? id.substring(0, id.indexOf("/propertyNames/")
                    + "/propertyNames".length()) : id;
            default -> id;
        };
    }
}
