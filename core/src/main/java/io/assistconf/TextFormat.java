package io.assistconf;

/** The text format of an input document. */
public enum TextFormat {
    JSON,
    YAML
}
