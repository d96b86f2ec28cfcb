package io.assistconf.lint;

import java.util.regex.Pattern;

/**
 * A glob of the config file and {@code --exclude}, matched against a path relative to a base folder, with
 * {@code /} between names: {@code *} is any run of characters but {@code /}, {@code **} any run at all
 * ({@code **}{@code /} also none), {@code ?} one character but {@code /}, {@code [abc]} and {@code [!abc]} one
 * of (or none of) a set, {@code {a,b}} either alternative, {@code \} quotes the next character.
 *
 * <p>As in {@code .gitignore}: a glob without {@code /} is tried on each name of the path (so
 * {@code drafts} names every folder called so, {@code *.draft.json} every such file); a glob with one is
 * tried on the path from the base folder ({@code /} at its start only says so). Either matches a path when
 * it matches the path or one of its folders, so a folder stands for everything under it.
 */
final class Glob {

    private final String text;
    private final Pattern pattern;
    private final boolean byName;

    private Glob(String text, Pattern pattern, boolean byName) {
        this.text = text;
        this.pattern = pattern;
        this.byName = byName;
    }

    /**
     * A glob of the config file or {@code --exclude}.
     *
     * @throws IllegalArgumentException when the glob is empty, a {@code [} or {@code {} is not closed or a range
     *                                  is reversed, with a message saying which
     */
    static Glob of(String text) {
        String body = text.startsWith("./") ? text.substring(2) : text;
        boolean byName = body.indexOf('/') < 0;
        body = body.startsWith("/") ? body.substring(1) : body;
        return compile(text, body.endsWith("/") ? body.substring(0, body.length() - 1) : body, byName);
    }

    /**
     * A command-line argument: tried on the whole path as shown (relative to the working folder, or
     * absolute), even without {@code /}, as a shell expands it ({@code *.json} names the files of the
     * working folder, not those below it).
     *
     * @throws IllegalArgumentException as {@link #of}
     */
    static Glob ofPath(String text) {
        return compile(text, text.startsWith("./") ? text.substring(2) : text, false);
    }

    private static Glob compile(String text, String body, boolean byName) {
        if (body.isEmpty()) {
            throw new IllegalArgumentException("an empty glob matches nothing");
        }
        // every character of the glob reaches the regex quoted, so the regex always compiles
        return new Glob(text, Pattern.compile(regex(body)), byName);
    }

    /** The glob as written. */
    String text() {
        return text;
    }

    /** Whether the glob matches {@code path} ({@code a/b/c.json}, relative to the base) or one of its folders. */
    boolean matches(String path) {
        if (byName) {
            for (String name : path.split("/")) {
                if (pattern.matcher(name).matches()) {
                    return true;
                }
            }
            return false;
        }
        for (int end = path.indexOf('/'); end >= 0; end = path.indexOf('/', end + 1)) {
            if (pattern.matcher(path.substring(0, end)).matches()) {
                return true;
            }
        }
        return pattern.matcher(path).matches();
    }

    private static String regex(String glob) {
        StringBuilder regex = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> {
                    if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                        boolean folders = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                        regex.append(folders ? "(?:.*/)?" : ".*");
                        i += folders ? 2 : 1;
                    } else {
                        regex.append("[^/]*");
                    }
                }
                case '?' -> regex.append("[^/]");
                case '[' -> i = characterClass(glob, i, regex);
                case '{' -> {
                    regex.append("(?:");
                    braces++;
                }
                case '}' -> {
                    if (braces == 0) {
                        throw new IllegalArgumentException("'}' without its '{'");
                    }
                    regex.append(')');
                    braces--;
                }
                case ',' -> regex.append(braces > 0 ? "|" : ",");
                case '\\' -> {
                    if (i + 1 == glob.length()) {
                        throw new IllegalArgumentException("'\\' at the end quotes nothing");
                    }
                    regex.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
                }
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (braces > 0) {
            throw new IllegalArgumentException("'{' is not closed by '}'");
        }
        return regex.toString();
    }

    /**
     * Appends the class that starts at {@code open} and returns the index of its {@code ]}. Each character of
     * the set is written as its code point ({@code \x{...}}), so none has a meaning of its own to the regex, and
     * a reversed range is refused here, before the regex is compiled.
     */
    private static int characterClass(String glob, int open, StringBuilder regex) {
        int i = open + 1;
        StringBuilder set = new StringBuilder("[");
        if (i < glob.length() && (glob.charAt(i) == '!' || glob.charAt(i) == '^')) {
            set.append('^');
            i++;
        }
        int first = i;
        while (i < glob.length()) {
            int c = glob.codePointAt(i);
            if (c == ']' && i > first) {
                regex.append(set).append(']');
                return i;
            }
            if (c == '/') {
                break;
            }
            int next = i + Character.charCount(c);
            // a '-' between two characters of the set is a range; at either end it stands for itself
            if (next + 1 < glob.length() && glob.charAt(next) == '-' && glob.charAt(next + 1) != ']') {
                int last = glob.codePointAt(next + 1);
                if (last == '/') {
                    break;
                }
                if (last < c) {
                    throw new IllegalArgumentException("a '[...]' set has a range whose ends are out of order");
                }
                set.append(codePoint(c)).append('-').append(codePoint(last));
                i = next + 1 + Character.charCount(last);
            } else {
                set.append(codePoint(c));
                i = next;
            }
        }
        throw new IllegalArgumentException("'[' is not closed by ']'");
    }

    private static String codePoint(int c) {
        return "\\x{" + Integer.toHexString(c) + "}";
    }
}
