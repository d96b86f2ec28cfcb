package io.assistconf.internal.read;

import io.assistconf.Code;
import io.assistconf.Limits;
import io.assistconf.Violation;
import io.assistconf.internal.tree.Pointers;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.YamlUnicodeReader;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads the documents of a YAML stream, one at a time, into {@link YamlNode}s from the parser's events,
 * within the {@link Limits}, without recursion. Each alias is resolved to the node its anchor names when
 * it is met (anchors belong to their document), so the checks that depend on where a node is used are
 * made at the alias: the nesting of the node at that place, and the number of values the document expands
 * to. An empty document ({@code ---} and nothing, or comments only) is skipped.
 *
 * <p>That number (every value an alias stands for counted each time the alias is used, and one for each
 * empty document) may not pass {@link Limits#maxNodes()}, the bound of the values of the whole stream. The
 * count is kept as the events come, so a stream is refused at the first value past the limit, and an alias
 * bomb at the first alias past it, having built nothing of its expansion.
 *
 * <p>A key given again in one mapping keeps its first place and takes the last value, as most YAML
 * loaders do; each repetition is a {@code duplicate_key} violation of the document.
 */
final class YamlComposer {

    /** Why the text cannot be read: a violation code, a message free of input text, and where. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final Code code;
        final transient Mark at;

        Refused(Code code, String message, Mark at) {
            super(message, null, false, false);
            this.code = code;
            this.at = at;
        }
    }

    private static final String COLLECTION_KEY = "a mapping key that is a list or a mapping; keys of JSON objects"
            + " are scalars";

    /** An anchored node, with the number of values it expands to and the levels it nests. */
    private record Anchored(YamlNode node, long values, int height) {
    }

    /** A node just read, with the levels it nests. */
    private record Completed(YamlNode node, int height) {
    }

    /** A sequence or mapping being read: its items, or its members and the key awaiting its value. */
    private static final class Open {
        final CollectionStartEvent start;
        final long valuesBefore;
        final List<YamlNode> items;
        final List<YamlNode.Member> members;
        /** Where each key is in {@code members}. */
        final Map<String, Integer> keys;
        int height;
        String key;
        Mark keyAt;
        boolean mergeKey;
        YamlNode merge;
        Mark mergeAt;

        Open(CollectionStartEvent start, long valuesBefore, boolean mapping) {
            this.start = start;
            this.valuesBefore = valuesBefore;
            this.items = mapping ? null : new ArrayList<>();
            this.members = mapping ? new ArrayList<>() : null;
            this.keys = mapping ? new HashMap<>() : null;
        }

        boolean awaitsKey() {
            return members != null && key == null;
        }

        void key(String name, Mark at, boolean merge) {
            key = name;
            keyAt = at;
            mergeKey = merge;
        }
    }

    private final Parser parser;
    private final byte[] text;
    private final Limits limits;
    private final LimitMessages messages;
    private final YamlScalars scalars;
    private final DuplicateKeyMessage duplicateKeys;
    private final Map<String, Anchored> anchors = new HashMap<>();
    private final List<Open> open = new ArrayList<>();
    private List<Violation> repeatedKeys = new ArrayList<>();
    private long values;
    private long nameCharacters;
    private Mark lastEnd;

    /** A composer of the stream {@code text} holds. */
    YamlComposer(byte[] text, LoadSettings settings, Limits limits, YamlScalars scalars,
            DuplicateKeyMessage duplicateKeys) {
        this.parser = new ParserImpl(settings, new StreamReader(settings,
                new YamlUnicodeReader(new ByteArrayInputStream(text))));
        this.text = text;
        this.limits = limits;
        this.messages = new LimitMessages(limits);
        this.scalars = scalars;
        this.duplicateKeys = duplicateKeys;
    }

    /**
     * Skips to the content of the next document that has any: where it starts, or null when the stream ends
     * first.
     */
    Mark nextDocumentStart() {
        while (true) {
            Event event = peek();
            switch (event.getEventId()) {
                case StreamEnd:
                    return null;
                case DocumentStart:
                    anchors.clear();
                    next();
                    break;
                case StreamStart:
                case DocumentEnd:
                case Comment:
                    next();
                    break;
                case Scalar:
                    if (isEmptyDocument((ScalarEvent) event)) {
                        next();
                        count(event.getStartMark().orElse(null));
                        break;
                    }
                    return event.getStartMark().orElse(null);
                default:
                    return event.getStartMark().orElse(null);
            }
        }
    }

    /** The keys the document read last repeats, each a located {@code duplicate_key} violation. */
    List<Violation> repeatedKeys() {
        return repeatedKeys;
    }

    /** Reads the document whose content {@link #nextDocumentStart()} found. */
    YamlNode nextDocument() {
        repeatedKeys = new ArrayList<>();
        while (true) {
            Event event = next();
            Completed done = switch (event.getEventId()) {
                case Scalar -> scalar((ScalarEvent) event);
                case Alias -> alias((AliasEvent) event);
                case SequenceStart, MappingStart -> open((CollectionStartEvent) event);
                case SequenceEnd, MappingEnd -> close();
                default -> throw notWellFormed();
            };
            if (done != null) {
                if (open.isEmpty()) {
                    return done.node;
                }
                add(done);
            }
        }
    }

    private Completed scalar(ScalarEvent event) {
        Mark at = event.getStartMark().orElse(null);
        boolean key = !open.isEmpty() && top().awaitsKey();
        if (key) {
            top().key(countedName(scalars.name(event), at), at, scalars.isMergeKey(event));
            if (event.getAnchor().isEmpty()) {
                return null;
            }
        } else {
            count(at);
        }
        YamlNode.Scalar scalar = new YamlNode.Scalar(event.getValue(), key && event.getAnchor().isEmpty() ? null
                : scalars.value(event), at);
        event.getAnchor().ifPresent(anchor -> anchors.put(anchor.getValue(), new Anchored(scalar, 1, 0)));
        return key ? null : new Completed(scalar, 0);
    }

    private Completed alias(AliasEvent event) {
        Mark at = event.getStartMark().orElse(null);
        String name = event.getAlias().getValue();
        Anchored anchored = anchors.get(name);
        if (anchored == null) {
            boolean enclosing = open.stream().anyMatch(o -> o.start.getAnchor().filter(a -> a.getValue().equals(name))
                    .isPresent());
            if (enclosing) {
                throw new Refused(Code.LIMIT_EXCEEDED, messages.aliasExpansionMessage(), at);
            }
            throw new Refused(Code.PARSE_ERROR, "an alias names an anchor that is not defined before it", at);
        }
        if (!open.isEmpty() && top().awaitsKey()) {
            if (!(anchored.node instanceof YamlNode.Scalar scalar)) {
                throw new Refused(Code.PARSE_ERROR, COLLECTION_KEY, at);
            }
            top().key(countedName(scalar.text(), at), at, false);
            return null;
        }
        values += anchored.values;
        if (values > limits.maxNodes()) {
            throw new Refused(Code.LIMIT_EXCEEDED, messages.aliasExpansionMessage(), at);
        }
        if (open.size() + anchored.height > limits.maxDepth()) {
            throw new Refused(Code.LIMIT_EXCEEDED, messages.nestingMessage(), at);
        }
        return new Completed(new YamlNode.Alias(anchored.node, at), anchored.height);
    }

    private Completed open(CollectionStartEvent event) {
        Mark at = event.getStartMark().orElse(null);
        if (!open.isEmpty() && top().awaitsKey()) {
            throw new Refused(Code.PARSE_ERROR, COLLECTION_KEY, at);
        }
        if (open.size() + 1 > limits.maxDepth()) {
            throw new Refused(Code.LIMIT_EXCEEDED, messages.nestingMessage(), at);
        }
        long before = values;
        count(at);
        open.add(new Open(event, before, event.getEventId() == Event.ID.MappingStart));
        return null;
    }

    private Completed close() {
        Open closed = open.remove(open.size() - 1);
        Mark at = closed.start.getStartMark().orElse(null);
        YamlNode node = closed.members == null ? new YamlNode.Sequence(closed.items, at)
                : new YamlNode.Mapping(closed.members, closed.merge, at);
        int height = closed.height + 1;
        closed.start.getAnchor().ifPresent(anchor ->
                anchors.put(anchor.getValue(), new Anchored(node, values - closed.valuesBefore, height)));
        return new Completed(node, height);
    }

    /** Adds a value to the collection being read. */
    private void add(Completed done) {
        Open into = top();
        into.height = Math.max(into.height, done.height);
        if (into.items != null) {
            into.items.add(done.node);
            return;
        }
        String key = into.key;
        if (into.mergeKey) {
            if (into.merge != null) {
                repeated(into, key, into.mergeAt);
            }
            into.merge = checkedMerge(done.node);
            into.mergeAt = into.keyAt;
        } else {
            YamlNode.Member member = new YamlNode.Member(key, into.keyAt, done.node);
            Integer earlier = into.keys.putIfAbsent(key, into.members.size());
            if (earlier == null) {
                into.members.add(member);
            } else {
                repeated(into, key, into.members.get(earlier).at());
                into.members.set(earlier, member);
            }
        }
        into.key = null;
    }

    /** Records the key of {@code into}, now read again, first given at {@code first}. */
    private void repeated(Open into, String key, Mark first) {
        repeatedKeys.add(duplicateKeys.of(pointerOfTop(), key, first.getLine() + 1, into.keyAt.getLine() + 1,
                into.keyAt.getColumn() + 1));
    }

    /**
     * The pointer, as written, of the collection being read; inside the value of a merge key, the pointer of
     * the mapping that merges it, where its members land.
     */
    private String pointerOfTop() {
        String pointer = "";
        for (int i = 0; i + 1 < open.size(); i++) {
            Open parent = open.get(i);
            if (parent.members == null) {
                pointer = Pointers.append(pointer, parent.items.size());
            } else if (parent.mergeKey) {
                return pointer;
            } else {
                pointer = Pointers.append(pointer, parent.key);
            }
        }
        return pointer;
    }

    /** The value of a merge key, which must be a mapping or a list of mappings. */
    private static YamlNode checkedMerge(YamlNode value) {
        YamlNode node = resolved(value);
        boolean mappings = node instanceof YamlNode.Mapping || (node instanceof YamlNode.Sequence sequence
                && sequence.items().stream().allMatch(item -> resolved(item) instanceof YamlNode.Mapping));
        if (!mappings) {
            throw new Refused(Code.PARSE_ERROR, "a merge key ('<<') takes a mapping or a list of mappings",
                    value.start());
        }
        return value;
    }

    private static YamlNode resolved(YamlNode node) {
        return node instanceof YamlNode.Alias alias ? alias.target() : node;
    }

    /** Counts one value, which starts at {@code at}. */
    private void count(Mark at) {
        values++;
        if (values > limits.maxNodes()) {
            throw new Refused(Code.LIMIT_EXCEEDED, messages.nodesMessage(), at);
        }
    }

    /** Counts the characters of a key, which starts at {@code at}, against the bound of the stream's names. */
    private String countedName(String name, Mark at) {
        nameCharacters += name.length();
        if (nameCharacters > limits.maxNameCharacters()) {
            throw new Refused(Code.LIMIT_EXCEEDED, messages.nameCharactersMessage(), at);
        }
        return name;
    }

    private Open top() {
        return open.get(open.size() - 1);
    }

    /** Whether the root of a document is the empty scalar the parser gives a document with no content. */
    private static boolean isEmptyDocument(ScalarEvent scalar) {
        return scalar.getValue().isEmpty() && scalar.isPlain() && scalar.getTag().isEmpty()
                && scalar.getAnchor().isEmpty();
    }

    private Event peek() {
        try {
            return parser.peekEvent();
        } catch (YamlEngineException e) {
            throw YamlProblems.of(e, lastEnd, text);
        } catch (NumberFormatException e) {
            throw notWellFormed();
        }
    }

    private Event next() {
        Event event = peek();
        parser.next();
        lastEnd = event.getEndMark().orElse(null);
        return event;
    }

    /** Not well-formed: located, as the parser's errors are, at the end of the last event read. */
    private Refused notWellFormed() {
        return new Refused(Code.PARSE_ERROR, YamlProblems.NOT_WELL_FORMED, lastEnd);
    }
}
