package io.assistconf.gateway;

import java.util.UUID;
import java.util.regex.Pattern;

/** The trace id of a request: the one its header carries, when it is a plain token, else a new one. */
final class TraceIds {

    /** Printable ASCII without spaces, short: a header cannot smuggle a line break or a page into a body or log. */
    private static final Pattern TOKEN = Pattern.compile("[\\x21-\\x7E]{1,128}");

    private TraceIds() {
    }

    static String of(Request request, String header) {
        String given = request.header(header);
        return given != null && TOKEN.matcher(given).matches() ? given : generated();
    }

    /** {@code trace_} and 32 hex digits, as Freddy's trace ids look ({@code trace_abc123}). */
    static String generated() {
        return "trace_" + UUID.randomUUID().toString().replace("-", "");
    }
}
