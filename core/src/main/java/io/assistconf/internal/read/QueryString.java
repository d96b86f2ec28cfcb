package io.assistconf.internal.read;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Splits a raw URL query string into decoded parameters, keeping every value of a repeated name. */
public final class QueryString {

    private QueryString() {
    }

    /**
     * The parameters of {@code raw}, in order of first appearance.
     *
     * @throws IllegalArgumentException when a percent escape is malformed
     */
    static Map<String, List<String>> parse(String raw) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        String query = raw.startsWith("?") ? raw.substring(1) : raw;
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
