package io.assistconf;

import io.assistconf.internal.read.PointerLocator;
import io.assistconf.internal.tree.Pointers;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.ObjectMapper;

/**
 * (Test oracle for {@link PointerLocator}.) Where each value of a text document starts, by JSON Pointer of the original spelling. Built by a second
 * pass over the text, only when a check found something to report. A member is located at its key.
 */
final class LocationIndex {

    private final Map<String, long[]> positions;

    private LocationIndex(Map<String, long[]> positions) {
        this.positions = positions;
    }

    static LocationIndex of(byte[] text, ObjectMapper mapper) {
        Map<String, long[]> positions = new HashMap<>();
        try (JsonParser parser = mapper.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                String pointer = parser.streamReadContext().pathAsPointer().toString();
                TokenStreamLocation at = parser.currentTokenLocation();
                positions.putIfAbsent(pointer, new long[] {at.getLineNr(), characterColumn(text, at)});
            }
        } catch (RuntimeException e) {
            // The text was parsed once already; a second pass can only fail the same way. Keep what was seen.
        }
        return new LocationIndex(positions);
    }

    /** The line and column of the value at {@code pointer}; null if none. */
    long[] findExactly(String pointer) {
        return positions.get(pointer);
    }

    /** The line and column of the value at {@code pointer}, or of its nearest enclosing value; null if none. */
    long[] find(String pointer) {
        String current = pointer;
        while (true) {
            long[] position = positions.get(current);
            if (position != null || current.isEmpty()) {
                return position;
            }
            current = Pointers.parent(current);
        }
    }

    /** The column in code points: a byte-reading parser counts bytes from the line's start. */
    private static long characterColumn(byte[] text, TokenStreamLocation at) {
        if (at.getByteOffset() < 0) {
            return at.getColumnNr();
        }
        int end = (int) at.getByteOffset();
        int lineStart = end - (at.getColumnNr() - 1);
        String line = new String(text, lineStart, end - lineStart, java.nio.charset.StandardCharsets.UTF_8);
        return line.codePointCount(0, line.length()) + 1L;
    }
}
