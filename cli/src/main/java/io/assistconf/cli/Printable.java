package io.assistconf.cli;

import java.util.Locale;

/**
 * A file name or JSON Pointer made safe to print on a terminal or a CI log: control characters and
 * bidirectional overrides are escaped as {@code \}{@code uXXXX} (so no newline can start a workflow
 * command such as {@code ::error} and no escape sequence reaches the terminal), and each component (of a
 * file name, between separators) or segment (of a pointer) longer than {@value #MAX_LENGTH} characters is
 * shortened with an ellipsis. The JSON report needs none of this: JSON escapes control characters, and its
 * pointers must stay exact.
 */
final class Printable {

    /** The most characters of one file name component or pointer segment printed. */
    static final int MAX_LENGTH = 64;

    private static final String FILE_SEPARATORS = "/\\";
    private static final String POINTER_SEPARATORS = "/";

    private Printable() {
    }

    /** A file name as given or found, e.g. {@code payloads/a.json}. */
    static String fileName(String name) {
        return shortened(name, FILE_SEPARATORS);
    }

    /** A JSON Pointer, e.g. {@code /tool_configurations/mcp_tools/0}. */
    static String pointer(String pointer) {
        return shortened(pointer, POINTER_SEPARATORS);
    }

    /** Any other text holding a user's input (a command line argument): escaped, not shortened. */
    static String text(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> append(shown, c));
        return shown.toString();
    }

    private static String shortened(String text, String separators) {
        StringBuilder shown = new StringBuilder(text.length());
        int run = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int c = text.codePointAt(i);
            if (separators.indexOf(c) >= 0) {
                shown.appendCodePoint(c);
                run = 0;
                continue;
            }
            if (run == MAX_LENGTH) {
                shown.append('\u2026');
            }
            if (run++ < MAX_LENGTH) {
                append(shown, c);
            }
        }
        return shown.toString();
    }

    private static void append(StringBuilder shown, int c) {
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
