package io.assistconf;

import java.util.Locale;
import java.util.Objects;

/**
 * A user's text (a key, a value, a file name, a JSON Pointer) made safe to show in a message or a report:
 * control characters and bidirectional overrides are escaped as {@code \}{@code uXXXX}, so that no line can
 * start a CI workflow command such as {@code ::error} and no escape sequence reaches a terminal, and long
 * text is shortened with an ellipsis to {@value #MAX_LENGTH} characters (code points), so no report line
 * is made overlong. Messages quote keys and values through {@link #quote}; reporters print file names and
 * pointers through {@link #fileName} and {@link #pointer}. JSON reports need none of it: JSON escapes
 * control characters, and their pointers stay exact.
 */
public final class ShownText {

    /** The most characters of a user's text a message quotes, or of one file-name component or pointer segment. */
    public static final int MAX_LENGTH = 64;

    private static final String NO_SEPARATORS = "";
    private static final String FILE_SEPARATORS = "/\\";
    private static final String POINTER_SEPARATORS = "/";

    private ShownText() {
    }

    /**
     * {@return a key or value for quoting in a message: escaped, and shortened as a whole}
     *
     * @param text the user's key or value
     */
    public static String quote(String text) {
        return shortened(Objects.requireNonNull(text, "text"), NO_SEPARATORS);
    }

    /**
     * {@return a file name as given or found, e.g. {@code payloads/a.json}: escaped, each component shortened}
     *
     * @param name the file name, with {@code /} or {@code \} between components
     */
    public static String fileName(String name) {
        return shortened(Objects.requireNonNull(name, "name"), FILE_SEPARATORS);
    }

    /**
     * {@return a JSON Pointer, e.g. {@code /tool_configurations/mcp_tools/0}: escaped, each segment shortened}
     *
     * @param pointer the pointer as found in the payload
     */
    public static String pointer(String pointer) {
        return shortened(Objects.requireNonNull(pointer, "pointer"), POINTER_SEPARATORS);
    }

    /**
     * {@return any other text holding a user's input (a command-line argument): escaped, not shortened}
     *
     * @param text the user's text
     */
    public static String escaped(String text) {
        StringBuilder shown = new StringBuilder(Objects.requireNonNull(text, "text").length());
        text.codePoints().forEach(c -> appendEscaped(shown, c));
        return shown.toString();
    }

    /** The text escaped, each run between separators cut after {@link #MAX_LENGTH} characters. */
    private static String shortened(String text, String separators) {
        StringBuilder shown = new StringBuilder(Math.min(text.length(), 2 * MAX_LENGTH));
        int run = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int c = text.codePointAt(i);
            if (separators.indexOf(c) >= 0) {
                shown.appendCodePoint(c);
                run = 0;
            } else if (run < MAX_LENGTH) {
                appendEscaped(shown, c);
                run++;
            } else if (run == MAX_LENGTH) {
                shown.append('\u2026');
                run++;
                if (separators.isEmpty()) {
                    break;
                }
            }
        }
        return shown.toString();
    }

    private static void appendEscaped(StringBuilder shown, int c) {
        if (Character.isISOControl(c) || isInvisibleFormat(c)) {
            shown.append(String.format(Locale.ROOT, "\\u%04X", c));
        } else {
            shown.appendCodePoint(c);
        }
    }

    /** Bidirectional overrides and isolates, which reorder what a terminal or a review page shows. */
    private static boolean isInvisibleFormat(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F;
    }
}
