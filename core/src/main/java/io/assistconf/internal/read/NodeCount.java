package io.assistconf.internal.read;

import io.assistconf.Limits;

/**
 * The values one read has built and the characters of the property names it has read, refused past
 * {@link Limits#maxNodes()} before the next value is built and past {@link Limits#maxNameCharacters()} before the
 * next name is used, so that the memory and time of a read are bounded whatever its text. One instance serves one
 * read: node factories are shared between threads, so the count is kept by the reader.
 */
public final class NodeCount {

    /** Thrown past a limit, to end the read; carries no stack trace. */
    public static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final boolean names;

        Exceeded(boolean names) {
            super(names ? "too many name characters" : "too many values", null, false, false);
            this.names = names;
        }

        /** The message of the limit that was passed. */
        public String message(LimitMessages messages) {
            return names ? messages.nameCharactersMessage() : messages.nodesMessage();
        }
    }

    private final long max;
    private final long maxNameCharacters;
    private long count;
    private long nameCharacters;

    public NodeCount(Limits limits) {
        this.max = limits.maxNodes();
        this.maxNameCharacters = limits.maxNameCharacters();
    }

    /** Counts one more value, which the reader is about to build. */
    public void add() {
        if (++count > max) {
            throw new Exceeded(false);
        }
    }

    /** Counts the characters of one more property name, which the reader has just read. */
    public void addName(String name) {
        nameCharacters += name.length();
        if (nameCharacters > maxNameCharacters) {
            throw new Exceeded(true);
        }
    }
}
