package io.assistconf.internal.validate;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * How networknt 3 reads numbers, in one place for {@link FastEvaluation}, which must judge them alike, and
 * for {@link SchemaValidator}, which must keep networknt from throwing on them. {@code NetworkntVersionTest}
 * names these rules for a re-check when networknt changes.
 */
final class NetworkntNumbers {

    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private NetworkntNumbers() {
    }

    /**
     * networknt's {@code type} of a number: an integral node, and a finite decimal without a fraction
     * ({@code 1.0}), is an integer and a number; infinity and NaN are neither.
     */
    static boolean hasType(JsonNode number, boolean numberAllowed, boolean integerAllowed) {
        if (number.isIntegralNumber()) {
            return numberAllowed || integerAllowed;
        }
        if (nonFinite(number)) {
            return false;
        }
        return numberAllowed || (integerAllowed && number.canConvertToExactIntegral());
    }

    /** networknt's {@code const} equality of two numbers: by value ({@code 2} equals {@code 2.0}). */
    static boolean equal(JsonNode a, JsonNode b) {
        boolean aNonFinite = nonFinite(a);
        boolean bNonFinite = nonFinite(b);
        if (aNonFinite || bNonFinite) {
            return aNonFinite == bNonFinite && Double.compare(a.doubleValue(), b.doubleValue()) == 0;
        }
        return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }

    /** networknt's {@code uniqueItems} key of a number: its value, trailing zeros aside. */
    static Object byValue(JsonNode number) {
        return nonFinite(number) ? number : number.decimalValue().stripTrailingZeros();
    }

    private static boolean nonFinite(JsonNode node) {
        return node.isFloatingPointNumber() && !node.isBigDecimal() && !node.isBigInteger()
                && !Double.isFinite(node.doubleValue());
    }

    /**
     * The long value networknt compares with an integer field's int or long bound: the fraction truncated,
     * and beyond the 64-bit range the nearest long.
     */
    private static long nearestLong(BigDecimal number) {
        if (number.compareTo(LONG_MIN) < 0) {
            return Long.MIN_VALUE;
        }
        return number.compareTo(LONG_MAX) > 0 ? Long.MAX_VALUE : number.longValue();
    }

    /**
     * A {@code minimum} or {@code maximum} with networknt's comparison: when the schema's value is an int or
     * long and the schema has type integer, a number is compared by its long value (a fraction truncated; an
     * integer beyond the 64-bit range exactly, any other number beyond it as the nearest long); otherwise by
     * its decimal value.
     */
    static final class Bound {
        private final boolean integral;
        private final long longLimit;
        private final BigDecimal decimalLimit;
        /** The double nearest the limit (infinite past the range of doubles). */
        private final double doubleLimit;

        private Bound(boolean integral, long longLimit, BigDecimal decimalLimit) {
            this.integral = integral;
            this.longLimit = longLimit;
            this.decimalLimit = decimalLimit;
            this.doubleLimit = Double.parseDouble(decimalLimit.toString());
        }

        /** The bound {@code limit} in a schema whose {@code type} keyword is {@code type} (or null). */
        static Bound of(JsonNode limit, JsonNode type) {
            boolean integral = hasIntegerType(type) && (limit.isInt() || limit.isLong());
            return new Bound(integral, integral ? limit.asLong() : 0, new BigDecimal(limit.asString()));
        }

        private static boolean hasIntegerType(JsonNode type) {
            if (type == null) {
                return false;
            }
            if (type.isString()) {
                return "integer".equals(type.asString());
            }
            for (JsonNode item : type.values()) {
                if (item.isString() && "integer".equals(item.asString())) {
                    return true;
                }
            }
            return false;
        }

        /** The number compared with the limit: negative below it, positive above it. */
        int compare(JsonNode number) {
            if (integral) {
                if (number.isBigInteger()) {
                    return number.bigIntegerValue().compareTo(BigInteger.valueOf(longLimit));
                }
                return Long.compare(number.canConvertToLong() ? number.asLong() : nearestLong(number.decimalValue()),
                        longLimit);
            }
            if (number.isInt() || number.isLong()) {
                return BigDecimal.valueOf(number.longValue()).compareTo(decimalLimit);
            }
            if (number.isBigDecimal()) {
                return number.decimalValue().compareTo(decimalLimit);
            }
            if (number.isDouble()) {
                // networknt compares the double's decimal text, which rounds to the double. Rounding to the
                // nearest double is monotonic, so a double other than the one nearest the limit is on the same
                // side of the limit as its text; only that one needs the text.
                double value = number.doubleValue();
                if (Double.isFinite(value) && value != doubleLimit) {
                    return value < doubleLimit ? -1 : 1;
                }
            }
            return new BigDecimal(number.asString()).compareTo(decimalLimit);
        }
    }

    /**
     * The tree as networknt can read it: a copy with each decimal beyond the 64-bit range as a
     * {@link SaturatedDecimal} when there is one, else the tree itself.
     */
    static JsonNode readableByNetworknt(JsonNode tree) {
        return hasWideDecimal(tree) ? withSaturatedDecimals(tree) : tree;
    }

    /**
     * Whether the tree holds a decimal beyond the 64-bit range. networknt compares a number with an int or
     * long {@code minimum} or {@code maximum} of an integer field by {@code asLong()} (the fraction
     * truncated), which throws for such a decimal; integral ones are already integer nodes, compared exactly,
     * so these are the ones with a fraction (a type error there, as {@code 1.5} is).
     */
    private static boolean hasWideDecimal(JsonNode node) {
        if (node.isContainer()) {
            for (JsonNode child : node.values()) {
                if (hasWideDecimal(child)) {
                    return true;
                }
            }
            return false;
        }
        return node.isBigDecimal() && !node.canConvertToLong();
    }

    private static JsonNode withSaturatedDecimals(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                copy.set(member.getKey(), withSaturatedDecimals(member.getValue()));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode(node.size());
            for (JsonNode item : node.values()) {
                copy.add(withSaturatedDecimals(item));
            }
            return copy;
        }
        return node.isBigDecimal() && !node.canConvertToLong() ? new SaturatedDecimal(node.decimalValue()) : node;
    }

    /**
     * A decimal beyond the 64-bit range whose long value is the nearest long, so that networknt's integer
     * bounds compare it as they compare {@code 1.5} (by the truncated value) instead of throwing, and as
     * {@link Bound} does. It overrides Jackson's internals {@code inLongRange} and
     * {@code _asLongValueUnchecked}, which {@code asLong()} consults; every other reading (type, decimal
     * value, text, equality) is the decimal's own.
     */
    static final class SaturatedDecimal extends DecimalNode {
        private static final long serialVersionUID = 1L;

        SaturatedDecimal(BigDecimal value) {
            super(value);
        }

        @Override
        public boolean inLongRange() {
            return true;
        }

        @Override
        public long _asLongValueUnchecked() {
            return nearestLong(_value);
        }
    }
}
