package io.assistconf.internal.read;

import tools.jackson.core.TokenStreamLocation;

/**
 * Turns byte offsets into columns as an editor counts them, in code points, not bytes (a JSON parser
 * reading bytes counts bytes, so "é" would count twice). Offsets asked in increasing order are answered in
 * one pass over the text in all.
 */
final class TextPositions {

    private final byte[] text;
    private int offset;
    private int column = 1;

    TextPositions(byte[] text) {
        this.text = text;
    }

    /** The column of a parser location: from its byte offset where the parser counts bytes, else its own. */
    int columnOf(TokenStreamLocation location) {
        return location.getByteOffset() >= 0 ? columnAt(location.getByteOffset()) : location.getColumnNr();
    }

    /** The 1-based line of the byte at {@code target}, counting LF, CR LF and a lone CR as line ends. */
    int lineAt(int target) {
        int line = 1;
        for (int i = 0; i < target && i < text.length; i++) {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.length || text[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }

    /** The 1-based column of the byte at {@code target}; counting restarts when it lies behind the last. */
    int columnAt(long target) {
        int end = (int) Math.min(Math.max(0, target), text.length);
        if (end < offset) {
            offset = 0;
            column = 1;
        }
        for (; offset < end; offset++) {
            byte b = text[offset];
            if (b == '\n' || b == '\r') {
                column = 1;
            } else if ((b & 0xC0) != 0x80) {
                column++;
            }
        }
        return column;
    }
}
