package io.assistconf.gateway;

import io.assistconf.Severity;
import io.assistconf.Violation;
import java.util.List;
import java.util.Objects;

/**
 * The checker's answer for one request: {@link Pass}, {@link Forward} or {@link Reject}. Immutable; the byte
 * arrays it holds are not copied, and a caller must not change them.
 */
public sealed interface Decision permits Decision.Pass, Decision.Forward, Decision.Reject {

    /**
     * The request is on no route the checker owns: send it on untouched. Its body was not read, so a stream
     * given as the body is still unread.
     */
    record Pass() implements Decision {
    }

    /**
     * Send the request on with this body and query.
     *
     * @param route       the route the request matched
     * @param body        the body to send, UTF-8 JSON; null when the route checks the query only, and then the
     *                    request's body was not read and goes on as it came
     * @param rawQuery    the query string to send (no leading {@code ?}; empty for none)
     * @param contentType the content type to send with the body: the request's, or {@code application/json}
     *                    for a canonical body of a request that had none; null with a null body, and with the
     *                    original body of a request that had none
     * @param violations  what the check found: the warnings, and in {@link Mode#REPORT_ONLY} the errors too,
     *                    in the order of the check's result
     */
    record Forward(Route route, byte[] body, String rawQuery, String contentType, List<Violation> violations)
            implements Decision {

        /**
         * Refuses a null route or query and copies the violations.
         *
         * @param route       the route the request matched
         * @param body        the body to send, or null for the request's own, unread
         * @param rawQuery    the query string to send, empty for none
         * @param contentType the content type to send, or null
         * @param violations  what the check found
         * @throws NullPointerException when {@code route}, {@code rawQuery} or {@code violations} is null
         */
        public Forward {
            Objects.requireNonNull(route, "route");
            Objects.requireNonNull(rawQuery, "rawQuery");
            violations = List.copyOf(violations);
        }

        /** {@return the length of {@link #body()} in bytes, or -1 when the original body goes on unread} */
        public long contentLength() {
            return body == null ? -1 : body.length;
        }

        /** {@return the warnings among the {@link #violations()}} */
        public List<Violation> warnings() {
            return violations.stream().filter(violation -> violation.severity() == Severity.WARNING).toList();
        }
    }

    /**
     * Answer the client with this response; the backend is not called.
     *
     * @param status         the HTTP status: 400 (422 for Burki) for an invalid payload or query, 413 for a
     *                       body over the limit, 415 for a content type that is not JSON, 404 or 405 for an
     *                       unknown route when the checker owns those
     * @param contentType    the response's content type, with its charset
     * @param body           the response body, UTF-8, in the {@link ErrorFormat} configured
     * @param violations     every violation the body reports, warnings included
     * @param traceId        the trace id the body carries: the request's, from the configured header, or a
     *                       generated one
     * @param allowedMethods for a 405, the methods the path allows (for an {@code Allow} header); else empty
     */
    record Reject(int status, String contentType, byte[] body, List<Violation> violations, String traceId,
            List<String> allowedMethods) implements Decision {

        /**
         * Refuses null members and copies the lists.
         *
         * @param status         the HTTP status
         * @param contentType    the response's content type, with its charset
         * @param body           the response body, UTF-8
         * @param violations     every violation the body reports
         * @param traceId        the trace id the body carries
         * @param allowedMethods for a 405, the methods the path allows; else empty
         * @throws NullPointerException when a member other than {@code status} is null
         */
        public Reject {
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(traceId, "traceId");
            violations = List.copyOf(violations);
            allowedMethods = List.copyOf(allowedMethods);
        }
    }
}
