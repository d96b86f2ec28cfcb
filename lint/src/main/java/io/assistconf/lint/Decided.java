package io.assistconf.lint;

import io.assistconf.DecidedBy;

/**
 * What decided the variant or the kind a document was checked as. The first two are the command's own;
 * the others are the library's {@link DecidedBy}.
 */
enum Decided {
    /** {@code --variant} or {@code --kind}. */
    COMMAND_LINE("command_line", "command line"),
    /** A glob of the config file's {@code files}. */
    CONFIG("config", "config glob"),
    /** The document's {@code $schema}. */
    SCHEMA("$schema", "$schema"),
    /** The document's keys: those only one variant knows, or the fields of a stored object. */
    DETECTED("detected", "detected"),
    /** Nothing said it: {@code object}. */
    DEFAULT("default", "default");

    private final String id;
    private final String label;

    Decided(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** What the library says decided, when the caller gave nothing. */
    static Decided of(DecidedBy by) {
        return switch (by) {
            case GIVEN -> throw new IllegalArgumentException("given by the command line or the config file");
            case SCHEMA_KEY -> SCHEMA;
            case CONTENT -> DETECTED;
            case DEFAULT -> DEFAULT;
        };
    }

    /** As the JSON report names it. */
    String id() {
        return id;
    }

    /** As the text report names it. */
    String label() {
        return label;
    }
}
