package io.assistconf.internal.schema;

import io.assistconf.Kind;
import io.assistconf.Variant;
import io.assistconf.internal.tree.CompactNodeFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema documents, read from the classpath. Every {@code $id} under {@link #ID_PREFIX} maps to a
 * resource under {@link #CLASSPATH_PREFIX}; nothing is ever fetched from the network.
 */
public final class SchemaFiles {

    public static final String ID_PREFIX = "https://assistconf.io/schemas/";
    public static final String CLASSPATH_PREFIX = "assistconf/schemas/";

    /**
     * A schema node together with the id of the document it belongs to (the base for relative refs) and its
     * JSON Pointer in that document.
     */
    public record Located(String documentId, JsonNode node, String pointer) {
    }

    // A token reader, not a JsonMapper: building a mapper costs more than reading every schema (RESULTS.md).
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final CompactNodeFactory NODES = CompactNodeFactory.INSTANCE;

    private final Map<String, JsonNode> documents = new ConcurrentHashMap<>();

    public static String idOf(Variant variant, Kind kind) {
        return ID_PREFIX + variant.id() + "/" + kind.id() + ".json";
    }

    public static boolean exists(String id) {
        return SchemaFiles.class.getClassLoader().getResource(resourceOf(id)) != null;
    }

    public JsonNode document(String id) {
        return documents.computeIfAbsent(id, this::load);
    }

    /** The node a {@code $ref} names, relative to the document {@code baseId}. */
    public Located resolve(String baseId, String ref) {
        String absolute = URI.create(baseId).resolve(ref).toString();
        int hash = absolute.indexOf('#');
        String documentId = hash < 0 ? absolute : absolute.substring(0, hash);
        String fragment = hash < 0 ? "" : absolute.substring(hash + 1);
        JsonNode node = document(documentId).at(fragment);
        if (node.isMissingNode()) {
            throw new IllegalStateException("unresolvable $ref '" + ref + "' in " + baseId);
        }
        return new Located(documentId, node, fragment);
    }

    private JsonNode load(String id) {
        String resource = resourceOf(id);
        try (InputStream in = SchemaFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema " + id + " is not on the classpath at " + resource);
            }
            return read(in, id);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + resource, e);
        }
    }

    /**
     * Reads one schema document from its JSON text.
     *
     * @param id names the document in a failure's message
     */
    public static JsonNode read(InputStream in, String id) {
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), in)) {
            JsonNode root = value(parser, parser.nextToken(), id);
            if (parser.nextToken() != null) {
                throw new IllegalStateException("schema " + id + " has content after its root value");
            }
            return root;
        }
    }

    /**
     * The tree JsonMapper's {@code readTree} builds with the same node factory (floats as doubles), a key
     * given twice refused: which of its values a tool takes is not defined.
     */
    private static JsonNode value(JsonParser parser, JsonToken token, String id) {
        return switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                for (String key = parser.nextName(); key != null; key = parser.nextName()) {
                    if (object.has(key)) {
                        throw new IllegalStateException("schema " + id + " repeats the key '" + key + "'");
                    }
                    // One instance per name: the canonical tree's keys (the shapes' names), the compiled
                    // schemas' and the rules' literals then compare equal at String.equals' first ==.
                    object.set(key.intern(), value(parser, parser.nextToken(), id));
                }
                yield object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                    array.add(value(parser, item, id));
                }
                yield array;
            }
            case VALUE_STRING -> NODES.stringNode(parser.getString());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new IllegalStateException("schema " + id + " has an unexpected " + token);
        };
    }

    public static String resourceOf(String id) {
        if (!id.startsWith(ID_PREFIX)) {
            throw new IllegalStateException("schema id outside " + ID_PREFIX + ": " + id);
        }
        return CLASSPATH_PREFIX + id.substring(ID_PREFIX.length());
    }
}
