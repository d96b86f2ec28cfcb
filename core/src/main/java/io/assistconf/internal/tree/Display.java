package io.assistconf.internal.tree;

/**
 * How a key or value written by the user is quoted in a message: shortened to {@value #MAX_LENGTH}
 * characters with an ellipsis, and with control characters escaped, so that no report line can be made
 * overlong, start a CI workflow command on a line of its own, or drive a terminal with escape sequences.
 */
public final class Display {

    /** The most characters of a user's text a message quotes. */
    public static final int MAX_LENGTH = 64;

    private Display() {
    }

    /** The text, shortened and escaped, for quoting in a message. */
    public static String quote(String text) {
        StringBuilder shown = new StringBuilder(Math.min(text.length(), MAX_LENGTH) + 8);
        int written = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            if (written == MAX_LENGTH) {
                return shown.append('\u2026').toString();
            }
            int c = text.codePointAt(i);
            if (Character.isISOControl(c) || isInvisibleFormat(c)) {
                shown.append(String.format(java.util.Locale.ROOT, "\\u%04X", c));
            } else {
                shown.appendCodePoint(c);
            }
            written++;
        }
        return shown.toString();
    }

    /** Bidirectional overrides and isolates, which reorder what a terminal or a review page shows. */
    private static boolean isInvisibleFormat(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F;
    }
}
