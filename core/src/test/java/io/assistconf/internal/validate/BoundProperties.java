package io.assistconf.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A decimal bound compares a double as networknt does, by the double's decimal text, also when it answers from
 * the double itself: limits that are doubles exactly and limits that are not, values on the limit, one step
 * beside it, and far from it.
 */
class BoundProperties {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] LIMITS = {"0", "1", "2", "-1", "100", "-100", "0.5", "1.5", "0.1", "-0.1",
        "0.001", "2.0000001", "1e-7", "9007199254740993", "1e300", "-1e-300", "123456789.125"};

    @Property(tries = 20_000)
    void comparesADoubleByItsDecimalText(@ForAll long seed) {
        Random random = new Random(seed);
        String limitText = LIMITS[random.nextInt(LIMITS.length)];
        JsonNode limit = random.nextBoolean() || limitText.contains("e") || limitText.contains(".")
                ? NODES.numberNode(new BigDecimal(limitText)) : NODES.numberNode(Long.parseLong(limitText));
        double value = near(new BigDecimal(limitText).doubleValue(), random);
        int expected = Integer.signum(new BigDecimal(Double.toString(value)).compareTo(new BigDecimal(limitText)));
        NetworkntNumbers.Bound bound = NetworkntNumbers.Bound.of(limit, null);
        assertThat(Integer.signum(bound.compare(NODES.numberNode(value)))).as("%s against %s", value, limitText)
                .isEqualTo(expected);
        Statistics.label("side").collect(expected);
        Statistics.label("side").coverage(coverage -> {
            coverage.check(0).percentage(share -> share >= 5);
            coverage.check(-1).percentage(share -> share >= 20);
            coverage.check(1).percentage(share -> share >= 20);
        });
    }

    /** The limit itself, a step or a few beside it, or a value far from it. */
    private static double near(double limit, Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> limit;
            case 1 -> Math.nextUp(limit);
            case 2 -> Math.nextDown(limit);
            case 3 -> limit + (random.nextGaussian() * Math.ulp(limit) * 8);
            default -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(12) - 4);
        };
    }
}
