package io.assistconf.internal.read;

import io.assistconf.Code;
import io.assistconf.Limits;
import io.assistconf.internal.tree.GuardedNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a YAML scalar as the YAML 1.2 core schema resolves it: {@code null}, {@code ~}, {@code Null} and
 * an empty plain scalar are null; {@code true}, {@code True}, {@code TRUE} and the like are booleans;
 * {@code 12}, {@code +12}, {@code 0o17}, {@code 0x10} are integers; {@code .5}, {@code 1.}, {@code 1e3}
 * are decimals (as JSON floats are); anything else, and any quoted scalar, is a string. JSON has no
 * infinite or NaN number, so {@code .inf}, {@code -.inf} and {@code .nan} stay the strings they are
 * written as (a number field then reports a string). An explicit standard tag ({@code !!str 12},
 * {@code !!int "12"}) is followed when the value is written as that type allows; other tags are ignored
 * and the value is a string.
 */
final class YamlScalars {

    private final Limits limits;
    private final LimitMessages messages;
    private final GuardedNodeFactory nodes;
    private final ScalarResolver resolver = new CoreSchema().getScalarResolver();

    YamlScalars(Limits limits, GuardedNodeFactory nodes) {
        this.limits = limits;
        this.messages = new LimitMessages(limits);
        this.nodes = nodes;
    }

    /** Whether the scalar is the merge key {@code <<} (plain and untagged). */
    boolean isMergeKey(ScalarEvent scalar) {
        return scalar.isPlain() && scalar.getTag().isEmpty() && resolver.resolve(scalar.getValue(), true) == Tag.MERGE;
    }

    /** The scalar as a property name, refused past the name limit or with an unpaired surrogate. */
    String name(ScalarEvent scalar) {
        if (scalar.getValue().length() > limits.maxNameLength()) {
            throw refused(scalar, messages.nameLengthMessage());
        }
        return wellFormed(scalar);
    }

    /** The scalar as a value, refused past the string or number limits or with an unpaired surrogate. */
    JsonNode value(ScalarEvent scalar) {
        String text = wellFormed(scalar);
        Tag tag = tag(scalar);
        if (tag == Tag.NULL) {
            return nodes.nullNode();
        }
        if (tag == Tag.BOOL) {
            return nodes.booleanNode(text.charAt(0) == 't' || text.charAt(0) == 'T');
        }
        // A decimal ends in a digit or a point; .inf and .nan end in a letter.
        boolean number = tag == Tag.INT || (tag == Tag.FLOAT && !Character.isLetter(text.charAt(text.length() - 1)));
        if (number && text.length() > limits.maxNumberLength()) {
            throw refused(scalar, messages.numberLengthMessage());
        }
        if (number) {
            try {
                return tag == Tag.INT ? integer(text) : nodes.numberNode(new BigDecimal(text));
            } catch (StreamConstraintsException | NumberFormatException e) {
                throw refused(scalar, messages.numberMagnitudeMessage());
            }
        }
        if (text.length() > limits.maxStringLength()) {
            throw refused(scalar, messages.stringLengthMessage());
        }
        return nodes.stringNode(text);
    }

    /** The type of a scalar: resolved when plain and untagged, as its standard tag says when it fits. */
    private Tag tag(ScalarEvent scalar) {
        Optional<String> explicit = scalar.getTag();
        if (explicit.isEmpty() && !scalar.isPlain()) {
            return Tag.STR;
        }
        Tag written = resolver.resolve(scalar.getValue(), true);
        if (explicit.isEmpty()) {
            return written;
        }
        String wanted = explicit.get();
        boolean fits = written.getValue().equals(wanted) || (isNumber(written.getValue()) && isNumber(wanted));
        return fits ? written : Tag.STR;
    }

    private static boolean isNumber(String tag) {
        return tag.equals(Tag.INT.getValue()) || tag.equals(Tag.FLOAT.getValue());
    }

    /** An integer in the smallest node that holds it, as JSON integers are read. */
    private JsonNode integer(String text) {
        int radix = text.startsWith("0x") ? 16 : text.startsWith("0o") ? 8 : 10;
        BigInteger value = new BigInteger(radix == 10 ? text : text.substring(2), radix);
        if (value.bitLength() < 32) {
            return nodes.numberNode(value.intValue());
        }
        if (value.bitLength() < 64) {
            return nodes.numberNode(value.longValue());
        }
        if (value.abs().toString().length() > limits.maxNumberLength()) {
            throw new StreamConstraintsException("Number magnitude exceeds the maximum allowed");
        }
        return nodes.numberNode(value);
    }

    /**
     * The scalar's text, refused when it holds an unpaired surrogate, which only an escape of a double-quoted
     * scalar can write ({@code "\\ud800"}): the text itself is well-formed UTF-8.
     */
    private static String wellFormed(ScalarEvent scalar) {
        String text = scalar.getValue();
        if (scalar.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED && EncodingCheck.hasUnpairedSurrogate(text)) {
            throw new YamlComposer.Refused(Code.INVALID_ENCODING, EncodingCheck.UNPAIRED,
                    scalar.getStartMark().orElse(null));
        }
        return text;
    }

    private static YamlComposer.Refused refused(ScalarEvent scalar, String message) {
        return new YamlComposer.Refused(Code.LIMIT_EXCEEDED, message, scalar.getStartMark().orElse(null));
    }
}
