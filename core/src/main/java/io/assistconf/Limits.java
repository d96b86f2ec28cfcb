package io.assistconf;

/**
 * Bounds on what one input may contain. Exceeding one is reported as a located {@code limit_exceeded}
 * error; parsing never runs away in time, memory or stack.
 *
 * @param maxDocumentBytes largest accepted document, in bytes; also the most values a YAML document may
 *                         expand to through its aliases and merge keys (each use of an alias counting its
 *                         values again), which a document without them never reaches
 * @param maxDepth         deepest accepted nesting of objects and arrays, at most {@link #MAX_DEPTH}
 * @param maxStringLength  longest accepted string value or property name, in characters
 * @param maxNumberLength  longest accepted number, in characters as written and in digits written out in
 *                         full ({@code 1e300} has 301 digits), so an exponent cannot smuggle in a huge value
 */
public record Limits(long maxDocumentBytes, int maxDepth, int maxStringLength, int maxNumberLength) {

    /** 8 MiB documents, 64 levels, strings of 1,000,000 characters, numbers of 100 characters. */
    public static final Limits DEFAULTS = new Limits(8L * 1024 * 1024, 64, 1_000_000, 100);

    /**
     * The deepest nesting {@code maxDepth} may allow: what every stage handles within a default thread stack,
     * and what Jackson writes (its default write depth is 500), so that a canonical payload can always be
     * printed.
     */
    public static final int MAX_DEPTH = 500;

    public Limits {
        if (maxDocumentBytes < 1 || maxDepth < 1 || maxStringLength < 1 || maxNumberLength < 1) {
            throw new IllegalArgumentException("every limit must be at least 1");
        }
        if (maxDepth > MAX_DEPTH) {
            throw new IllegalArgumentException("maxDepth must be at most " + MAX_DEPTH + ", was " + maxDepth);
        }
    }

    public Limits withMaxDocumentBytes(long value) {
        return new Limits(value, maxDepth, maxStringLength, maxNumberLength);
    }

    public Limits withMaxDepth(int value) {
        return new Limits(maxDocumentBytes, value, maxStringLength, maxNumberLength);
    }

    public Limits withMaxStringLength(int value) {
        return new Limits(maxDocumentBytes, maxDepth, value, maxNumberLength);
    }

    public Limits withMaxNumberLength(int value) {
        return new Limits(maxDocumentBytes, maxDepth, maxStringLength, value);
    }
}
