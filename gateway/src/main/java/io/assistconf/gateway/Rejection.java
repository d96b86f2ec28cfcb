package io.assistconf.gateway;

import io.assistconf.Kind;
import io.assistconf.Severity;
import io.assistconf.Variant;
import io.assistconf.Violation;
import java.time.Instant;
import java.util.List;

/**
 * Everything an error body says about one rejected request.
 *
 * @param reason     why it is rejected
 * @param status     the HTTP status
 * @param variant    the API whose format answers
 * @param kind       what the request was checked as; null when it was not checked (an unknown route)
 * @param where      the part of the request the violations are in: {@code body}, {@code query},
 *                   {@code header} or {@code path} (FastAPI's first {@code loc} item)
 * @param violations every violation, warnings included
 * @param traceId    the request's trace id
 * @param at         when it was rejected
 */
record Rejection(Reason reason, int status, Variant variant, Kind kind, String where, List<Violation> violations,
        String traceId, Instant at) {

    /** Why a request is rejected: the error code and title each format gives it. */
    enum Reason {
        INVALID("invalid_request", "invalid-request", "The request is invalid"),
        TOO_LARGE("payload_too_large", "payload-too-large", "The request body is too large"),
        NOT_JSON("unsupported_media_type", "unsupported-media-type", "The request body is not JSON"),
        NOT_FOUND("not_found", "not-found", "No such endpoint"),
        METHOD_NOT_ALLOWED("method_not_allowed", "method-not-allowed", "Method not allowed"),
        INTERNAL("internal_error", "internal-error", "The request could not be checked");

        private final String code;
        private final String slug;
        private final String title;

        Reason(String code, String slug, String title) {
            this.code = code;
            this.slug = slug;
            this.title = title;
        }

        /** Freddy's {@code error.code}. */
        String code() {
            return code;
        }

        /** The last segment of the problem type URI. */
        String slug() {
            return slug;
        }

        String title() {
            return title;
        }
    }

    /** One sentence for a human: how many errors, and the first one, where it is and what it says. */
    String summary() {
        List<Violation> errors = violations.stream().filter(v -> v.severity() == Severity.ERROR).toList();
        List<Violation> shown = errors.isEmpty() ? violations : errors;
        if (shown.isEmpty()) {
            return reason.title();
        }
        Violation first = shown.get(0);
        String count = shown.size() == 1 ? "" : " " + shown.size() + " errors, the first";
        String place = first.path().isEmpty() ? "" : " at " + first.path();
        return reason.title() + ":" + count + place + (count.isEmpty() && place.isEmpty() ? " " : ": ")
                + first.message();
    }

    /** Whether the server's fault, not the client's. */
    boolean serverError() {
        return status >= 500;
    }
}
