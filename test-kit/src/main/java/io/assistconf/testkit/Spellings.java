package io.assistconf.testkit;

/**
 * The camelCase spelling of a snake_case property name, as the tests write it: written apart from core's own
 * conversion on purpose, so that a test of the respelling does not check core against itself.
 */
public final class Spellings {

    private Spellings() {
    }

    /** {@code tool_configurations} to {@code toolConfigurations}, as core spells camelCase; a leading '_' stays. */
    public static String camel(String snake) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_' && out.length() > 0) {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
