package io.assistconf.internal.read;

import io.assistconf.Code;
import io.assistconf.Limits;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * it is met, so the checks that depend on where a node is used are made at the alias: the nesting of
 * the node at that place, and the number of values the document expands to.
 *
 * <p>That number (every value an alias stands for counted each time the alias is used) may not pass
 * {@link Limits#maxNodes()}, the bound of any document's values. The count is kept as the events come, so a
 * document is refused at the first value past the limit, and an alias bomb at the first alias past it,
 * having built nothing of its expansion.
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
        final Set<String> keys;
        int height;
        String key;
        Mark keyAt;
        boolean mergeKey;
        YamlNode merge;

        Open(CollectionStartEvent start, long valuesBefore, boolean mapping) {
            this.start = start;
            this.valuesBefore = valuesBefore;
            this.items = mapping ? null : new ArrayList<>();
            this.members = mapping ? new ArrayList<>() : null;
            this.keys = mapping ? new HashSet<>() : null;
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
    private final Limits limits;
    private final LimitMessages messages;
    private final YamlScalars scalars;
    private final DuplicateKeyMessage duplicateKeys;
    private final Map<String, Anchored> anchors = new HashMap<>();
    private final List<Open> open = new ArrayList<>();
    private long values;
    private Mark lastEnd;

    YamlComposer(byte[] text, LoadSettings settings, Limits limits, YamlScalars scalars,
            DuplicateKeyMessage duplicateKeys) {
        this.parser = new ParserImpl(settings,
                new StreamReader(settings, new YamlUnicodeReader(new ByteArrayInputStream(text))));
        this.limits = limits;
        this.messages = new LimitMessages(limits);
        this.scalars = scalars;
        this.duplicateKeys = duplicateKeys;
    }

    /** Skips to the content of the next document: where it starts, or null when the stream ends first. */
    Mark nextDocumentStart() {
        while (true) {
            Event event = peek();
            switch (event.getEventId()) {
                case StreamEnd:
                    return null;
                case StreamStart:
                case DocumentStart:
                case DocumentEnd:
                case Comment:
                    next();
                    break;
                default:
                    return event.getStartMark().orElse(null);
            }
        }
    }

    /** Reads the document whose content {@link #nextDocumentStart()} found. */
    YamlNode nextDocument() {
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
            top().key(scalars.name(event), at, scalars.isMergeKey(event));
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
                throw notWellFormed();
            }
            top().key(scalar.text(), at, false);
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
            throw notWellFormed();
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
        into.key = null;
        if (into.mergeKey ? into.merge != null : !into.keys.add(key)) {
            throw new Refused(Code.DUPLICATE_KEY, duplicateKeys.of(key), into.keyAt);
        }
        if (into.mergeKey) {
            into.merge = checkedMerge(done.node);
        } else {
            into.members.add(new YamlNode.Member(key, into.keyAt, done.node));
        }
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

    private Open top() {
        return open.get(open.size() - 1);
    }

    private Event peek() {
        try {
            return parser.peekEvent();
        } catch (YamlEngineException | NumberFormatException e) {
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
        return new Refused(Code.PARSE_ERROR, "the document is not well-formed YAML", lastEnd);
    }
}
