package io.assistconf.gateway;

import io.assistconf.Kind;
import io.assistconf.Variant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One documented endpoint: an HTTP method and a path template whose request is checked as one kind of one
 * variant. A template is a path of literal segments and {@code {name}} segments, each of which matches one
 * non-empty segment ({@code /v1/assistants/{id}}). {@link Kind#LIST_QUERY} routes check the query string and
 * leave the body alone; every other kind checks the body as JSON. A route without a kind is known and not
 * checked: its requests pass untouched, and a checker that owns unknown routes does not refuse them.
 *
 * @param method   the HTTP method, upper case
 * @param template the path template, starting with {@code /}
 * @param variant  the API the endpoint belongs to
 * @param kind     what its request is checked as; null for a route that is not checked
 */
public record Route(String method, String template, Variant variant, Kind kind) {

    /**
     * Upper-cases the method and refuses a malformed route.
     *
     * @param method   the HTTP method, in any case
     * @param template the path template, starting with {@code /}
     * @param variant  the API the endpoint belongs to
     * @param kind     a request kind, or null for a route that is not checked
     * @throws IllegalArgumentException when the method is not a word of letters, the template does not start
     *                                  with {@code /}, or the kind is no request kind (object, list response,
     *                                  error)
     * @throws NullPointerException     when {@code method}, {@code template} or {@code variant} is null
     */
    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(variant, "variant");
        method = method.toUpperCase(Locale.ROOT);
        if (!method.matches("[A-Z]+")) {
            throw new IllegalArgumentException("a method is a word of letters, was '" + method + "'");
        }
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("a path template starts with '/', was '" + template + "'");
        }
        if (kind != null && (kind == Kind.OBJECT || kind == Kind.LIST_RESPONSE || kind == Kind.ERROR)) {
            throw new IllegalArgumentException("a route checks a request; '" + kind.id() + "' is no request kind");
        }
    }

    /**
     * {@return a known route whose requests are not checked (retrieve, delete, ...)}
     *
     * @param method   the HTTP method, in any case
     * @param template the path template, starting with {@code /}
     * @param variant  the API the endpoint belongs to
     * @throws IllegalArgumentException as {@link #Route(String, String, Variant, Kind) the constructor}
     */
    public static Route unchecked(String method, String template, Variant variant) {
        return new Route(method, template, variant, null);
    }

    /** {@return whether requests of this route are checked} */
    public boolean checked() {
        return kind != null;
    }

    /** {@return whether what is checked is the request's query string (the list endpoint), not its body} */
    public boolean checksQuery() {
        return kind == Kind.LIST_QUERY;
    }

    /**
     * {@return the same route under {@code prefix}}
     *
     * @param prefix a path such as {@code /gateway}; a trailing {@code /} is dropped
     */
    public Route under(String prefix) {
        return new Route(method, Routes.joined(prefix, template), variant, kind);
    }

    /** The template's segments, the empty segment of a trailing {@code /} left out. */
    List<String> segments() {
        return Routes.segments(template);
    }

    /** The route as one line of a route table: method, template, variant id and kind id ({@code -} for none). */
    @Override
    public String toString() {
        return method + " " + template + " " + variant.id() + " " + (kind == null ? Routes.UNCHECKED : kind.id());
    }
}
