package io.assistconf;

import java.util.Arrays;
import java.util.Optional;

/** The kind of document checked: which endpoint or representation a payload belongs to. */
public enum Kind {
    /** The stored or returned object. Defaults are filled. */
    OBJECT("object", true),
    /** A create request body: read-only fields refused, required fields enforced, defaults filled. */
    CREATE("create", true),
    /** A partial update body: nothing required, no defaults filled. */
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

    /** The identifier used on the command line and as the schema file name, e.g. {@code list-query}. */
    public String id() {
        return id;
    }

    /** Whether the normalizer fills the documented defaults for this kind. */
    public boolean fillsDefaults() {
        return fillsDefaults;
    }

    /** The kind with the given identifier, if there is one. */
    public static Optional<Kind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
