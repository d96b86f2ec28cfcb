package io.assistconf.internal.normalize;

import io.assistconf.internal.schema.Shape;
import io.assistconf.internal.tree.CompactMembers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The steps of one normalization that the {@link StreamingNormalizer} takes as it reads: it moves a current
 * location through the payload and, at it, records changes and violations and rewrites what it hands over.
 * The {@link TreeNormalizer} implements them and takes the same steps walking a tree, so both ways give the
 * same outcome.
 */
interface NormalizationSteps {

    /** Enters the member spelled {@code key} and named {@code canonical} of the object at the current location. */
    void enter(String canonical, String key);

    /** Enters the element at {@code index} of the array at the current location. */
    void enter(int index);

    /** Returns to the value enclosing the current location. */
    void leave();

    /** Normalizes a whole value at the current location; the result may be {@code node} itself, rewritten. */
    JsonNode value(JsonNode node, Shape shape);

    /**
     * Checks a scalar at the current location that needs no rewriting: a catalogue reference is looked up, a
     * value only one source accepts is reported.
     */
    void scalar(JsonNode value, Shape shape);

    /**
     * Reports that the member just entered, spelled {@code key}, is a property only one source accepts;
     * {@code text} is its {@code x-legacy} text.
     */
    void legacyKey(String key, String text);

    /** Records that {@code key} of the object at the current location was respelled {@code canonical}. */
    void renamed(String canonical, String key);

    /** Reports {@code key}, which the object shape at the current location does not know. */
    void unknown(String key, Shape shape);

    /** The position in the record of changes, to undo what one member added (see {@link #repeated}). */
    int mark();

    /**
     * A second spelling {@code key} of a property of the object at the current location, already set by
     * {@code earlier}: the changes recorded for it since {@code mark} are dropped, and it is merged when
     * {@code same} value, else refused.
     */
    void repeated(int mark, String canonical, String earlier, String key, boolean same);

    /**
     * Fills the missing properties of the object at the current location that have a default, where this run or
     * the shape fills them, and replaces a {@code null} that stands for its default.
     *
     * @param members the object's members when the caller built it over them (a default is then added without
     *                looking its name up again), else null
     * @param present with {@code members}: bit i set when the shape's property at position i (below 64) was
     *                given, so that a property at such a position whose bit is clear is absent without a lookup
     */
    void defaults(ObjectNode object, CompactMembers members, long present, Shape shape);

    /** Ends the run: what it found, with {@code canonical} as the normalized payload. */
    Normalization finish(JsonNode canonical);
}
