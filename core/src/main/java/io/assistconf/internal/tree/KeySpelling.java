package io.assistconf.internal.tree;

/** Conversions between the snake_case canonical spelling of a key and its camelCase twin. */
public final class KeySpelling {

    private KeySpelling() {
    }

    /** {@code system_tools} to {@code systemTools}; a key without underscores is returned as is. */
    public static String camel(String snake) {
        if (snake.indexOf('_') < 0) {
            return snake;
        }
        StringBuilder out = new StringBuilder(snake.length());
        boolean upper = false;
        for (int i = 0; i < snake.length(); i++) {
            char c = snake.charAt(i);
            if (c == '_' && out.length() > 0) {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    /** {@code systemTools} to {@code system_tools}; runs of capitals count as one word ({@code imageURL}). */
    public static String snake(String key) {
        if (!hasUpperCase(key)) {
            return key;
        }
        StringBuilder out = new StringBuilder(key.length() + 4);
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean previousLower = i > 0 && !Character.isUpperCase(key.charAt(i - 1)) && key.charAt(i - 1) != '_';
                boolean nextLower = i + 1 < key.length() && Character.isLowerCase(key.charAt(i + 1));
                boolean previousUpper = i > 0 && Character.isUpperCase(key.charAt(i - 1));
                if (previousLower || (previousUpper && nextLower)) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean hasUpperCase(String key) {
        for (int i = 0; i < key.length(); i++) {
            if (Character.isUpperCase(key.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the key looks camelCase (has an upper-case letter and no underscore). */
    public static boolean isCamel(String key) {
        return key.indexOf('_') < 0 && !key.equals(key.toLowerCase(java.util.Locale.ROOT));
    }
}
