package io.assistconf;

/** The text format of an input document. */
public enum TextFormat {
    /** JSON text (RFC 8259). */
    JSON,
    /** JSON with comments: {@code //} to the end of the line and {@code /* ... *\/} are read as white space. */
    JSONC,
    /** YAML 1.2; a stream of several documents can be checked document by document. */
    YAML
}
