package io.assistconf.gateway;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What the checker needs of one HTTP request. Built by the caller from whatever its server gives; the checker
 * reads the body at most once, and only for a route it owns whose kind is a body.
 */
public final class Request {

    private static final UnaryOperator<String> NO_HEADERS = name -> null;

    private final String method;
    private final String path;
    private final String rawQuery;
    private final String contentType;
    private final UnaryOperator<String> headers;
    private final InputStream body;

    private Request(Builder builder) {
        this.method = builder.method;
        this.path = builder.path;
        this.rawQuery = builder.rawQuery;
        this.contentType = builder.contentType;
        this.headers = builder.headers;
        this.body = builder.body;
    }

    /**
     * A request of {@code method} on {@code path}: the path without query, as it came (not decoded), of the
     * whole URL (with the context path of a servlet, which a prefixed {@link Routes} table expects).
     *
     * @param method the HTTP method, in any case
     * @param path   the request's path, not decoded
     * @return a builder of the request, with no query, headers or body yet
     */
    public static Builder builder(String method, String path) {
        return new Builder(method, path);
    }

    /** {@return the method, upper case} */
    public String method() {
        return method;
    }

    /** {@return the path as the request came, not decoded, without the query} */
    public String path() {
        return path;
    }

    /** {@return the raw (still percent-encoded) query string without {@code ?}; empty when there is none} */
    public String rawQuery() {
        return rawQuery;
    }

    /** {@return the {@code Content-Type} header as sent, or null when there is none} */
    public String contentType() {
        return contentType;
    }

    /**
     * {@return the value of a request header, or null when the request has none of that name}
     *
     * @param name the header's name, e.g. {@code X-Request-Id}
     */
    public String header(String name) {
        return headers.apply(name);
    }

    /** The body; an empty stream when the request has none. */
    InputStream body() {
        return body;
    }

    /** Options of a {@link Request}. */
    public static final class Builder {
        private final String method;
        private final String path;
        private String rawQuery = "";
        private String contentType;
        private UnaryOperator<String> headers = NO_HEADERS;
        private InputStream body = InputStream.nullInputStream();

        private Builder(String method, String path) {
            this.method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
            this.path = Objects.requireNonNull(path, "path");
        }

        /**
         * Sets the query string.
         *
         * @param raw the raw query string, with or without its leading {@code ?}; null for none
         * @return this builder
         */
        public Builder query(String raw) {
            String query = raw == null ? "" : raw;
            this.rawQuery = query.startsWith("?") ? query.substring(1) : query;
            return this;
        }

        /**
         * Sets the {@code Content-Type} header.
         *
         * @param value the header as sent, or null when there is none
         * @return this builder
         */
        public Builder contentType(String value) {
            this.contentType = value;
            return this;
        }

        /**
         * How to look up a request header by name (for the trace id); it should ignore case, as HTTP does, and
         * answer null for a header the request does not have. None by default.
         *
         * @param lookup the request's header value of a name, or null
         * @return this builder
         */
        public Builder headers(UnaryOperator<String> lookup) {
            this.headers = Objects.requireNonNull(lookup, "lookup");
            return this;
        }

        /**
         * The body as a stream, read up to one byte past the checker's body limit and not closed. None by
         * default.
         *
         * @param stream the request's body
         * @return this builder
         */
        public Builder body(InputStream stream) {
            this.body = Objects.requireNonNull(stream, "stream");
            return this;
        }

        /**
         * The body as bytes; they are not copied.
         *
         * @param bytes the request's body
         * @return this builder
         */
        public Builder body(byte[] bytes) {
            this.body = new ByteArrayInputStream(Objects.requireNonNull(bytes, "bytes"));
            return this;
        }

        /** {@return the request} */
        public Request build() {
            return new Request(this);
        }
    }
}
