package io.assistconf.cli;

import io.assistconf.Kind;
import io.assistconf.Variant;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schema files the library ships, {@code assistconf/schemas/<variant>/<kind>.json} on the
 * classpath, as their text and as a tree. Their {@code $ref}s between files are relative
 * ({@code object.json#/definitions/...}), so the files of a variant work together from any folder.
 */
public final class ShippedSchemas {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ShippedSchemas() {
    }

    /** The file's name within a folder of all schemas, e.g. {@code freddy/create.json}. */
    public static String relativeName(Variant variant, Kind kind) {
        return variant.id() + "/" + kind.id() + ".json";
    }

    /** The kinds the variant has a schema file for, in {@link Kind}'s order. */
    public static List<Kind> kinds(Variant variant) {
        return Arrays.stream(Kind.values())
                .filter(kind -> ShippedSchemas.class.getClassLoader().getResource(resource(variant, kind)) != null)
                .toList();
    }

    /**
     * The kinds whose files this kind's file names in a {@code $ref} (as {@code object.json#/definitions/x}),
     * directly or through another file, itself included.
     */
    public static Set<Kind> withReferenced(Variant variant, Kind kind) {
        Set<Kind> found = new LinkedHashSet<>();
        List<Kind> pending = new ArrayList<>(List.of(kind));
        while (!pending.isEmpty()) {
            Kind next = pending.remove(pending.size() - 1);
            if (found.add(next)) {
                tree(variant, next).findValues("$ref").stream().map(JsonNode::asString)
                        .filter(ref -> !ref.startsWith("#"))
                        .map(ref -> ref.substring(0, ref.indexOf(".json")))
                        .forEach(id -> pending.add(Kind.byId(id).orElseThrow()));
            }
        }
        return found;
    }

    /** The file's bytes, unchanged. */
    public static byte[] bytes(Variant variant, Kind kind) {
        String resource = resource(variant, kind);
        try (InputStream in = ShippedSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no schema on the classpath at " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(Variant variant, Kind kind) {
        return "assistconf/schemas/" + relativeName(variant, kind);
    }

    public static JsonNode tree(Variant variant, Kind kind) {
        return JSON.readTree(bytes(variant, kind));
    }
}
