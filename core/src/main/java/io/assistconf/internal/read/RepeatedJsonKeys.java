package io.assistconf.internal.read;

import io.assistconf.Violation;
import io.assistconf.internal.tree.Pointers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * The keys a JSON document repeats: noted by the {@link TokenTreeReader} as it meets them, each with the
 * number of its object in text order (a count, so that a read without repetitions pays nothing more), then
 * made violations by one more pass over the text, which finds the pointer of each such object and the line
 * of each key's first occurrence.
 */
final class RepeatedJsonKeys {

    private record Repeat(int object, String key, TokenStreamLocation at) {
    }

    /** An open container of the pass: its pointer, and the key or index of the value being read in it. */
    private static final class Frame {
        final String pointer;
        final int object;
        String key;
        int nextIndex;

        Frame(String pointer, int object) {
            this.pointer = pointer;
            this.object = object;
        }
    }

    private final List<Repeat> repeats = new ArrayList<>();

    void add(int object, String key, TokenStreamLocation at) {
        repeats.add(new Repeat(object, key, at));
    }

    /** A located {@code duplicate_key} violation for each repetition, in text order. */
    List<Violation> violations(byte[] text, JsonFactory tokens, DuplicateKeyMessage messages) {
        if (repeats.isEmpty()) {
            return List.of();
        }
        Map<Integer, String> pointers = new HashMap<>();
        Map<Integer, Map<String, Integer>> firstLines = new HashMap<>();
        repeats.forEach(repeat -> firstLines.put(repeat.object, new HashMap<>()));
        List<Frame> open = new ArrayList<>();
        int objects = 0;
        try (JsonParser parser = tokens.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                Frame frame = open.isEmpty() ? null : open.get(open.size() - 1);
                if (token == JsonToken.PROPERTY_NAME) {
                    frame.key = parser.currentName();
                    Map<String, Integer> lines = firstLines.get(frame.object);
                    if (lines != null) {
                        lines.putIfAbsent(frame.key, parser.currentTokenLocation().getLineNr());
                    }
                } else if (token.isStructEnd()) {
                    open.remove(open.size() - 1);
                } else {
                    boolean item = frame != null && frame.object < 0;
                    int index = item ? frame.nextIndex++ : 0;
                    if (token.isStructStart()) {
                        String pointer = frame == null ? "" : item ? Pointers.append(frame.pointer, index)
                                : Pointers.append(frame.pointer, frame.key);
                        int object = token == JsonToken.START_OBJECT ? objects++ : -1;
                        if (firstLines.containsKey(object)) {
                            pointers.put(object, pointer);
                        }
                        open.add(new Frame(pointer, object));
                    }
                }
            }
        }
        TextPositions positions = new TextPositions(text);
        List<Violation> violations = new ArrayList<>();
        for (Repeat repeat : repeats) {
            violations.add(messages.of(pointers.get(repeat.object), repeat.key,
                    firstLines.get(repeat.object).get(repeat.key), repeat.at.getLineNr(), positions.columnOf(repeat.at)));
        }
        return violations;
    }
}
