package io.assistconf.internal.tree;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Recognizes a key that carries a secret: one that starts with the name of a secret field (schemas mark
 * them {@code "x-secret": true}), in snake_case or camelCase and in any case, followed by optional spaces
 * and {@code :} or {@code =}. YAML reads {@code authorization:sk-live-123}, without a space after the
 * colon, as one key, so the secret is in the key; reports must then not show the key.
 */
public final class SecretKeys {

    /** Recognizes no key. */
    public static final SecretKeys NONE = new SecretKeys(List.of());

    /** A key that starts with the secret field {@code field} followed by {@code separator}. */
    public record Match(String field, char separator) {

        /** What a message says in place of the key, e.g. "the secret field 'authorization' followed by ':'". */
        public String description() {
            return "the secret field '" + field + "' followed by '" + separator + "'";
        }
    }

    /** A spelling a key may start with, lower-cased, and the field it names. */
    private record Prefix(String spelling, String field) {
    }

    private final List<Prefix> prefixes = new ArrayList<>();

    /** Recognizes keys that start with one of these fields' names (snake_case). */
    public SecretKeys(Collection<String> fields) {
        for (String field : fields) {
            prefixes.add(new Prefix(field.toLowerCase(Locale.ROOT), field));
            if (field.indexOf('_') >= 0) {
                prefixes.add(new Prefix(KeySpelling.camel(field).toLowerCase(Locale.ROOT), field));
            }
        }
    }

    /** Whether the key names a secret field, in snake_case or camelCase and in any case. */
    public boolean names(String key) {
        for (Prefix prefix : prefixes) {
            if (prefix.spelling().equalsIgnoreCase(key)) {
                return true;
            }
        }
        return false;
    }

    /** The secret field the key starts with, followed by a separator, or null. */
    public Match match(String key) {
        return match(key, 0, key.length());
    }

    /** {@link #match(String)} of the key {@code text} holds from {@code from} to {@code to}, not copied. */
    private Match match(String text, int from, int to) {
        if (!hasSeparator(text, from, to)) {
            return null; // the usual key: no name it may start with is followed by a separator
        }
        for (Prefix prefix : prefixes) {
            String name = prefix.spelling();
            if (to - from >= name.length() && text.regionMatches(true, from, name, 0, name.length())) {
                int at = from + name.length();
                while (at < to && text.charAt(at) == ' ') {
                    at++;
                }
                if (at < to && (text.charAt(at) == ':' || text.charAt(at) == '=')) {
                    return new Match(prefix.field(), text.charAt(at));
                }
            }
        }
        return null;
    }

    private static boolean hasSeparator(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '=') {
                return true;
            }
        }
        return false;
    }

    /**
     * The pointer cut before its first segment that is a key carrying a secret: the object holding that
     * key. Other pointers are returned as they are (the same instance).
     */
    public String hide(String pointer) {
        if (prefixes.isEmpty() || !hasSeparator(pointer, 0, pointer.length())) {
            return pointer; // the usual pointer: no segment holds a separator
        }
        for (int start = pointer.indexOf('/'); start >= 0; start = pointer.indexOf('/', start + 1)) {
            int end = pointer.indexOf('/', start + 1);
            // Escaping changes only '~' and '/', which no secret field's name nor separator holds.
            if (match(pointer, start + 1, end < 0 ? pointer.length() : end) != null) {
                return pointer.substring(0, start);
            }
        }
        return pointer;
    }
}
