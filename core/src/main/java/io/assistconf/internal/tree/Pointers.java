package io.assistconf.internal.tree;

import com.networknt.schema.path.NodePath;

/** JSON Pointer (RFC 6901) helpers; pointers are kept in their escaped string form. */
public final class Pointers {

    private Pointers() {
    }

    /** The segment with {@code ~} and {@code /} escaped; the segment itself when it holds neither. */
    public static String escape(String segment) {
        // one pass: two indexOf calls cost more on the short names of a payload
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '~' || c == '/') {
                return segment.replace("~", "~0").replace("/", "~1");
            }
        }
        return segment;
    }

    /**
     * Where the segment {@code name}, escaped, ends when {@code pointer} spells it from {@code from}; else -1.
     * Compares in place: a path translated against each renamed key of a payload escapes none of them.
     */
    public static int segmentEnd(String pointer, int from, String name) {
        int at = from;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '~' || c == '/') {
                if (!pointer.startsWith(c == '~' ? "~0" : "~1", at)) {
                    return -1;
                }
                at += 2;
            } else {
                if (at >= pointer.length() || pointer.charAt(at) != c) {
                    return -1;
                }
                at++;
            }
        }
        return at;
    }

    /** The length of the segment {@code name} escaped. */
    public static int escapedLength(String name) {
        int length = name.length();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            length += c == '~' || c == '/' ? 1 : 0;
        }
        return length;
    }

    public static String append(String pointer, String segment) {
        return pointer + "/" + escape(segment);
    }

    public static String append(String pointer, int index) {
        return pointer + "/" + index;
    }

    /** The pointer of a networknt instance location. */
    public static String of(NodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            pointer.append('/');
            pointer.append(element instanceof Integer ? element.toString() : escape(String.valueOf(element)));
        }
        return pointer.toString();
    }

    /** The parent of a pointer; the root's parent is the root. */
    public static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    /** The unescaped last segment of a non-root pointer. */
    public static String lastSegment(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
    }
}
