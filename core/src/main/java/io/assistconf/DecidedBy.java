package io.assistconf;

/** What decided the variant or the kind a document was checked as (see {@link Result#variantDecidedBy()}). */
public enum DecidedBy {
    /** The caller gave it. */
    GIVEN,
    /** The document's {@code $schema} key names a schema of assistconf. */
    SCHEMA_KEY,
    /**
     * The document's keys: for the variant, the keys only one variant knows; for the kind, whether the
     * document carries the fields a server assigns to every stored object ({@code object}) or not
     * ({@code create}).
     */
    CONTENT,
    /** Nothing: the document could not be read or its variant not detected, and the kind is {@code object}. */
    DEFAULT
}
