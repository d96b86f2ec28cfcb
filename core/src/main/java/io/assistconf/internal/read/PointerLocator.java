package io.assistconf.internal.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.snakeyaml.engine.v2.exceptions.Mark;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Where the values at a few pointers (and their enclosing values) start in a text document, found by one
 * pass that builds no pointer strings: the wanted pointers form a trie, and the pass only follows the
 * branches of it. JSON is scanned token by token, at about the cost of scanning the tokens, so a located
 * report costs little more than an unlocated one; YAML is walked as composed, aliases and merge keys
 * followed, and a value reached through an alias is located at the alias. A member is located at its
 * key; of a key given twice in one object, the last occurrence, whose value the tree holds.
 */
public final class PointerLocator {

    /**
     * One pointer segment of the trie, with the segments below it (few: the paths of a report); {@code at} is
     * null until the value is met, and {@code settled} once the value is met or the text can no longer hold it.
     */
    private static final class Node {
        /** The segment as the pointer writes it, the member name it stands for, and its array index or -1. */
        final String escaped;
        final String name;
        final int index;
        Node[] children;
        int childCount;
        long[] at;
        boolean settled;

        Node(String escaped) {
            this.escaped = escaped;
            this.name = escaped.replace("~1", "/").replace("~0", "~");
            this.index = isIndex(escaped) ? Integer.parseInt(escaped) : -1;
        }

        /** The child whose escaped segment is {@code pointer} from {@code start} to {@code end}, or null. */
        Node child(String pointer, int start, int end) {
            for (int i = 0; i < childCount; i++) {
                String segment = children[i].escaped;
                if (segment.length() == end - start && pointer.regionMatches(start, segment, 0, end - start)) {
                    return children[i];
                }
            }
            return null;
        }

        Node add(String pointer, int start, int end) {
            if (children == null) {
                children = new Node[2];
            } else if (childCount == children.length) {
                children = Arrays.copyOf(children, childCount * 2);
            }
            return children[childCount++] = new Node(pointer.substring(start, end));
        }

        Node named(String name) {
            for (int i = 0; i < childCount; i++) {
                if (children[i].name.equals(name)) {
                    return children[i];
                }
            }
            return null;
        }

        Node indexed(int index) {
            for (int i = 0; i < childCount; i++) {
                if (children[i].index == index) {
                    return children[i];
                }
            }
            return null;
        }
    }

    /** An open object or array of the document on the trie, and its trie node. */
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

    private final Node root = new Node("");
    /** The nodes not yet settled. */
    private int unsettled = 1;

    /** A locator of the wanted pointers (escaped JSON Pointers in the user's spelling). */
    private PointerLocator(Collection<String> pointers) {
        for (String pointer : pointers) {
            add(pointer);
        }
    }

    /**
     * Locates the pointers in JSON text.
     *
     * @param keysRepeated whether an object of the text gives a key twice; else the scan ends once every
     *                     pointer is settled, since no later token can move one
     */
    static PointerLocator json(byte[] text, JsonFactory tokens, Collection<String> pointers, boolean keysRepeated) {
        PointerLocator locator = new PointerLocator(pointers);
        locator.scan(text, tokens, !keysRepeated);
        return locator;
    }

    /** Locates the pointers in a composed YAML document, whose marks count the lines of the whole text. */
    static PointerLocator yaml(YamlNode document, Collection<String> pointers) {
        PointerLocator locator = new PointerLocator(pointers);
        locator.record(locator.root, document.start());
        locator.walk(document, locator.root, null);
        return locator;
    }

    /** The line and column of the value at {@code pointer}; null when the document has no value there. */
    public long[] findExactly(String pointer) {
        if (!pointer.isEmpty() && pointer.charAt(0) != '/') {
            return null;
        }
        Node node = root;
        for (int start = 1; node != null && start <= pointer.length(); start = segmentEnd(pointer, start) + 1) {
            node = node.child(pointer, start, segmentEnd(pointer, start));
        }
        return node == null ? null : node.at;
    }

    /** The line and column of the value at {@code pointer}, or of its nearest enclosing value; null if none. */
    public long[] find(String pointer) {
        long[] at = root.at;
        if (!pointer.isEmpty() && pointer.charAt(0) != '/') {
            return at;
        }
        Node node = root;
        for (int start = 1; start <= pointer.length(); start = segmentEnd(pointer, start) + 1) {
            node = node.child(pointer, start, segmentEnd(pointer, start));
            if (node == null) {
                break;
            }
            at = node.at != null ? node.at : at;
        }
        return at;
    }

    private static int segmentEnd(String pointer, int start) {
        int slash = pointer.indexOf('/', start);
        return slash < 0 ? pointer.length() : slash;
    }

    private void add(String pointer) {
        if (pointer.isEmpty() || pointer.charAt(0) != '/') {
            return;
        }
        Node parent = root;
        for (int start = 1; start <= pointer.length(); start = segmentEnd(pointer, start) + 1) {
            int end = segmentEnd(pointer, start);
            Node child = parent.child(pointer, start, end);
            if (child == null) {
                child = parent.add(pointer, start, end);
                unsettled++;
            }
            parent = child;
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

    private void scan(byte[] text, JsonFactory tokens, boolean endWhenSettled) {
        List<Frame> open = new ArrayList<>();
        TextPositions positions = new TextPositions(text);
        try (JsonParser parser = tokens.createParser(text)) {
            JsonToken token;
            while (!(endWhenSettled && unsettled == 0) && (token = parser.nextToken()) != null) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    settleBelow(open.remove(open.size() - 1).node); // what the container did not hold, it never will
                    continue;
                }
                Node node;
                if (open.isEmpty()) {
                    node = root;
                    record(node, parser, positions);
                } else {
                    Frame frame = open.get(open.size() - 1);
                    if (token == JsonToken.PROPERTY_NAME) {
                        frame.member = frame.node.named(parser.currentName());
                        if (frame.member != null && frame.member.at != null) {
                            forget(frame.member); // a key given again: its last value is the one checked
                        }
                        record(frame.member, parser, positions);
                        continue;
                    }
                    if (frame.array) {
                        node = frame.node.indexed(frame.nextIndex);
                        frame.nextIndex++;
                        record(node, parser, positions);
                    } else {
                        node = frame.member;
                    }
                }
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    if (node == null || node.childCount == 0) {
                        parser.skipChildren(); // nothing inside is wanted
                    } else {
                        open.add(new Frame(node, token == JsonToken.START_ARRAY));
                    }
                }
            }
        } catch (RuntimeException e) {
            // The text was parsed once already; a second pass can only fail the same way. Keep what was seen.
        }
    }

    /** Follows the trie below {@code node}; {@code via} is the alias the node was reached through, if any. */
    private void walk(YamlNode node, Node wanted, YamlNode.Alias via) {
        if (wanted.childCount == 0) {
            return;
        }
        if (node instanceof YamlNode.Alias alias) {
            walk(alias.target(), wanted, via != null ? via : alias);
        } else if (node instanceof YamlNode.Sequence sequence) {
            for (int i = 0; i < sequence.items().size(); i++) {
                Node item = wanted.indexed(i);
                if (item != null) {
                    YamlNode value = sequence.items().get(i);
                    record(item, via != null ? via.start() : value.start());
                    walk(value, item, via);
                }
            }
        } else if (node instanceof YamlNode.Mapping mapping) {
            mapping.forEachMember(via, (member, memberVia) -> {
                Node child = wanted.named(member.key());
                if (child != null) {
                    record(child, memberVia != null ? memberVia.start() : member.at());
                    walk(member.value(), child, memberVia);
                }
            });
        }
    }

    private void record(Node node, Mark at) {
        if (node.at == null && at != null) {
            node.at = new long[] {at.getLine() + 1, at.getColumn() + 1};
        }
    }

    private void settle(Node node) {
        if (!node.settled) {
            node.settled = true;
            unsettled--;
        }
    }

    private void settleBelow(Node node) {
        for (int i = 0; i < node.childCount; i++) {
            settle(node.children[i]);
            settleBelow(node.children[i]);
        }
    }

    /** Forgets where the value of {@code node} and the values inside it were found. */
    private static void forget(Node node) {
        node.at = null;
        for (int i = 0; i < node.childCount; i++) {
            forget(node.children[i]);
        }
    }

    private void record(Node node, JsonParser parser, TextPositions positions) {
        if (node != null && node.at == null) {
            TokenStreamLocation at = parser.currentTokenLocation();
            node.at = new long[] {at.getLineNr(), positions.columnOf(at)};
            settle(node);
        }
    }
}
