package io.assistconf.servlet;

import java.util.Locale;

/** The parts of a {@code Content-Type} value the request wrapper answers with. */
final class MediaTypes {

    private MediaTypes() {
    }

    /** The value of its {@code charset} parameter, unquoted, or null when it has none. */
    static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        String[] parts = contentType.split(";");
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter.length == 2 && parameter[0].strip().toLowerCase(Locale.ROOT).equals("charset")) {
                return parameter[1].strip().replace("\"", "");
            }
        }
        return null;
    }
}
