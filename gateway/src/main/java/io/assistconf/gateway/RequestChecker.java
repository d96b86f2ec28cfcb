package io.assistconf.gateway;

import io.assistconf.AssistConf;
import io.assistconf.Catalogue;
import io.assistconf.Code;
import io.assistconf.Input;
import io.assistconf.Limits;
import io.assistconf.Result;
import io.assistconf.TextFormat;
import io.assistconf.Variant;
import io.assistconf.Violation;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

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

    private static final String JSON = "application/json";
    private static final Decision.Pass PASS = new Decision.Pass();

    private final Routes routes;
    private final AssistConf checking;
    private final long maxBodyBytes;
    private final Mode mode;
    private final Forwarding forwarding;
    private final ErrorFormat errorFormat;
    private final String traceHeader;
    private final boolean ownUnknownRoutes;
    private final Clock clock;

    private RequestChecker(Builder builder) {
        this.routes = builder.routes;
        // The check's canonical payload is what is forwarded; without defaults it is still judged with them.
        this.checking = AssistConf.builder().strict(builder.strict).limits(builder.limits)
                .catalogue(builder.catalogue).fillDefaults(builder.forwarding != Forwarding.CANONICAL_WITHOUT_DEFAULTS)
                .build();
        this.maxBodyBytes = builder.limits.maxDocumentBytes();
        this.mode = builder.mode;
        // Report-only changes nothing of what reaches the backend.
        this.forwarding = builder.mode == Mode.REPORT_ONLY ? Forwarding.ORIGINAL : builder.forwarding;
        this.errorFormat = builder.errorFormat;
        this.traceHeader = builder.traceHeader;
        this.ownUnknownRoutes = builder.ownUnknownRoutes;
        this.clock = builder.clock;
    }

    /** {@return a new builder with the defaults of {@link #create()}} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return the checker with the defaults: every shipped route, lenient, enforcing, canonical, each API's
     * format}
     *
     * @throws IllegalStateException as {@link io.assistconf.AssistConf.Builder#build()}
     */
    public static RequestChecker create() {
        return builder().build();
    }

    /** {@return the routes this checker owns} */
    public Routes routes() {
        return routes;
    }

    /**
     * Checks one request. Never throws for a bad request; reads its body at most once.
     *
     * @param request the method, path, query, headers and body of the request
     * @return whether to pass the request on untouched, forward it as checked, or answer it with an error
     */
    public Decision check(Request request) {
        Objects.requireNonNull(request, "request");
        Optional<Route> found = routes.find(request.method(), request.path());
        if (found.isEmpty()) {
            return unknownRoute(request);
        }
        Route route = found.get();
        if (!route.checked()) {
            return PASS;
        }
        // A trace id is made only for a request that is answered with an error or logged: making one (a random
        // UUID) was a tenth of checking a small valid body.
        try {
            return route.checksQuery() ? checkQuery(request, route) : checkBody(request, route);
        } catch (RuntimeException | StackOverflowError e) {
            // The check itself guards against its defects; this is the gateway's own, answered without detail.
            Violation defect = Code.INTERNAL_ERROR.at("", "the request could not be checked because of a defect in"
                    + " the assistconf gateway, not in the request; please report it");
            return reject(Rejection.Reason.INTERNAL, 500, route, "body", List.of(defect), request);
        }
    }

    private Decision checkQuery(Request request, Route route) {
        Result result = checking.check(route.variant(), route.kind(), Input.query(request.rawQuery()));
        if (!result.valid()) {
            return invalid(request, route, "query", result.violations(),
                    () -> new Decision.Forward(route, null, request.rawQuery(), null, result.violations()));
        }
        String query = forwarding == Forwarding.ORIGINAL ? request.rawQuery()
                : CanonicalQuery.of(result.canonical().orElseThrow());
        logWarnings(request, route, result.violations());
        return new Decision.Forward(route, null, query, null, result.violations());
    }

    private Decision checkBody(Request request, Route route) {
        String notJson = JsonMediaType.problem(request.contentType());
        if (notJson != null) {
            List<Violation> violations = List.of(Code.UNSUPPORTED_MEDIA_TYPE.at("", notJson));
            return invalid(request, route, Rejection.Reason.NOT_JSON, 415, "header", violations,
                    () -> new Decision.Forward(route, null, request.rawQuery(), null, violations));
        }
        byte[] body;
        try {
            body = BoundedBody.read(request.body(), maxBodyBytes);
        } catch (IOException e) {
            List<Violation> violations = List.of(Code.UNREADABLE_INPUT.at("", "the request body could not be read"));
            return reject(Rejection.Reason.INVALID, invalidStatus(route), route, "body", violations, request);
        }
        if (body == null) {
            // Refused in both modes: what was not held whole cannot be forwarded untouched.
            List<Violation> violations = List.of(Code.LIMIT_EXCEEDED.at("", "the request body is larger than the"
                    + " limit of " + maxBodyBytes + " bytes"));
            return reject(Rejection.Reason.TOO_LARGE, 413, route, "body", violations, request);
        }
        Result result = checking.check(route.variant(), route.kind(), Input.of(body, TextFormat.JSON));
        if (!result.valid()) {
            return invalid(request, route, "body", result.violations(),
                    () -> new Decision.Forward(route, body, request.rawQuery(), request.contentType(),
                            result.violations()));
        }
        logWarnings(request, route, result.violations());
        if (forwarding == Forwarding.ORIGINAL) {
            return new Decision.Forward(route, body, request.rawQuery(), request.contentType(), result.violations());
        }
        String contentType = request.contentType() == null || request.contentType().isBlank() ? JSON
                : request.contentType();
        return new Decision.Forward(route, result.canonicalBytes().orElseThrow(), request.rawQuery(), contentType,
                result.violations());
    }

    /** A request with errors: rejected, or in report-only mode logged and forwarded as it came. */
    private Decision invalid(Request request, Route route, String where, List<Violation> violations,
            Supplier<Decision.Forward> original) {
        return invalid(request, route, Rejection.Reason.INVALID, invalidStatus(route), where, violations, original);
    }

    private Decision invalid(Request request, Route route, Rejection.Reason reason, int status, String where,
            List<Violation> violations, Supplier<Decision.Forward> original) {
        if (mode == Mode.REPORT_ONLY) {
            RequestLog.log(Level.WARNING, TraceIds.of(request, traceHeader), request.method(), route.template(),
                    "forwarded as it came (report-only; enforcing would answer " + status + ")", violations);
            return original.get();
        }
        return reject(reason, status, route, where, violations, request);
    }

    /** 400, or 422 for Burki, as FastAPI answers a request that fails validation. */
    private static int invalidStatus(Route route) {
        return route.variant() == Variant.BURKI ? 422 : 400;
    }

    private Decision unknownRoute(Request request) {
        Optional<Variant> variant = routes.closestVariant(request.path());
        if (!ownUnknownRoutes || variant.isEmpty()) {
            return PASS;
        }
        String traceId = TraceIds.of(request, traceHeader);
        List<String> allowed = routes.methods(request.path());
        Rejection.Reason reason = allowed.isEmpty() ? Rejection.Reason.NOT_FOUND : Rejection.Reason.METHOD_NOT_ALLOWED;
        Violation violation = allowed.isEmpty()
                ? Code.UNKNOWN_ROUTE.at("", "no endpoint of the gateway has this path")
                : Code.METHOD_NOT_ALLOWED.at("", "this endpoint allows only " + String.join(", ", allowed));
        if (mode == Mode.REPORT_ONLY) {
            RequestLog.log(Level.WARNING, traceId, request.method(), "(unknown route)",
                    "passed (report-only; enforcing would answer " + (allowed.isEmpty() ? 404 : 405) + ")",
                    List.of(violation));
            return PASS;
        }
        Rejection rejection = new Rejection(reason, allowed.isEmpty() ? 404 : 405, variant.get(), null, "path",
                List.of(violation), traceId, clock.instant());
        RequestLog.log(Level.DEBUG, traceId, request.method(), "(unknown route)", "rejected " + rejection.status(),
                rejection.violations());
        return new Decision.Reject(rejection.status(), ErrorBodies.contentType(errorFormat),
                ErrorBodies.write(rejection, errorFormat), rejection.violations(), traceId, allowed);
    }

    private Decision.Reject reject(Rejection.Reason reason, int status, Route route, String where,
            List<Violation> violations, Request request) {
        String traceId = TraceIds.of(request, traceHeader);
        Rejection rejection = new Rejection(reason, status, route.variant(), route.kind(), where, violations, traceId,
                clock.instant());
        RequestLog.log(Level.DEBUG, traceId, request.method(), route.template(), "rejected " + status, violations);
        return new Decision.Reject(status, ErrorBodies.contentType(errorFormat), ErrorBodies.write(rejection,
                errorFormat), violations, traceId, List.of());
    }

    private void logWarnings(Request request, Route route, List<Violation> violations) {
        if (!violations.isEmpty() && RequestLog.logs(Level.DEBUG)) {
            RequestLog.log(Level.DEBUG, TraceIds.of(request, traceHeader), request.method(), route.template(),
                    "forwarded", violations);
        }
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

        /**
         * Sets the routes owned; {@link Routes#defaults()} by default.
         *
         * @param value the route table
         * @return this builder
         */
        public Builder routes(Routes value) {
            this.routes = Objects.requireNonNull(value, "routes");
            return this;
        }

        /**
         * Strict mode: unknown properties are errors (rejected) instead of warnings (forwarded). Off by default.
         *
         * @param value whether unknown properties are errors
         * @return this builder
         */
        public Builder strict(boolean value) {
            this.strict = value;
            return this;
        }

        /**
         * The bounds of a request; a body over {@link Limits#maxDocumentBytes()} is refused with 413 while it
         * is read. {@link Limits#DEFAULTS} by default.
         *
         * @param value the limits of each body or query
         * @return this builder
         */
        public Builder limits(Limits value) {
            this.limits = Objects.requireNonNull(value, "limits");
            return this;
        }

        /**
         * Sets the values references must match (models, providers, ...); none by default.
         *
         * @param value the values the backend knows, or {@link Catalogue#NONE}
         * @return this builder
         */
        public Builder catalogue(Catalogue value) {
            this.catalogue = Objects.requireNonNull(value, "catalogue");
            return this;
        }

        /**
         * Sets what is done with a request that has errors; {@link Mode#ENFORCE} by default.
         *
         * @param value reject, or log and forward
         * @return this builder
         */
        public Builder mode(Mode value) {
            this.mode = Objects.requireNonNull(value, "mode");
            return this;
        }

        /**
         * Sets what a valid request is forwarded with; {@link Forwarding#CANONICAL} by default. In
         * {@link Mode#REPORT_ONLY} it is always {@link Forwarding#ORIGINAL}.
         *
         * @param value the canonical payload, with or without defaults, or the original bytes
         * @return this builder
         */
        public Builder forwarding(Forwarding value) {
            this.forwarding = Objects.requireNonNull(value, "forwarding");
            return this;
        }

        /**
         * Sets the body of a rejection; {@link ErrorFormat#NATIVE} by default.
         *
         * @param value each API's own error body, or problem details
         * @return this builder
         */
        public Builder errorFormat(ErrorFormat value) {
            this.errorFormat = Objects.requireNonNull(value, "errorFormat");
            return this;
        }

        /**
         * The request header a trace id is taken from ({@value #DEFAULT_TRACE_HEADER} by default); a request
         * without it gets a generated one.
         *
         * @param name the header's name
         * @return this builder
         */
        public Builder traceHeader(String name) {
            this.traceHeader = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Whether a request on no route of the table is refused, 404 (no route has its path) or 405 (no route
         * of its method has it), instead of passed untouched (the default). Owning them means the table lists
         * every endpoint the backend serves, the unchecked ones as {@link Route#unchecked}.
         *
         * @param value whether to refuse requests on no route
         * @return this builder
         */
        public Builder ownUnknownRoutes(boolean value) {
            this.ownUnknownRoutes = value;
            return this;
        }

        /**
         * Sets the clock of the timestamps in error bodies; the system clock in UTC by default.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * {@return the configured checker, immutable and thread-safe}
         *
         * @throws IllegalStateException as {@link io.assistconf.AssistConf.Builder#build()}
         */
        public RequestChecker build() {
            return new RequestChecker(this);
        }
    }
}
