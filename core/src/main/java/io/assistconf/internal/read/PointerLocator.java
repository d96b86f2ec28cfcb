package io.assistconf.internal.read;

import io.assistconf.internal.tree.Pointers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.ObjectMapper;

/**
 * Where the values at a few pointers (and their enclosing values) start in a text document, found by one
 * streaming pass that builds no pointer strings: the wanted pointers form a trie, and the pass only
 * follows the branches of it. For the pointers asked about it answers as a full index of every value
 * would (the tests' LocationIndex), at about the cost of scanning the tokens, so a located report costs
 * little more than an unlocated one. A member is located at its key; the first occurrence wins.
 */
public final class PointerLocator {

    /** One pointer segment of the trie; {@code at} is null until the value is met. */
    private static final class Node {
        final String pointer;
        Map<String, Node> names;
        Map<Integer, Node> indexes;
        long[] at;

        Node(String pointer) {
            this.pointer = pointer;
        }

        Node named(String name) {
            return names == null ? null : names.get(name);
        }

        Node indexed(int index) {
            return indexes == null ? null : indexes.get(index);
        }
    }

    /** An open object or array of the document and its trie node (null when off the trie). */
    private static final class Frame {
        final Node node;
        final boolean array;
        int nextIndex;
        Node member;

        Frame(Node node, boolean array) {
            this.node = node;
            this.array = array;
        }
    }

    private final Map<String, Node> byPointer = new HashMap<>();

    private PointerLocator() {
    }

    /** Locates the wanted pointers (escaped JSON Pointers in the user's spelling) in the text. */
    public static PointerLocator of(byte[] text, ObjectMapper mapper, Collection<String> pointers) {
        PointerLocator locator = new PointerLocator();
        Node root = locator.node("");
        for (String pointer : pointers) {
            locator.add(root, pointer);
        }
        locator.scan(root, text, mapper);
        return locator;
    }

    /** The line and column of the value at {@code pointer}; null when the document has no value there. */
    public long[] findExactly(String pointer) {
        Node node = byPointer.get(pointer);
        return node == null ? null : node.at;
    }

    /** The line and column of the value at {@code pointer}, or of its nearest enclosing value; null if none. */
    public long[] find(String pointer) {
        String current = pointer;
        while (true) {
            Node node = byPointer.get(current);
            if ((node != null && node.at != null) || current.isEmpty()) {
                return node == null ? null : node.at;
            }
            current = Pointers.parent(current);
        }
    }

    private Node node(String pointer) {
        return byPointer.computeIfAbsent(pointer, Node::new);
    }

    private void add(Node root, String pointer) {
        if (pointer.isEmpty() || pointer.charAt(0) != '/') {
            return;
        }
        Node parent = root;
        int start = 1;
        while (true) {
            int slash = pointer.indexOf('/', start);
            int end = slash < 0 ? pointer.length() : slash;
            String escaped = pointer.substring(start, end);
            String name = escaped.replace("~1", "/").replace("~0", "~");
            Node child = node(pointer.substring(0, end));
            if (parent.names == null) {
                parent.names = new HashMap<>();
            }
            parent.names.putIfAbsent(name, child);
            if (isIndex(escaped)) {
                if (parent.indexes == null) {
                    parent.indexes = new HashMap<>();
                }
                parent.indexes.putIfAbsent(Integer.parseInt(escaped), child);
            }
            if (slash < 0) {
                return;
            }
            parent = child;
            start = slash + 1;
        }
    }

    private static boolean isIndex(String segment) {
        if (segment.isEmpty() || segment.length() > 9 || (segment.length() > 1 && segment.charAt(0) == '0')) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private void scan(Node root, byte[] text, ObjectMapper mapper) {
        List<Frame> open = new ArrayList<>();
        TextPositions positions = new TextPositions(text);
        try (JsonParser parser = mapper.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    open.remove(open.size() - 1);
                    continue;
                }
                Node node;
                if (open.isEmpty()) {
                    node = root;
                    record(node, parser, positions);
                } else {
                    Frame frame = open.get(open.size() - 1);
                    if (token == JsonToken.PROPERTY_NAME) {
                        frame.member = frame.node == null ? null : frame.node.named(parser.currentName());
                        record(frame.member, parser, positions);
                        continue;
                    }
                    if (frame.array) {
                        node = frame.node == null ? null : frame.node.indexed(frame.nextIndex);
                        frame.nextIndex++;
                        record(node, parser, positions);
                    } else {
                        node = frame.member;
                    }
                }
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    open.add(new Frame(node, token == JsonToken.START_ARRAY));
                }
            }
        } catch (RuntimeException e) {
            // The text was parsed once already; a second pass can only fail the same way. Keep what was seen.
        }
    }

    private static void record(Node node, JsonParser parser, TextPositions positions) {
        if (node != null && node.at == null) {
            TokenStreamLocation at = parser.currentTokenLocation();
            node.at = new long[] {at.getLineNr(), positions.columnOf(at)};
        }
    }
}
