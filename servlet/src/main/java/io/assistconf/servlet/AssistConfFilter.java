package io.assistconf.servlet;

import io.assistconf.Catalogue;
import io.assistconf.Limits;
import io.assistconf.Variant;
import io.assistconf.gateway.Decision;
import io.assistconf.gateway.ErrorFormat;
import io.assistconf.gateway.Forwarding;
import io.assistconf.gateway.Mode;
import io.assistconf.gateway.Request;
import io.assistconf.gateway.RequestChecker;
import io.assistconf.gateway.Routes;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A Jakarta Servlet 6 filter that checks the requests to the documented endpoints of each API with a
 * {@link RequestChecker}: a valid request goes on to the next filter or servlet with its canonical body and query
 * (a {@link CheckedRequest} whose body, length, content type, query string and parameters agree), a bad one is
 * answered here in the API's own error format, and a request on no route the checker owns goes on untouched.
 *
 * <p>Configured either in the deployment (the public no-argument constructor, for {@code web.xml} or
 * {@code ServletContext.addFilter(name, AssistConfFilter.class)}, reads the init parameters {@link InitParameters}
 * lists) or in code ({@link #builder()}, or {@link #of(RequestChecker)} with a checker built elsewhere). Thread-safe
 * once initialized.
 */
public final class AssistConfFilter implements Filter {

    private volatile RequestChecker checker;

    /** A filter configured by its init parameters when the container initializes it. */
    public AssistConfFilter() {
    }

    private AssistConfFilter(RequestChecker checker) {
        this.checker = checker;
    }

    /** A filter applying {@code checker}; it refuses init parameters, which it would ignore. */
    public static AssistConfFilter of(RequestChecker checker) {
        return new AssistConfFilter(Objects.requireNonNull(checker, "checker"));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The checker this filter applies; null before a filter configured by init parameters is initialized. */
    public RequestChecker checker() {
        return checker;
    }

    /**
     * Reads the init parameters of a filter built without a checker.
     *
     * @throws ServletException naming the first parameter that is unknown or has a bad value, or any
     *                          {@code assistconf.} parameter given to a filter configured in code
     */
    @Override
    public void init(FilterConfig config) throws ServletException {
        List<String> names = Collections.list(config.getInitParameterNames());
        try {
            if (checker == null) {
                checker = InitParameters.read(names, config::getInitParameter).checker();
            } else {
                InitParameters.refuseAny(names);
            }
        } catch (IllegalArgumentException e) {
            throw new ServletException("assistconf filter '" + config.getFilterName() + "': " + e.getMessage(), e);
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse out)) {
            chain.doFilter(request, response);
            return;
        }
        RequestChecker applied = checker;
        if (applied == null) {
            throw new ServletException("the assistconf filter was used before init");
        }
        Decision decision = applied.check(Request.builder(http.getMethod(), http.getRequestURI())
                .query(http.getQueryString()).contentType(http.getHeader("Content-Type")).headers(http::getHeader)
                .body(new UnopenedBody(http)).build());
        if (decision instanceof Decision.Forward forward) {
            chain.doFilter(new CheckedRequest(http, forward), response);
        } else if (decision instanceof Decision.Reject reject) {
            Rejections.write(reject, out);
            out.flushBuffer();
            LeftoverBody.discard(http);
        } else {
            chain.doFilter(request, response);
        }
    }

    /**
     * The options of a filter configured in code: those of a {@link RequestChecker.Builder}, and the routes
     * taken from a table, kept for some variants and mounted under a prefix.
     */
    public static final class Builder {
        private final RequestChecker.Builder checker = RequestChecker.builder();
        private Routes routes = Routes.defaults();
        private Variant[] variants = Variant.values();
        private String prefix = "";

        private Builder() {
        }

        /** The route table; the shipped one, {@link Routes#defaults()}, by default. */
        public Builder routes(Routes value) {
            this.routes = Objects.requireNonNull(value, "routes");
            return this;
        }

        /** Keeps the routes of these variants only; all by default. */
        public Builder variants(Variant... values) {
            this.variants = values.clone();
            return this;
        }

        /** Mounts the routes under a path prefix (with the servlet context path), such as {@code /edge}. */
        public Builder prefix(String value) {
            this.prefix = Objects.requireNonNull(value, "prefix");
            return this;
        }

        /** Unknown properties are errors instead of warnings; off by default. */
        public Builder strict(boolean value) {
            checker.strict(value);
            return this;
        }

        /** The bounds of a request; its body limit is {@link Limits#maxDocumentBytes()}. */
        public Builder limits(Limits value) {
            checker.limits(value);
            return this;
        }

        public Builder catalogue(Catalogue value) {
            checker.catalogue(value);
            return this;
        }

        /** {@link Mode#ENFORCE} by default; {@link Mode#REPORT_ONLY} forwards everything as it came and logs. */
        public Builder mode(Mode value) {
            checker.mode(value);
            return this;
        }

        /** Each API's own error body ({@link ErrorFormat#NATIVE}, the default) or problem details. */
        public Builder errorFormat(ErrorFormat value) {
            checker.errorFormat(value);
            return this;
        }

        /** {@link Forwarding#CANONICAL} by default. */
        public Builder forwarding(Forwarding value) {
            checker.forwarding(value);
            return this;
        }

        /** The request header a trace id is read from; {@value RequestChecker#DEFAULT_TRACE_HEADER} by default. */
        public Builder traceHeader(String name) {
            checker.traceHeader(name);
            return this;
        }

        /** Whether requests near the routes on none of them are refused (404/405); off by default. */
        public Builder ownUnknownRoutes(boolean value) {
            checker.ownUnknownRoutes(value);
            return this;
        }

        /** The checker these options give. */
        public RequestChecker checker() {
            return checker.routes(routes.only(variants).withPrefix(prefix)).build();
        }

        public AssistConfFilter build() {
            return new AssistConfFilter(checker());
        }
    }
}
