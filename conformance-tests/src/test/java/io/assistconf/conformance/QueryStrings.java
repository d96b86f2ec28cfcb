package io.assistconf.conformance;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import tools.jackson.databind.JsonNode;

/** Query strings as a client sends them: rendered from typed values, and split back into parameters. */
final class QueryStrings {

    private QueryStrings() {
    }

    /** {@code name=value&...}, each part percent-encoded ({@code +} for a space), values as their text. */
    static String render(JsonNode parameters) {
        StringJoiner query = new StringJoiner("&");
        parameters.properties().forEach(member -> {
            JsonNode value = member.getValue();
            if (value.isArray()) {
                value.values().forEach(item -> query.add(encode(member.getKey()) + "=" + encode(text(item))));
            } else {
                query.add(encode(member.getKey()) + "=" + encode(text(value)));
            }
        });
        return query.toString();
    }

    /** The text a client sends for a typed value: strings as they are, numbers and booleans as written. */
    static String text(JsonNode value) {
        return value.isString() ? value.asString() : value.toString();
    }

    /** The decoded parameters of a raw query string, in order; a repeated name keeps every value. */
    static Map<String, List<String>> parse(String raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String query = raw.startsWith("?") ? raw.substring(1) : raw;
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
