package io.assistconf;

import java.util.Objects;

/**
 * One thing the normalizer did to turn the input into the canonical payload.
 *
 * @param type    what was done
 * @param pointer JSON Pointer of the affected value in the canonical payload
 * @param from    JSON Pointer of the value in the input (for renamings, merges and coercions), else {@code ""}
 * @param detail  a short human-readable description (never contains a user-supplied value)
 */
public record Change(Type type, String pointer, String from, String detail) {

    /** The kinds of change. */
    public enum Type {
        /** A key was renamed to its canonical spelling (camelCase to snake_case, or an alias). */
        RENAMED,
        /** Two spellings of one property carried the same value and were merged into one. */
        MERGED,
        /**
         * A missing value was filled from the schema's documented default, or a {@code null} the schema says
         * stands for that default was replaced by it.
         */
        DEFAULTED,
        /** A documented shape variant was rewritten to the canonical shape, or a query string typed. */
        COERCED
    }

    /**
     * Refuses {@code null} members.
     *
     * @param type    what was done
     * @param pointer JSON Pointer of the affected value in the canonical payload
     * @param from    JSON Pointer of the value in the input, or {@code ""}
     * @param detail  a short description, with no user-supplied value
     * @throws NullPointerException when a member is null
     */
    public Change {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String toString() {
        return type.name().toLowerCase(java.util.Locale.ROOT) + " " + pointer + ": " + detail;
    }
}
