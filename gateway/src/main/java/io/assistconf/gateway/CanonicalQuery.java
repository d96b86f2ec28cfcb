package io.assistconf.gateway;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;
import tools.jackson.databind.JsonNode;

/**
 * Writes a canonical list query back as a raw query string: one {@code name=value} a member in canonical
 * order, an array as the name repeated, a {@code null} left out; names and values percent-encoded in UTF-8,
 * a space as {@code %20}, which every server decodes.
 */
final class CanonicalQuery {

    private CanonicalQuery() {
    }

    static String of(JsonNode canonical) {
        StringJoiner query = new StringJoiner("&");
        for (Map.Entry<String, JsonNode> member : canonical.properties()) {
            JsonNode value = member.getValue();
            if (value.isArray()) {
                value.forEach(item -> add(query, member.getKey(), item));
            } else {
                add(query, member.getKey(), value);
            }
        }
        return query.toString();
    }

    private static void add(StringJoiner query, String name, JsonNode value) {
        if (!value.isNull()) {
            String text = value.isString() ? value.asString() : value.toString();
            query.add(encoded(name) + "=" + encoded(text));
        }
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
