package io.assistconf.gateway;

import io.assistconf.AssistConf;
import io.assistconf.Catalogue;
import io.assistconf.Limits;
import java.time.Clock;
import java.util.Objects;

/**
 * Checks HTTP requests to the documented endpoints of each API before they reach the backend. Build one and
 * share it: it is immutable and thread-safe.
 *
 * <p>For each {@link Request} it answers a {@link Decision}:
 * <ul>
 * <li>{@link Decision.Pass} when the request is on no checked route of its {@link Routes} (and, by default,
 * on no route at all): nothing of it was read;</li>
 * <li>{@link Decision.Forward} when the request is valid, or has errors in {@link Mode#REPORT_ONLY}: the body
 * and query to send on, as {@link Forwarding} says, with the warnings found;</li>
 * <li>{@link Decision.Reject} otherwise: the status and body to answer with, in the {@link ErrorFormat}
 * configured, carrying every violation (code, pointer, path as written, line, column, message).</li>
 * </ul>
 *
 * <p>Never throws for a bad request, and never puts a secret value in a response or a log line. The body is
 * read while it is checked, and never past one byte over {@link Limits#maxDocumentBytes()} (413). Violations
 * are logged through {@link System.Logger} ({@code io.assistconf.gateway}): warnings and rejections at
 * {@code DEBUG}, what {@link Mode#REPORT_ONLY} lets through at {@code WARNING}.
 */
public final class RequestChecker {

    /** The header a trace id is taken from by default. */
    public static final String DEFAULT_TRACE_HEADER = "X-Request-Id";

    private final Builder options;

    private RequestChecker(Builder builder) {
        this.options = builder;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The checker with the defaults: every shipped route, lenient, enforcing, canonical, each API's format. */
    public static RequestChecker create() {
        return builder().build();
    }

    /** The routes this checker owns. */
    public Routes routes() {
        return options.routes;
    }

    /** The answer for one request. Never throws for a bad request; reads its body at most once. */
    public Decision check(Request request) {
        Objects.requireNonNull(request, "request");
        throw new UnsupportedOperationException("not yet built");
    }

    /** Options of a {@link RequestChecker}. */
    public static final class Builder {
        private Routes routes = Routes.defaults();
        private boolean strict;
        private Limits limits = Limits.DEFAULTS;
        private Catalogue catalogue = Catalogue.NONE;
        private Mode mode = Mode.ENFORCE;
        private Forwarding forwarding = Forwarding.CANONICAL;
        private ErrorFormat errorFormat = ErrorFormat.NATIVE;
        private String traceHeader = DEFAULT_TRACE_HEADER;
        private boolean ownUnknownRoutes;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** The routes owned; {@link Routes#defaults()} by default. */
        public Builder routes(Routes value) {
            this.routes = Objects.requireNonNull(value, "routes");
            return this;
        }

        /** Unknown properties are errors (rejected) instead of warnings (forwarded). Off by default. */
        public Builder strict(boolean value) {
            this.strict = value;
            return this;
        }

        /**
         * The bounds of a request; a body over {@link Limits#maxDocumentBytes()} is refused with 413 while it
         * is read. {@link Limits#DEFAULTS} by default.
         */
        public Builder limits(Limits value) {
            this.limits = Objects.requireNonNull(value, "limits");
            return this;
        }

        /** The values references must match (models, providers, ...); none by default. */
        public Builder catalogue(Catalogue value) {
            this.catalogue = Objects.requireNonNull(value, "catalogue");
            return this;
        }

        /** {@link Mode#ENFORCE} by default. */
        public Builder mode(Mode value) {
            this.mode = Objects.requireNonNull(value, "mode");
            return this;
        }

        /** {@link Forwarding#CANONICAL} by default. */
        public Builder forwarding(Forwarding value) {
            this.forwarding = Objects.requireNonNull(value, "forwarding");
            return this;
        }

        /** {@link ErrorFormat#NATIVE} by default. */
        public Builder errorFormat(ErrorFormat value) {
            this.errorFormat = Objects.requireNonNull(value, "errorFormat");
            return this;
        }

        /**
         * The request header a trace id is taken from ({@value #DEFAULT_TRACE_HEADER} by default); a request
         * without it gets a generated one.
         */
        public Builder traceHeader(String name) {
            this.traceHeader = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Whether a request on no route of the table is refused, 404 (no route has its path) or 405 (no route
         * of its method has it), instead of passed untouched (the default). Owning them means the table lists
         * every endpoint the backend serves, the unchecked ones as {@link Route#unchecked}.
         */
        public Builder ownUnknownRoutes(boolean value) {
            this.ownUnknownRoutes = value;
            return this;
        }

        /** The clock of the timestamps in error bodies; the system clock in UTC by default. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        public RequestChecker build() {
            return new RequestChecker(this);
        }
    }
}
