package io.assistconf.cli.lint;

/**
 * What decided the variant or the kind a document was checked as. The first two are the command's own;
 * the others are read from the library's result ({@link DocumentChecker#settle}).
 */
enum Decided {
    /** {@code --variant} or {@code --kind}. */
    COMMAND_LINE("command_line", "command line"),
    /** A glob of the config file's {@code files}. */
    CONFIG("config", "config glob"),
    /** The document's {@code $schema}. */
    SCHEMA("$schema", "$schema"),
    /** The keys only one variant knows. */
    DETECTED("detected", "detected"),
    /** Nothing said it: {@code object}. */
    DEFAULT("default", "default");

    private final String id;
    private final String label;

    Decided(String id, String label) {
        this.id = id;
        this.label = label;
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
