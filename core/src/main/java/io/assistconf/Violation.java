package io.assistconf;

import java.util.Objects;

/**
 * One problem found in a payload.
 *
 * @param code     stable identifier: the {@link Code#id() id} of a {@link Code}, catalogued in {@code docs/errors.md}
 * @param severity error or warning
 * @param pointer  JSON Pointer into the canonical payload ({@code ""} is the whole document)
 * @param path     the same location as the user wrote it (original key spellings), as a JSON Pointer
 * @param line     1-based line in the input text, or 0 when unknown (tree input, or no such place)
 * @param column   1-based column in the input text, or 0 when unknown
 * @param message  what is wrong, naming the allowed values or range; never contains a secret value
 */
public record Violation(String code, Severity severity, String pointer, String path, int line, int column,
        String message) {

    /**
     * Refuses {@code null} members.
     *
     * @param code     the {@link Code#id() id} of a {@link Code}
     * @param severity error or warning
     * @param pointer  JSON Pointer into the canonical payload
     * @param path     the same location as the user wrote it
     * @param line     1-based line in the input text, or 0 when unknown
     * @param column   1-based column in the input text, or 0 when unknown
     * @param message  what is wrong; never a secret value
     * @throws NullPointerException when {@code code}, {@code severity}, {@code pointer}, {@code path} or
     *                              {@code message} is null
     */
    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** {@return whether the input text position is known} */
    public boolean hasLocation() {
        return line > 0;
    }

    /**
     * {@return this violation at another place in the input text}
     *
     * @param line   1-based line, or 0 when unknown
     * @param column 1-based column, or 0 when unknown
     */
    public Violation withLocation(int line, int column) {
        return new Violation(code, severity, pointer, path, line, column, message);
    }

    /**
     * {@return this violation at another place of the canonical payload}
     *
     * @param pointer JSON Pointer into the canonical payload
     */
    public Violation withPointer(String pointer) {
        return new Violation(code, severity, pointer, path, line, column, message);
    }

    /**
     * {@return this violation with the location as the user wrote it}
     *
     * @param path JSON Pointer with the key spellings of the input
     */
    public Violation withPath(String path) {
        return new Violation(code, severity, pointer, path, line, column, message);
    }

    /**
     * {@return this violation with another severity (a configured override)}
     *
     * @param severity the severity to report it with
     */
    public Violation withSeverity(Severity severity) {
        return new Violation(code, severity, pointer, path, line, column, message);
    }

    @Override
    public String toString() {
        String where = hasLocation() ? line + ":" + column + " " : "";
        return where + severity.label() + " " + code + " at '" + pointer + "': " + message;
    }
}
