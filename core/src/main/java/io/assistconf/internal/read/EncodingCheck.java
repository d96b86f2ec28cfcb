package io.assistconf.internal.read;

/**
 * Finds text that must not be decoded silently: a byte sequence that is not well-formed UTF-8 (RFC 3629:
 * overlong forms such as {@code C0 AF} for '/', encoded surrogates, code points past U+10FFFF), and, in
 * JSON, a {@code \\uD800}-{@code \\uDFFF} escape that is not half of a surrogate pair. Parsers decode the
 * first leniently and pass the second through, so an unpaired character or a disguised '/' would reach the
 * canonical payload. Strings decoded elsewhere (YAML escapes, a caller's tree) are checked with
 * {@link #hasUnpairedSurrogate}.
 */
final class EncodingCheck {

    /** The first problem found: its byte offset and what it is. */
    record Problem(int offset, String message) {
    }

    private static final long BACKSLASHES = AsciiWords.repeated('\\');

    private static final String NOT_UTF8 = "the text is not well-formed UTF-8";
    /** The message of an unpaired surrogate written as an escape, in JSON or YAML. */
    static final String UNPAIRED = "a string holds an unpaired surrogate escape (\\uD800 to \\uDFFF)";

    private EncodingCheck() {
    }

    /** The first encoding problem of the text from {@code start}, or null; JSON escapes are checked too. */
    static Problem find(byte[] text, int start, boolean json) {
        return find(text, start, json, true);
    }

    /** {@link #find} one byte at a time: the straightforward path that tests hold the faster one to. */
    static Problem findByteByByte(byte[] text, int start, boolean json) {
        return find(text, start, json, false);
    }

    private static Problem find(byte[] text, int start, boolean json, boolean wordsAtOnce) {
        int i = start;
        while (i < text.length) {
            if (wordsAtOnce && i + Long.BYTES <= text.length && plain(text, i, json)) {
                i += Long.BYTES;
                continue;
            }
            int b = text[i];
            if (b >= 0) {
                if (b == '\\' && json) {
                    int next = escapeEnd(text, i);
                    if (next < 0) {
                        return new Problem(i, UNPAIRED);
                    }
                    i = next;
                } else {
                    i++;
                }
                continue;
            }
            int length = sequenceLength(text, i);
            if (length < 0) {
                return new Problem(i, NOT_UTF8);
            }
            i += length;
        }
        return null;
    }

    /**
     * Whether the eight bytes at {@code i} are ASCII and, in JSON, hold no backslash: nothing to look at one by
     * one (this check was a twelfth of a typical payload's check, byte by byte).
     */
    private static boolean plain(byte[] text, int i, boolean json) {
        return json ? AsciiWords.asciiWithout(text, i, BACKSLASHES) : AsciiWords.ascii(text, i);
    }

    /** The length of the well-formed multi-byte sequence at {@code i}, or -1. */
    private static int sequenceLength(byte[] text, int i) {
        int lead = text[i] & 0xFF;
        int length;
        int low = 0x80;
        int high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return -1;
        }
        if (i + length > text.length) {
            return -1;
        }
        int second = text[i + 1] & 0xFF;
        if (second < low || second > high) {
            return -1;
        }
        for (int k = 2; k < length; k++) {
            if ((text[i + k] & 0xC0) != 0x80) {
                return -1;
            }
        }
        return length;
    }

    /**
     * The offset after the escape at {@code i} (a backslash), or -1 when it is a surrogate escape that is
     * not a high one directly followed by a low one. Malformed escapes are left to the parser.
     */
    private static int escapeEnd(byte[] text, int i) {
        int unit = unicodeEscape(text, i);
        if (unit < 0 || unit < 0xD800 || unit > 0xDFFF) {
            return Math.min(text.length, i + (unit < 0 ? 2 : 6));
        }
        if (unit > 0xDBFF) {
            return -1;
        }
        int pair = unicodeEscape(text, i + 6);
        return pair >= 0xDC00 && pair <= 0xDFFF ? i + 12 : -1;
    }

    /** The UTF-16 unit of a {@code \\uXXXX} escape at {@code i}, or -1 when there is none. */
    private static int unicodeEscape(byte[] text, int i) {
        if (i + 5 >= text.length || text[i] != '\\' || text[i + 1] != 'u') {
            return -1;
        }
        int unit = 0;
        for (int k = i + 2; k < i + 6; k++) {
            int digit = Character.digit(text[k], 16);
            if (digit < 0) {
                return -1;
            }
            unit = unit * 16 + digit;
        }
        return unit;
    }

    /** Whether a decoded string holds a UTF-16 surrogate that is not half of a pair. */
    static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
