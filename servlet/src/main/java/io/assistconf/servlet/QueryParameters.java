package io.assistconf.servlet;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of a raw query string, as a servlet container decodes them: {@code &}-separated
 * {@code name=value} pairs, UTF-8 percent-decoded with {@code +} as a space, a repeated name giving several
 * values in order, a pair without {@code =} an empty value.
 */
final class QueryParameters {

    private QueryParameters() {
    }

    /** The parameters in the order their names first appear; the map and its arrays are not to be changed. */
    static Map<String, String[]> parse(String rawQuery) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decoded(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decoded(pair.substring(equals + 1));
            values.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        Map<String, String[]> parameters = new LinkedHashMap<>();
        values.forEach((name, list) -> parameters.put(name, list.toArray(String[]::new)));
        return Collections.unmodifiableMap(parameters);
    }

    /** Decoded; a malformed escape ({@code %zz}) leaves the text as it came rather than failing the request. */
    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
