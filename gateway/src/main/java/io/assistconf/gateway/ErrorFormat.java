package io.assistconf.gateway;

/** The body of a rejection. */
public enum ErrorFormat {
    /**
     * Each API's own error document, the {@code error} kind of its variant: Freddy's envelope
     * ({@code application/json}), Burki's FastAPI {@code detail} list and CogSol's field to messages map.
     */
    NATIVE,
    /** RFC 9457 problem details ({@code application/problem+json}), the same for every variant. */
    PROBLEM_JSON
}
