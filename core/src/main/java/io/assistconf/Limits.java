package io.assistconf;

/**
 * Bounds on what one input may contain and on what one check reports. Going past an input limit is
 * reported as a located {@code limit_exceeded} error; parsing never runs away in time, memory or stack.
 *
 * @param maxDocumentBytes largest accepted document, in bytes
 * @param maxDepth         deepest accepted nesting of objects and arrays, at most {@link #MAX_DEPTH}
 * @param maxStringLength  longest accepted string value, in characters
 * @param maxNameLength    longest accepted property name, in characters. Names get a limit of their own, far
 *                         below the string limit: a parser keeps the names it has read in a table shared by
 *                         later reads, so a megabyte-long key would cost every later check, and a real key is
 *                         never longer than a few dozen characters
 * @param maxNameCharacters most characters the property names of a document may hold together, each name
 *                         counted where it is written. The parser's table of names costs time quadratic in
 *                         the characters of the distinct long names it meets, so many long names would cost
 *                         seconds within the size limit; real names hold a few dozen characters
 * @param maxNumberLength  longest accepted number, in characters as written and in digits written out in
 *                         full ({@code 1e300} has 301 digits), so an exponent cannot smuggle in a huge value
 * @param maxNodes         most values a document may hold, counting every object, array and scalar (not
 *                         the keys); in YAML each use of an alias or merge key counts its values again, so
 *                         this also bounds what aliases expand to. It bounds the memory of reading, which
 *                         the document size alone does not: {@code [{},{},...]} holds a value every 3 bytes,
 *                         and each costs about 100 bytes of tree, and about 1 KB of allocation to read as
 *                         YAML
 * @param maxViolations    most violations a result lists; past it the result ends with one
 *                         {@code too_many_violations} that counts the others, and the check stops building
 *                         messages for them, so a payload with millions of problems is checked as fast as
 *                         one with a thousand
 */
public record Limits(long maxDocumentBytes, int maxDepth, int maxStringLength, int maxNameLength,
        int maxNameCharacters, int maxNumberLength, int maxNodes, int maxViolations) {

    /**
     * 8 MiB documents, 64 levels, strings of 1,000,000 characters, names of 1,000 and 1,000,000 characters of
     * names in all, numbers of 100 characters, 50,000 values, 1,000 violations. A full assistant holds 20 to 200
     * values, so 50,000 leave room for any configuration and a list response of a few hundred assistants, while
     * the worst document of that many values is read with at most about 60 MB of allocation (YAML; JSON needs a
     * fifth of it). A thousand violations is more than anyone reads, and enough to see the pattern of a mistake
     * repeated.
     */
    public static final Limits DEFAULTS = new Limits(8L * 1024 * 1024, 64, 1_000_000, 100);

    /**
     * The deepest nesting {@code maxDepth} may allow: what every stage handles within a default thread stack,
     * and what Jackson writes (its default write depth is 500), so that a canonical payload can always be
     * printed.
     */
    public static final int MAX_DEPTH = 500;

    private static final int DEFAULT_NAME_LENGTH = 1_000;
    /** Twenty characters for each of the default values: far more than any real document's names hold. */
    private static final int DEFAULT_NAME_CHARACTERS = 1_000_000;
    private static final int DEFAULT_NODES = 50_000;
    private static final int DEFAULT_VIOLATIONS = 1_000;

    /**
     * Refuses a limit below 1 and a {@code maxDepth} above {@link #MAX_DEPTH}.
     *
     * @param maxDocumentBytes largest accepted document, in bytes
     * @param maxDepth         deepest accepted nesting, at most {@link #MAX_DEPTH}
     * @param maxStringLength  longest accepted string value, in characters
     * @param maxNameLength    longest accepted property name, in characters
     * @param maxNameCharacters most characters the property names of a document may hold together
     * @param maxNumberLength  longest accepted number, in characters and in digits written out
     * @param maxNodes         most values a document may hold, aliases expanded
     * @param maxViolations    most violations a result lists
     * @throws IllegalArgumentException when a limit is below 1 or {@code maxDepth} above {@link #MAX_DEPTH}
     */
    public Limits {
        if (maxDocumentBytes < 1 || maxDepth < 1 || maxStringLength < 1 || maxNameLength < 1
                || maxNameCharacters < 1 || maxNumberLength < 1 || maxNodes < 1 || maxViolations < 1) {
            throw new IllegalArgumentException("every limit must be at least 1");
        }
        if (maxDepth > MAX_DEPTH) {
            throw new IllegalArgumentException("maxDepth must be at most " + MAX_DEPTH + ", was " + maxDepth);
        }
    }

    /**
     * Four input limits given; names limited as strings are, up to the default name limit; {@code maxNameCharacters},
     * {@code maxNodes} and {@code maxViolations} as in {@link #DEFAULTS}.
     *
     * @param maxDocumentBytes largest accepted document, in bytes
     * @param maxDepth         deepest accepted nesting, at most {@link #MAX_DEPTH}
     * @param maxStringLength  longest accepted string value, in characters
     * @param maxNumberLength  longest accepted number, in characters and in digits written out
     * @throws IllegalArgumentException when a limit is below 1 or {@code maxDepth} above {@link #MAX_DEPTH}
     */
    public Limits(long maxDocumentBytes, int maxDepth, int maxStringLength, int maxNumberLength) {
        this(maxDocumentBytes, maxDepth, maxStringLength, Math.min(maxStringLength, DEFAULT_NAME_LENGTH),
                DEFAULT_NAME_CHARACTERS, maxNumberLength, DEFAULT_NODES, DEFAULT_VIOLATIONS);
    }

    /**
     * {@return these limits with {@code maxDocumentBytes} set to {@code value}}
     *
     * @param value the new {@code maxDocumentBytes}: largest accepted document, in bytes
     * @throws IllegalArgumentException when {@code value} is below 1
     */
    public Limits withMaxDocumentBytes(long value) {
        return new Limits(value, maxDepth, maxStringLength, maxNameLength, maxNameCharacters,
                maxNumberLength, maxNodes, maxViolations);
    }

    /**
     * {@return these limits with {@code maxDepth} set to {@code value}}
     *
     * @param value the new {@code maxDepth}: at most {@link #MAX_DEPTH}
     * @throws IllegalArgumentException when {@code value} is below 1 or above {@link #MAX_DEPTH}
     */
    public Limits withMaxDepth(int value) {
        return new Limits(maxDocumentBytes, value, maxStringLength, maxNameLength, maxNameCharacters,
                maxNumberLength, maxNodes, maxViolations);
    }

    /**
     * {@return these limits with {@code maxStringLength} set to {@code value}}
     *
     * @param value the new {@code maxStringLength}: longest accepted string value, in characters
     * @throws IllegalArgumentException when {@code value} is below 1
     */
    public Limits withMaxStringLength(int value) {
        return new Limits(maxDocumentBytes, maxDepth, value, maxNameLength, maxNameCharacters,
                maxNumberLength, maxNodes, maxViolations);
    }

    /**
     * {@return these limits with {@code maxNameLength} set to {@code value}}
     *
     * @param value the new {@code maxNameLength}: longest accepted property name, in characters
     * @throws IllegalArgumentException when {@code value} is below 1
     */
    public Limits withMaxNameLength(int value) {
        return new Limits(maxDocumentBytes, maxDepth, maxStringLength, value, maxNameCharacters, maxNumberLength,
                maxNodes, maxViolations);
    }

    /**
     * {@return these limits with {@code maxNameCharacters} set to {@code value}}
     *
     * @param value the new {@code maxNameCharacters}: most characters the names of a document hold together
     * @throws IllegalArgumentException when {@code value} is below 1
     */
    public Limits withMaxNameCharacters(int value) {
        return new Limits(maxDocumentBytes, maxDepth, maxStringLength, maxNameLength, value, maxNumberLength,
                maxNodes, maxViolations);
    }

    /**
     * {@return these limits with {@code maxNumberLength} set to {@code value}}
     *
     * @param value the new {@code maxNumberLength}: longest accepted number, in characters and in digits written out
     * @throws IllegalArgumentException when {@code value} is below 1
     */
    public Limits withMaxNumberLength(int value) {
        return new Limits(maxDocumentBytes, maxDepth, maxStringLength, maxNameLength, maxNameCharacters, value,
                maxNodes, maxViolations);
    }

    /**
     * {@return these limits with {@code maxNodes} set to {@code value}}
     *
     * @param value the new {@code maxNodes}: most values a document may hold, aliases expanded
     * @throws IllegalArgumentException when {@code value} is below 1
     */
    public Limits withMaxNodes(int value) {
        return new Limits(maxDocumentBytes, maxDepth, maxStringLength, maxNameLength, maxNameCharacters,
                maxNumberLength, value, maxViolations);
    }

    /**
     * {@return these limits with {@code maxViolations} set to {@code value}}
     *
     * @param value the new {@code maxViolations}: most violations a result lists
     * @throws IllegalArgumentException when {@code value} is below 1
     */
    public Limits withMaxViolations(int value) {
        return new Limits(maxDocumentBytes, maxDepth, maxStringLength, maxNameLength, maxNameCharacters,
                maxNumberLength, maxNodes, value);
    }
}
