package io.assistconf.internal.read;

/**
 * Says where and why JSON text is not well-formed, in fixed words that never quote the text ("expected ','
 * or '}' after a member", "unterminated string"). Asked only once the parser has failed: the parser's own
 * message may quote the input, and so a secret. Follows RFC 8259; where comments are allowed (JSONC),
 * {@code //} to the end of the line and {@code /* ... *\/} count as white space. Reads the text once,
 * without recursion.
 */
final class JsonSyntax {

    /** The first problem: the byte offset of the character at fault (the text's length at its end), and what. */
    record Problem(int offset, String message) {
    }

    static final String AFTER_THE_END = "unexpected content after the end of the JSON document";

    private enum Expect { VALUE, FIRST_ITEM, FIRST_NAME, NAME, AFTER_VALUE }

    private final byte[] text;
    private final boolean comments;
    private int at;
    /** The open containers, innermost last: true for an object. */
    private boolean[] open = new boolean[16];
    private int depth;

    private JsonSyntax(byte[] text, int start, boolean comments) {
        this.text = text;
        this.at = start;
        this.comments = comments;
    }

    /** The first syntax problem of the text from {@code start}, or null when the text is well-formed. */
    static Problem find(byte[] text, int start, boolean comments) {
        return new JsonSyntax(text, start, comments).run();
    }

    private Problem run() {
        Expect expect = Expect.VALUE;
        boolean afterComma = false;
        while (true) {
            Problem space = skipSpace();
            if (space != null) {
                return space;
            }
            if (depth == 0 && expect == Expect.AFTER_VALUE) {
                return at < text.length ? new Problem(at, AFTER_THE_END) : null;
            }
            if (at >= text.length) {
                return endOfInput(expect);
            }
            byte c = text[at];
            switch (expect) {
                case FIRST_ITEM, FIRST_NAME -> {
                    if (c == (expect == Expect.FIRST_ITEM ? ']' : '}')) {
                        at++;
                        depth--;
                        expect = Expect.AFTER_VALUE;
                    } else {
                        expect = expect == Expect.FIRST_ITEM ? Expect.VALUE : Expect.NAME;
                    }
                }
                case NAME -> {
                    if (c != '"') {
                        return new Problem(at, afterComma && c == '}'
                                ? "expected a property name after ',' (JSON allows no trailing comma)"
                                : "expected a property name in double quotes");
                    }
                    Problem name = string();
                    if (name != null) {
                        return name;
                    }
                    Problem beforeColon = skipSpace();
                    if (beforeColon != null) {
                        return beforeColon;
                    }
                    if (at >= text.length) {
                        return endOfInput(expect);
                    }
                    if (text[at] != ':') {
                        return new Problem(at, "expected ':' after a property name");
                    }
                    at++;
                    expect = Expect.VALUE;
                    afterComma = false;
                }
                case VALUE -> {
                    if (afterComma && c == ']') {
                        return new Problem(at, "expected a value after ',' (JSON allows no trailing comma)");
                    }
                    Problem value = value(c);
                    if (value != null) {
                        return value;
                    }
                    afterComma = false;
                    expect = c == '{' ? Expect.FIRST_NAME : c == '[' ? Expect.FIRST_ITEM : Expect.AFTER_VALUE;
                }
                case AFTER_VALUE -> {
                    boolean object = open[depth - 1];
                    if (c == ',') {
                        at++;
                        afterComma = true;
                        expect = object ? Expect.NAME : Expect.VALUE;
                    } else if (c == (object ? '}' : ']')) {
                        at++;
                        depth--;
                    } else {
                        return new Problem(at, object ? "expected ',' or '}' after a member"
                                : "expected ',' or ']' after an item");
                    }
                }
            }
        }
    }

    private Problem endOfInput(Expect expect) {
        if (depth == 0) {
            return new Problem(at, "expected a value");
        }
        return new Problem(at, "unexpected end of input inside an " + (open[depth - 1] ? "object" : "array"));
    }

    /** Reads the value starting with {@code c}, or opens the container it starts. */
    private Problem value(byte c) {
        if (c == '{' || c == '[') {
            if (depth == open.length) {
                open = java.util.Arrays.copyOf(open, depth * 2);
            }
            open[depth++] = c == '{';
            at++;
            return null;
        }
        if (c == '"') {
            return string();
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            return number();
        }
        if (c == '\'') {
            return new Problem(at, "expected a value (JSON strings take double quotes)");
        }
        int start = at;
        while (at < text.length && Character.isLetterOrDigit(text[at])) {
            at++;
        }
        String word = new String(text, start, at - start, java.nio.charset.StandardCharsets.US_ASCII);
        if (!word.equals("true") && !word.equals("false") && !word.equals("null")) {
            return new Problem(start, "expected a value");
        }
        return null;
    }

    /** Reads the string whose opening quote is at {@code at}. */
    private Problem string() {
        int start = at++;
        while (at < text.length) {
            byte c = text[at];
            if (c == '"') {
                at++;
                return null;
            }
            if (c == '\n' || c == '\r') {
                return new Problem(start, "unterminated string (a string cannot hold a line break; write \\n)");
            }
            if (c >= 0 && c < 0x20) {
                return new Problem(at, "a control character in a string must be escaped");
            }
            if (c == '\\') {
                Problem escape = escape();
                if (escape != null) {
                    return escape;
                }
            } else {
                at++;
            }
        }
        return new Problem(start, "unterminated string");
    }

    private Problem escape() {
        int start = at;
        at++;
        if (at >= text.length) {
            return null;
        }
        byte c = text[at];
        if ("\"\\/bfnrt".indexOf(c) >= 0) {
            at++;
            return null;
        }
        if (c == 'u') {
            for (int k = 1; k <= 4; k++) {
                if (at + k >= text.length || Character.digit(text[at + k], 16) < 0) {
                    return new Problem(start, "a \\u escape needs four hexadecimal digits");
                }
            }
            at += 5;
            return null;
        }
        return new Problem(start, "an invalid escape in a string (\\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t, \\u)");
    }

    /** Reads a number: {@code -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?}. */
    private Problem number() {
        int start = at;
        if (text[at] == '-') {
            at++;
        }
        if (at >= text.length || !digit(text[at])) {
            return new Problem(start, "a malformed number");
        }
        if (text[at] == '0' && at + 1 < text.length && digit(text[at + 1])) {
            return new Problem(start, "a number with a leading zero");
        }
        skipDigits();
        if (at < text.length && text[at] == '.') {
            at++;
            if (at >= text.length || !digit(text[at])) {
                return new Problem(start, "a malformed number (digits must follow the '.')");
            }
            skipDigits();
        }
        if (at < text.length && (text[at] == 'e' || text[at] == 'E')) {
            at++;
            if (at < text.length && (text[at] == '+' || text[at] == '-')) {
                at++;
            }
            if (at >= text.length || !digit(text[at])) {
                return new Problem(start, "a malformed number (digits must follow the exponent)");
            }
            skipDigits();
        }
        return null;
    }

    private void skipDigits() {
        while (at < text.length && digit(text[at])) {
            at++;
        }
    }

    private static boolean digit(byte c) {
        return c >= '0' && c <= '9';
    }

    /** Skips white space, and comments where they are allowed. */
    private Problem skipSpace() {
        while (at < text.length) {
            byte c = text[at];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                at++;
                continue;
            }
            boolean comment = c == '/' && at + 1 < text.length && (text[at + 1] == '/' || text[at + 1] == '*');
            if (!comment) {
                return null;
            }
            if (!comments) {
                return new Problem(at, "a comment, which JSON does not allow (JSON with comments is read as JSONC,"
                        + " e.g. a .jsonc file)");
            }
            if (text[at + 1] == '/') {
                while (at < text.length && text[at] != '\n' && text[at] != '\r') {
                    at++;
                }
            } else {
                int start = at;
                at += 2;
                while (at + 1 < text.length && !(text[at] == '*' && text[at + 1] == '/')) {
                    at++;
                }
                if (at + 1 >= text.length) {
                    return new Problem(start, "unterminated comment ('/*' without '*/')");
                }
                at += 2;
            }
        }
        return null;
    }
}
