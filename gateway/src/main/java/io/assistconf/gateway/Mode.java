package io.assistconf.gateway;

/** What the checker does with a request that has errors. */
public enum Mode {
    /** Rejects it: the client gets the error response, the backend never sees the request. */
    ENFORCE,
    /**
     * Forwards the original request untouched (its body and query as they came) and logs its violations, so
     * that a team can watch what enforcing would reject before switching it on.
     */
    REPORT_ONLY
}
