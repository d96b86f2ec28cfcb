package io.assistconf.internal.read;

import io.assistconf.Limits;

/**
 * The values one read has built, refused past {@link Limits#maxNodes()} before the next one is built, so that
 * the memory of a tree is bounded whatever its text. One instance serves one read: node factories are
 * shared between threads, so the count is kept by the reader.
 */
public final class NodeCount {

    /** Thrown by {@link #add()} past the limit, to end the read; carries no stack trace. */
    public static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exceeded() {
            super("too many values", null, false, false);
        }
    }

    private final long max;
    private long count;

    public NodeCount(Limits limits) {
        this.max = limits.maxNodes();
    }

    /** Counts one more value, which the reader is about to build. */
    public void add() {
        if (++count > max) {
            throw new Exceeded();
        }
    }
}
