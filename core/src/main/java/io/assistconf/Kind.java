package io.assistconf;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/** The kind of document checked: which endpoint or representation a payload belongs to. */
public enum Kind {
    /** The stored or returned object. Defaults are filled. */
    OBJECT("object", true),
    /** A create request body: read-only fields refused, required fields enforced, defaults filled. */
    CREATE("create", true),
    /**
     * An update body, as each server treats it: partial for Freddy and Burki, full for CogSol (its create
     * requirements apply). No default is filled at its top level; Burki's fills those a given settings object
     * omits, since the object replaces the stored one whole, and a {@code null} settings object becomes its
     * default object.
     */
    UPDATE("update", false),
    /** The query parameters of the list endpoint; values arrive as strings. Defaults are filled. */
    LIST_QUERY("list-query", true),
    /** The response envelope of the list endpoint, as the server returned it. */
    LIST_RESPONSE("list-response", false),
    /** The error envelope. */
    ERROR("error", false);

    private final String id;
    private final boolean fillsDefaults;

    Kind(String id, boolean fillsDefaults) {
        this.id = id;
        this.fillsDefaults = fillsDefaults;
    }

    /** {@return the identifier used on the command line and as the schema file name, e.g. {@code list-query}} */
    public String id() {
        return id;
    }

    /**
     * {@return whether the normalizer fills every documented default for this kind} A kind that does not
     * still gets those its schema asks for within a given value ({@link #UPDATE} of Burki), each listed as a
     * change.
     */
    public boolean fillsDefaults() {
        return fillsDefaults;
    }

    /**
     * {@return the kind with the given identifier, if there is one}
     *
     * @param id a kind's identifier, e.g. {@code list-query}
     */
    public static Optional<Kind> byId(String id) {
        Objects.requireNonNull(id, "id");
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
