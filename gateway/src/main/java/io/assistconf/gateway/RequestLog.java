package io.assistconf.gateway;

import io.assistconf.Violation;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The log lines of the checker, through {@link System.Logger}. A line names the trace id, the method and the
 * route's template (never the request's own path or query, which may carry secrets) and each violation's
 * code, path, location and message (which never quote a value).
 */
final class RequestLog {

    private static final System.Logger LOG = System.getLogger("io.assistconf.gateway");

    private RequestLog() {
    }

    /** Whether a line of this level would be written. */
    static boolean logs(Level level) {
        return LOG.isLoggable(level);
    }

    static void log(Level level, String traceId, String method, String route, String outcome,
            List<Violation> violations) {
        if (!LOG.isLoggable(level)) {
            return;
        }
        String listed = violations.stream().map(RequestLog::shown).collect(Collectors.joining("; "));
        LOG.log(level, "{0} {1} {2}: {3}{4}", traceId, method, route, outcome, listed.isEmpty() ? "" : ": " + listed);
    }

    private static String shown(Violation violation) {
        String line = violation.hasLocation() ? " " + violation.line() + ":" + violation.column() : "";
        return violation.severity().label() + " " + violation.code() + " at '" + violation.path() + "'" + line + " "
                + violation.message();
    }
}
