package io.assistconf.internal.schema;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * The values a schema marks {@code x-legacy} at one place (decisions S0): enumerated values only one source
 * accepts, each with its text, and the alternatives of an {@code anyOf} whose every value only one source
 * accepts (a text per alternative, null for the others). Keys marked legacy are on {@link Shape.Property}.
 */
final class LegacyMarks {

    static final LegacyMarks NONE = new LegacyMarks(Map.of(), new String[0]);

    private final Map<String, String> values;
    /** Empty when no alternative is marked, else one text or null per alternative. */
    private final String[] alternatives;

    private LegacyMarks(Map<String, String> values, String[] alternatives) {
        this.values = values;
        this.alternatives = alternatives;
    }

    /** The marks of {@code values} and of the alternatives, in their order; {@link #NONE} when nothing is marked. */
    static LegacyMarks of(Map<String, String> values, List<String> alternatives) {
        boolean anyAlternative = alternatives.stream().anyMatch(Objects::nonNull);
        if (values.isEmpty() && !anyAlternative) {
            return NONE;
        }
        return new LegacyMarks(Map.copyOf(values),
                anyAlternative ? alternatives.toArray(String[]::new) : new String[0]);
    }

    Map<String, String> values() {
        return values;
    }

    /** The text of each of {@code count} alternatives, null where there is none. */
    List<String> alternatives(int count) {
        return alternatives.length == 0 ? Collections.nCopies(count, null) : Arrays.asList(alternatives);
    }

    /** The text of the value when it is marked, or when only marked alternatives of {@code shapes} match it. */
    String of(JsonNode value, List<Shape> shapes) {
        if (value.isString()) {
            String text = values.get(value.asString());
            if (text != null) {
                return text;
            }
        }
        String text = null;
        for (int i = 0; i < alternatives.length; i++) {
            if (shapes.get(i).matches(value)) {
                if (alternatives[i] == null) {
                    return null;
                }
                text = text == null ? alternatives[i] : text;
            }
        }
        return text;
    }
}
