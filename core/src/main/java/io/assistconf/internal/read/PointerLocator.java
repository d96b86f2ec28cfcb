package io.assistconf.internal.read;

import io.assistconf.internal.tree.JsonType;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
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
     * One pointer segment of the trie; {@code at} is {@link #NOWHERE} until the value is met, and {@code settled}
     * once the value is met or the text can no longer hold it. A report asks for a few paths, so children are
     * looked up in turn; past {@link #LISTED} of them, by maps, since a caller may ask for any number of paths.
     */
    private static final class Node {
        static final int LISTED = 8;
        private static final Node[] NONE = {};

        /**
         * The member name the segment spells, unescaped: {@code text} from {@code from} to {@code to}, read in
         * place in the wanted pointer (a segment holding no escape), so that a node costs no string.
         */
        private final String text;
        private final int from;
        private final int to;
        /** The array index the segment reads as, or -1. */
        final int index;
        private Node[] children = NONE;
        private int count;
        private Map<String, Node> byName;
        private Map<Integer, Node> byIndex;
        long at = NOWHERE;
        boolean settled;

        Node(String text, int from, int to, int index) {
            this.text = text;
            this.from = from;
            this.to = to;
            this.index = index;
        }

        /** Whether this node's name is {@code other} from {@code start} to {@code end}. */
        boolean spells(String other, int start, int end) {
            int length = to - from;
            return end - start == length && other.regionMatches(start, text, from, length);
        }

        boolean hasChildren() {
            return count > 0;
        }

        Node named(String wanted) {
            if (byName != null) {
                return byName.get(wanted);
            }
            for (int i = 0; i < count; i++) {
                if (children[i].spells(wanted, 0, wanted.length())) {
                    return children[i];
                }
            }
            return null;
        }

        /** The child named by the escaped segment {@code from}-{@code to} of {@code pointer}. */
        Node named(String pointer, int from, int to) {
            if (byName != null || escaped(pointer, from, to)) {
                return named(unescaped(pointer.substring(from, to)));
            }
            for (int i = 0; i < count; i++) {
                if (children[i].spells(pointer, from, to)) {
                    return children[i];
                }
            }
            return null;
        }

        Node indexed(int wanted) {
            if (byIndex != null) {
                return byIndex.get(wanted);
            }
            for (int i = 0; i < count; i++) {
                if (children[i].index == wanted) {
                    return children[i];
                }
            }
            return null;
        }

        void add(Node child) {
            if (count == children.length) {
                children = Arrays.copyOf(children, Math.max(2, count * 2));
            }
            children[count++] = child;
            if (byName != null) {
                mapped(child);
            } else if (count > LISTED) {
                byName = new HashMap<>();
                byIndex = new HashMap<>();
                for (int i = 0; i < count; i++) {
                    mapped(children[i]);
                }
            }
        }

        private void mapped(Node child) {
            byName.put(child.text.substring(child.from, child.to), child);
            if (child.index >= 0) {
                byIndex.put(child.index, child);
            }
        }
    }

    /** An open object or array of the document on the trie, its trie node, and the one it is in. */
    private static final class Frame {
        final Node node;
        final boolean array;
        final Frame enclosing;
        int nextIndex;
        Node member;

        Frame(Node node, boolean array, Frame enclosing) {
            this.node = node;
            this.array = array;
            this.enclosing = enclosing;
        }
    }

    /** The position of a value not met: no line is 0. */
    public static final long NOWHERE = 0;

    private final Node root = new Node("", 0, 0, -1);
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

    /** The {@linkplain #position position} of the value at {@code pointer}; {@link #NOWHERE} if none. */
    public long findExactly(String pointer) {
        return located(pointer, true);
    }

    /**
     * The {@linkplain #position position} of the value at {@code pointer}, or of its nearest enclosing value;
     * {@link #NOWHERE} if none.
     */
    public long find(String pointer) {
        return located(pointer, false);
    }

    /** Follows {@code pointer} down the trie; unless {@code exactly}, keeps the deepest position met on the way. */
    private long located(String pointer, boolean exactly) {
        if (pointer.isEmpty() || pointer.charAt(0) != '/') {
            return pointer.isEmpty() || !exactly ? root.at : NOWHERE;
        }
        long enclosing = root.at;
        Node node = root;
        int start = 1;
        while (true) {
            int end = next(pointer, start);
            node = node.named(pointer, start, end);
            if (node == null) {
                return exactly ? NOWHERE : enclosing;
            }
            if (end == pointer.length()) {
                return exactly || node.at != NOWHERE ? node.at : enclosing;
            }
            enclosing = node.at != NOWHERE ? node.at : enclosing;
            start = end + 1;
        }
    }

    /** A 1-based line and column in one number, so that a position met costs no object. */
    static long position(long line, int column) {
        return line << 32 | column;
    }

    /** The line of a {@linkplain #position position}. */
    public static int line(long position) {
        return (int) (position >>> 32);
    }

    /** The column of a {@linkplain #position position}. */
    public static int column(long position) {
        return (int) position;
    }

    /** Where the segment of {@code pointer} starting at {@code start} ends. */
    private static int next(String pointer, int start) {
        int slash = pointer.indexOf('/', start);
        return slash < 0 ? pointer.length() : slash;
    }

    /** Whether the segment {@code from}-{@code to} of {@code pointer} holds an escape ({@code ~0} or {@code ~1}). */
    private static boolean escaped(String pointer, int from, int to) {
        int tilde = pointer.indexOf('~', from);
        return tilde >= 0 && tilde < to;
    }

    private static String unescaped(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }

    private void add(String pointer) {
        if (pointer.isEmpty() || pointer.charAt(0) != '/') {
            return;
        }
        Node parent = root;
        int start = 1;
        while (true) {
            int end = next(pointer, start);
            Node child = parent.named(pointer, start, end);
            if (child == null) {
                child = segment(pointer, start, end);
                parent.add(child);
                unsettled++;
            }
            if (end == pointer.length()) {
                return;
            }
            parent = child;
            start = end + 1;
        }
    }

    /** A node for the segment {@code start}-{@code end} of {@code pointer}: read in place unless escaped. */
    private static Node segment(String pointer, int start, int end) {
        if (escaped(pointer, start, end)) {
            String name = unescaped(pointer.substring(start, end));
            return new Node(name, 0, name.length(), -1); // an index holds no escape
        }
        boolean digit = start < end && pointer.charAt(start) >= '0' && pointer.charAt(start) <= '9';
        String digits = digit ? pointer.substring(start, end) : null; // only a digit may start an index
        return new Node(pointer, start, end, digit && isIndex(digits) ? Integer.parseInt(digits) : -1);
    }

    /** Whether a segment reads as an array index: an integer without sign, leading zero, or more than 9 digits. */
    private static boolean isIndex(String segment) {
        return segment.length() <= 9 && !segment.startsWith("-") && JsonType.isIntegerText(segment);
    }

    private void scan(byte[] text, JsonFactory tokens, boolean endWhenSettled) {
        Frame open = null;
        TextPositions positions = new TextPositions(text);
        try (JsonParser parser = tokens.createParser(text)) {
            JsonToken token;
            while (!(endWhenSettled && unsettled == 0) && (token = parser.nextToken()) != null) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    settleBelow(open.node); // what the container did not hold, it never will
                    open = open.enclosing;
                    continue;
                }
                Node node;
                if (open == null) {
                    node = root;
                    record(node, parser, positions);
                } else {
                    if (token == JsonToken.PROPERTY_NAME) {
                        open.member = open.node.named(parser.currentName());
                        if (open.member != null && open.member.at != NOWHERE) {
                            forget(open.member); // a key given again: its last value is the one checked
                        }
                        record(open.member, parser, positions);
                        continue;
                    }
                    if (open.array) {
                        node = open.node.indexed(open.nextIndex);
                        open.nextIndex++;
                        record(node, parser, positions);
                    } else {
                        node = open.member;
                    }
                }
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    if (node == null || !node.hasChildren()) {
                        parser.skipChildren(); // nothing inside is wanted
                    } else {
                        open = new Frame(node, token == JsonToken.START_ARRAY, open);
                    }
                }
            }
        } catch (RuntimeException e) {
            // The text was parsed once already; a second pass can only fail the same way. Keep what was seen.
        }
    }

    /** Follows the trie below {@code node}; {@code via} is the alias the node was reached through, if any. */
    private void walk(YamlNode node, Node wanted, YamlNode.Alias via) {
        if (!wanted.hasChildren()) {
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
        if (node.at == NOWHERE && at != null) {
            node.at = position(at.getLine() + 1, at.getColumn() + 1);
        }
    }

    private void settle(Node node) {
        if (!node.settled) {
            node.settled = true;
            unsettled--;
        }
    }

    private void settleBelow(Node node) {
        for (int i = 0; i < node.count; i++) {
            settle(node.children[i]);
            settleBelow(node.children[i]);
        }
    }

    /** Forgets where the value of {@code node} and the values inside it were found. */
    private static void forget(Node node) {
        node.at = NOWHERE;
        for (int i = 0; i < node.count; i++) {
            forget(node.children[i]);
        }
    }

    private void record(Node node, JsonParser parser, TextPositions positions) {
        if (node != null && node.at == NOWHERE) {
            TokenStreamLocation at = parser.currentTokenLocation();
            node.at = position(at.getLineNr(), positions.columnOf(at));
            settle(node);
        }
    }
}
