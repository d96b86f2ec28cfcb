package io.assistconf.internal.tree;

import io.assistconf.Limits;
import java.math.BigDecimal;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.node.StringNode;
import tools.jackson.databind.node.ValueNode;

/**
 * Builds the tree's number and string nodes under the {@link Limits}, for the cases the parsers' own
 * constraints miss: a short literal with a huge exponent ({@code 1e999999999}) is refused when it would
 * have more digits written out in full than the number length limit, an integral decimal beyond the 64-bit range ({@code 1e20}) becomes an integer node (so schema
 * checks compare it exactly instead of failing to narrow it), and YAML strings get the length limit
 * that JSON strings get from the parser.
 */
public final class GuardedNodeFactory extends CompactNodeFactory {

    private static final long serialVersionUID = 1L;
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private final int maxNumberLength;
    private final int maxStringLength;

    public GuardedNodeFactory(Limits limits) {
        this.maxNumberLength = limits.maxNumberLength();
        this.maxStringLength = limits.maxStringLength();
    }

    @Override
    public ValueNode numberNode(BigDecimal value) {
        int integerDigits = value.precision() - value.scale();
        if (integerDigits > maxNumberLength || value.scale() > maxNumberLength) {
            throw new StreamConstraintsException("Number magnitude exceeds the maximum allowed");
        }
        boolean integral = value.signum() == 0 || value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0;
        if (integral && (value.compareTo(LONG_MIN) < 0 || value.compareTo(LONG_MAX) > 0)) {
            return super.numberNode(value.toBigIntegerExact());
        }
        return super.numberNode(value);
    }

    @Override
    public StringNode stringNode(String text) {
        if (text != null && text.length() > maxStringLength) {
            throw new StreamConstraintsException("String value length exceeds the maximum allowed");
        }
        return super.stringNode(text);
    }
}
