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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema documents, read from the classpath. Every {@code $id} under {@link #ID_PREFIX} maps to a
 * resource under {@link #CLASSPATH_PREFIX}; nothing is ever fetched from the network.
 */
public final class SchemaFiles {

    public static final String ID_PREFIX = "https://assistconf.io/schemas/";
    public static final String CLASSPATH_PREFIX = "assistconf/schemas/";

    /** A schema node together with the id of the document it belongs to (the base for relative refs). */
    public record Located(String documentId, JsonNode node) {
    }

    private final JsonMapper mapper = JsonMapper.builder().nodeFactory(CompactNodeFactory.INSTANCE).build();
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
        return new Located(documentId, node);
    }

    private JsonNode load(String id) {
        String resource = resourceOf(id);
        try (InputStream in = SchemaFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema " + id + " is not on the classpath at " + resource);
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + resource, e);
        }
    }

    public static String resourceOf(String id) {
        if (!id.startsWith(ID_PREFIX)) {
            throw new IllegalStateException("schema id outside " + ID_PREFIX + ": " + id);
        }
        return CLASSPATH_PREFIX + id.substring(ID_PREFIX.length());
    }
}
