package io.assistconf.gateway;

/** What the checker does with a request that has errors. */
public enum Mode {
    /** Rejects it: the client gets the error response, the backend never sees the request. */
    ENFORCE,
    /**
     * Forwards every request untouched (its body and query as they came, whatever the {@link Forwarding}) and
     * logs the violations of those enforcing would reject, so that a team can watch before switching it on.
     * A body over the size limit (413) or that could not be read is still refused: it was never held whole,
     * so it cannot go on untouched. A request on an unknown route passes, logged, when unknown routes are owned.
     */
    REPORT_ONLY
}
