package io.assistconf.internal.validate;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.format.Format;

/**
 * networknt's {@code uri} or {@code uri-reference} format for the fast validator, answering at once for a value
 * that format surely refuses: one holding a character no URI text holds (a space, a control character, one of
 * {@code "<>\^`{|}}, or anything past ASCII). networknt parses each value with {@code java.net.URI}, which
 * refuses such a value by throwing an exception, stack trace and all: most of the cost of a payload with a
 * malformed URL. Anything else goes to networknt. {@code RefusedUriFirstProperties} checks that every value
 * answered here is one networknt refuses.
 */
final class RefusedUriFirst extends QuickerFormat {

    /** The printable ASCII characters that {@code java.net.URI} accepts in no part of a URI. */
    private static final String NEVER_IN_A_URI = "\"<>\\^`{|}";

    /** networknt's {@code uri} or {@code uri-reference} format. */
    RefusedUriFirst(Format networknt) {
        super(networknt);
    }

    @Override
    public boolean matches(ExecutionContext context, String value) {
        return !surelyRefused(value) && networknt.matches(context, value);
    }

    /**
     * Whether the value holds a character no URI holds. networknt's format refuses it either way: parsed, it
     * is not all ASCII; not parsed, it is not one of the few texts networknt accepts though {@code java.net.URI}
     * does not ({@code scheme:}, {@code //}, {@code scheme://}).
     */
    static boolean surelyRefused(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c >= 127 || NEVER_IN_A_URI.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }
}
