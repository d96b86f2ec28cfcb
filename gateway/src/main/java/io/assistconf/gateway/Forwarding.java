package io.assistconf.gateway;

/** What body and query a valid request is forwarded with. */
public enum Forwarding {
    /** The canonical payload: canonical spelling, documented coercions and every default the kind fills. */
    CANONICAL,
    /**
     * The canonical spelling without defaults: only renamings and documented shape coercions, so that a
     * service storing a partial update does not get defaults it was not sent.
     */
    CANONICAL_WITHOUT_DEFAULTS,
    /** The original bytes and query, untouched: the request is only checked. */
    ORIGINAL
}
