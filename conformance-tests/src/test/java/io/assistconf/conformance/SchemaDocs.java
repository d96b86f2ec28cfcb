package io.assistconf.conformance;

import io.assistconf.Kind;
import io.assistconf.Variant;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * The schema documents as files: read from the classpath only (every {@code $id} under {@link #ID_PREFIX}
 * is the resource under {@link #CLASSPATH_PREFIX}), listed, and addressed by {@link Loc}.
 */
final class SchemaDocs {

    static final String ID_PREFIX = ClasspathSchemaClient.ID_PREFIX;
    static final String CLASSPATH_PREFIX = ClasspathSchemaClient.CLASSPATH_PREFIX;

    private static final Map<String, JsonNode> DOCUMENTS = new ConcurrentHashMap<>();

    private SchemaDocs() {
    }

    /** A place in a schema document: the document's id and a JSON Pointer into it. */
    record Loc(String doc, String pointer) {

        JsonNode node() {
            JsonNode node = document(doc).at(pointer);
            if (node.isMissingNode()) {
                throw new IllegalStateException("nothing at " + this);
            }
            return node;
        }

        Loc child(Object... segments) {
            StringBuilder out = new StringBuilder(pointer);
            for (Object segment : segments) {
                out.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
            }
            return new Loc(doc, out.toString());
        }

        /** The target of a {@code $ref} written in this document. */
        Loc resolve(String ref) {
            String absolute = URI.create(doc).resolve(ref).toString();
            int hash = absolute.indexOf('#');
            return hash < 0 ? new Loc(absolute, "") : new Loc(absolute.substring(0, hash), absolute.substring(hash + 1));
        }

        /** {@code freddy/object.json#/definitions/x}: the short name used in fixtures and reports. */
        String shortId() {
            return doc.substring(ID_PREFIX.length()) + "#" + pointer;
        }

        String absolute() {
            return doc + "#" + pointer;
        }

        @Override
        public String toString() {
            return shortId();
        }
    }

    static String id(Variant variant, Kind kind) {
        return ID_PREFIX + variant.id() + "/" + kind.id() + ".json";
    }

    /** {@code freddy/object.json} for {@code https://assistconf.io/schemas/freddy/object.json}. */
    static String shortId(String id) {
        return id.startsWith(ID_PREFIX) ? id.substring(ID_PREFIX.length()) : id;
    }

    static Loc root(Variant variant, Kind kind) {
        return new Loc(id(variant, kind), "");
    }

    /** The document with the given {@code $id}, from the classpath. */
    static JsonNode document(String id) {
        return DOCUMENTS.computeIfAbsent(id, SchemaDocs::load);
    }

    /** The resource name of a schema id, e.g. {@code assistconf/schemas/freddy/object.json}. */
    static String resourceOf(String id) {
        if (!id.startsWith(ID_PREFIX) || id.contains("..")) {
            throw new IllegalArgumentException("not an assistconf schema id: " + id);
        }
        return CLASSPATH_PREFIX + id.substring(ID_PREFIX.length());
    }

    private static JsonNode load(String id) {
        String resource = resourceOf(id);
        try (InputStream in = SchemaDocs.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema " + id + " is not on the classpath at " + resource);
            }
            return Fixtures.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The id of every schema file on the classpath, sorted, found by listing the schema folder (in a
     * directory or in the schemas jar).
     */
    static List<String> allIds() {
        TreeSet<String> ids = new TreeSet<>();
        try {
            for (URL url : Collections.list(SchemaDocs.class.getClassLoader().getResources(
                    CLASSPATH_PREFIX.substring(0, CLASSPATH_PREFIX.length() - 1)))) {
                URI uri = url.toURI();
                if ("jar".equals(uri.getScheme())) {
                    FileSystem jar;
                    try {
                        jar = FileSystems.newFileSystem(uri, Map.of());
                    } catch (FileSystemAlreadyExistsException e) {
                        jar = FileSystems.getFileSystem(uri);
                    }
                    list(jar.getPath(CLASSPATH_PREFIX), ids);
                } else {
                    list(Path.of(uri), ids);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return new ArrayList<>(ids);
    }

    private static void list(Path folder, TreeSet<String> ids) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(".json"))
                    .forEach(p -> ids.add(ID_PREFIX + folder.relativize(p).toString().replace('\\', '/')));
        }
    }
}
