package io.assistconf.internal.read;

/**
 * The byte offsets where lines start, counting LF, CR LF and a lone CR as line ends, as the YAML parser
 * does. Lines asked in increasing order are found in one pass over the text in all.
 */
final class LineStarts {

    private final byte[] text;
    private int line;
    private int offset;

    LineStarts(byte[] text) {
        this.text = text;
    }

    /** The offset where the 0-based {@code target} line starts. */
    int offsetOf(int target) {
        while (line < target && offset < text.length) {
            byte b = text[offset++];
            if (b == '\n' || (b == '\r' && (offset >= text.length || text[offset] != '\n'))) {
                line++;
            }
        }
        return offset;
    }
}
