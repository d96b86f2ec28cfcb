package io.assistconf.gateway;

import io.assistconf.ShownText;
import java.util.Locale;

/**
 * What counts as a JSON request body: {@code application/json} or any {@code +json} type (RFC 6839), with no
 * charset or a UTF-8 one (RFC 8259 allows no other), and a missing content type, which servers such as
 * FastAPI read as JSON too.
 */
final class JsonMediaType {

    private JsonMediaType() {
    }

    /** Why the content type is not JSON, or null when the body is to be read as JSON. */
    static String problem(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        String[] parts = contentType.split(";", -1);
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        if (!type.equals("application/json") && !(type.endsWith("+json") && type.indexOf('/') > 0)) {
            return "the content type '" + ShownText.quote(type) + "' is not JSON; send application/json";
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter[0].strip().equalsIgnoreCase("charset") && parameter.length == 2) {
                String charset = parameter[1].strip().replace("\"", "");
                if (!charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
                    return "the charset '" + ShownText.quote(charset) + "' is not UTF-8, which JSON is written in";
                }
            }
        }
        return null;
    }
}
