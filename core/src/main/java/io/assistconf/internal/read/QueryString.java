package io.assistconf.internal.read;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a raw URL query string into decoded parameters: a name given once with its value, a name given
 * several times with the list of its values.
 */
public final class QueryString {

    private QueryString() {
    }

    /**
     * The parameters of {@code raw}, in order of first appearance, from its first {@code most} name-value
     * pairs: the rest is not read (an object of that many values and more is past a limit of {@code most}).
     * Each value is a {@code String}, or a {@code List<String>} when its name is repeated.
     *
     * @throws IllegalArgumentException when a percent escape is malformed
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(String raw, int most) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        int start = raw.startsWith("?") ? 1 : 0;
        for (int pairs = 0, end; start <= raw.length() && pairs < most; start = end + 1) {
            end = next(raw, start);
            String pair = raw.substring(start, end);
            if (pair.isEmpty()) {
                continue;
            }
            pairs++;
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            Object earlier = parameters.putIfAbsent(name, value);
            if (earlier instanceof String first) {
                parameters.put(name, new ArrayList<>(List.of(first, value)));
            } else if (earlier != null) {
                ((List<String>) earlier).add(value); // a list only this method makes
            }
        }
        return parameters;
    }

    /** Where the pair starting at {@code start} ends: its '&amp;', or the end of the text. */
    private static int next(String raw, int start) {
        int end = raw.indexOf('&', start);
        return end < 0 ? raw.length() : end;
    }

    /** The decoded text; without a {@code %} or {@code +} that is the text itself, which the decoder would copy. */
    static String decode(String text) {
        return text.indexOf('%') < 0 && text.indexOf('+') < 0 ? text : URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
