package io.assistconf.internal.read;

import io.assistconf.internal.tree.Pointers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
     * One pointer segment of the trie; {@code at} is null until the value is met, and {@code settled} once the
     * value is met or the text can no longer hold it.
     */
    private static final class Node {
        final String pointer;
        Map<String, Node> names;
        Map<Integer, Node> indexes;
        long[] at;
        boolean settled;

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

    private final Map<String, Node> byPointer = new HashMap<>();
    private final Node root = node("");
    /** The nodes not yet settled. */
    private int unsettled;

    /** A locator of the wanted pointers (escaped JSON Pointers in the user's spelling). */
    private PointerLocator(Collection<String> pointers) {
        for (String pointer : pointers) {
            add(pointer);
        }
        unsettled = byPointer.size();
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

    private void add(String pointer) {
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
                    if (node == null || node.names == null) {
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
        if (wanted.names == null) {
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
        if (node.names != null) {
            for (Node child : node.names.values()) {
                settle(child);
                settleBelow(child);
            }
        }
    }

    /** Forgets where the value of {@code node} and the values inside it were found. */
    private static void forget(Node node) {
        node.at = null;
        if (node.names != null) {
            node.names.values().forEach(PointerLocator::forget);
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
