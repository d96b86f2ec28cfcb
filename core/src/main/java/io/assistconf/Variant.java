package io.assistconf;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A documented assistant API whose payloads assistconf understands. Each variant owns a folder of
 * JSON Schemas ({@code assistconf/schemas/<id>/<kind>.json} on the classpath) and a set of
 * cross-field rules.
 */
public enum Variant {
    /** Aitronos Freddy assistants (object, create, update, list query and response, error). */
    FREDDY("freddy"),
    /** CogSol Cognitive assistants (object, create, update, error). */
    COGSOL("cogsol"),
    /** Burki voice agents (object, create, update, list query and response, error). */
    BURKI("burki");

    private final String id;

    Variant(String id) {
        this.id = id;
    }

    /** {@return the identifier used on the command line and in schema paths, e.g. {@code freddy}} */
    public String id() {
        return id;
    }

    /**
     * {@return the variant with the given identifier, if there is one}
     *
     * @param id a variant's identifier, e.g. {@code freddy}
     */
    public static Optional<Variant> byId(String id) {
        Objects.requireNonNull(id, "id");
        return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
    }
}
