package io.assistconf.cli;

import io.assistconf.Kind;
import io.assistconf.Variant;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

    /** The file's bytes, unchanged. */
    public static byte[] bytes(Variant variant, Kind kind) {
        String resource = "assistconf/schemas/" + relativeName(variant, kind);
        try (InputStream in = ShippedSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no schema on the classpath at " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode tree(Variant variant, Kind kind) {
        return JSON.readTree(bytes(variant, kind));
    }
}
