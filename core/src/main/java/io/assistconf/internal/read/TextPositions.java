package io.assistconf.internal.read;

import org.snakeyaml.engine.v2.exceptions.Mark;
import tools.jackson.core.TokenStreamLocation;

/**
 * Turns byte offsets into columns as an editor counts them, in code points, not bytes (a JSON parser
 * reading bytes counts bytes, so "é" would count twice). Offsets asked in increasing order are answered in
 * one pass over the text in all.
 */
final class TextPositions {

    private static final long LINE_FEEDS = AsciiWords.repeated('\n');
    private static final long CARRIAGE_RETURNS = AsciiWords.repeated('\r');

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
        while (offset < end) {
            if (offset + Long.BYTES <= end && AsciiWords.asciiWithout(text, offset, LINE_FEEDS, CARRIAGE_RETURNS)) {
                column += Long.BYTES; // eight ASCII characters on one line: a compact payload is one long line
                offset += Long.BYTES;
                continue;
            }
            byte b = text[offset++];
            if (b == '\n' || b == '\r') {
                column = 1;
            } else if ((b & 0xC0) != 0x80) {
                column++;
            }
        }
        return column;
    }

    /**
     * Where the code point at {@code index} lies, counting from the start of the text (past a byte order
     * mark), as the YAML parser counts: a mark of 0-based line and column.
     */
    Mark markOfCodePoint(int index) {
        int i = text.length >= 3 && (text[0] & 0xFF) == 0xEF && (text[1] & 0xFF) == 0xBB
                && (text[2] & 0xFF) == 0xBF ? 3 : 0;
        int line = 0;
        int col = 0;
        for (int seen = 0; i < text.length && seen < index; i++) {
            byte b = text[i];
            if ((b & 0xC0) == 0x80) {
                continue;
            }
            seen++;
            if (b == '\n' || (b == '\r' && (i + 1 >= text.length || text[i + 1] != '\n'))) {
                line++;
                col = 0;
            } else if (b != '\r') {
                col++;
            }
        }
        return new Mark("text", index, line, col, new int[0], 0);
    }
}
