package io.assistconf.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.format.DateTimeFormat;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The fast validator's date-time check gives networknt's verdict on every string: what it answers itself
 * (the plain form) networknt accepts too. Strings are built field by field, each field in or just out of
 * its range (leap days and leap seconds, fractions of 0 to 12 digits, offsets, lower case), then some are
 * cut or have one character changed.
 */
class PlainDateTimeProperties {

    private static final DateTimeFormat NETWORKNT = new DateTimeFormat();
    private static final PlainDateTime PLAIN = new PlainDateTime();
    private static final String REPLACEMENTS = "0:-T.Z+a9 ";

    @Property(tries = 20_000)
    void answersAsNetworkntDoes(@ForAll long seed) {
        Random random = new Random(seed);
        String value = mutated(random, dateTime(random));
        boolean networknt = NETWORKNT.matches(null, value);
        assertThat(PLAIN.matches(null, value)).as(value).isEqualTo(networknt);
        if (PlainDateTime.isPlain(value)) {
            assertThat(networknt).as("answered without networknt: %s", value).isTrue();
        }
        Statistics.label("answered without networknt").collect(PlainDateTime.isPlain(value));
        Statistics.label("networknt's verdict").collect(networknt);
        Statistics.label("answered without networknt").coverage(coverage -> {
            coverage.check(true).percentage(share -> share >= 5);
            coverage.check(false).percentage(share -> share >= 50);
        });
        Statistics.label("networknt's verdict").coverage(coverage -> coverage.check(true).percentage(share -> share >= 5));
    }

    @Test
    void answersThePlainFormItselfAndLeavesTheRestToNetworknt() {
        assertThat(PlainDateTime.isPlain("2024-02-29T23:59:59Z")).isTrue();
        assertThat(PlainDateTime.isPlain("2023-11-07T05:31:56.123456789+05:30")).isTrue();
        assertThat(PlainDateTime.isPlain("2023-02-29T00:00:00Z")).isFalse();
        assertThat(PlainDateTime.isPlain("2016-12-31T23:59:60Z")).isFalse();
        assertThat(PLAIN.matches(null, "2016-12-31T23:59:60Z")).isEqualTo(NETWORKNT.matches(null,
                "2016-12-31T23:59:60Z"));
        assertThat(PlainDateTime.isPlain("2024-01-01t00:00:00z")).isFalse();
        assertThat(PlainDateTime.isPlain("2024-01-01T00:00:00.Z")).isFalse();
        assertThat(PlainDateTime.isPlain("2024-01-01T00:00:00.1234567890Z")).isFalse();
        assertThat(PlainDateTime.isPlain("x024-01-01T00:00:00Z")).isFalse();
    }

    private static String dateTime(Random random) {
        StringBuilder value = new StringBuilder();
        value.append(pad(pick(random, 0, 1, 2000, 2016, 2023, 2024, 1900, 9999, random.nextInt(10_000)), 4));
        value.append('-').append(pad(random.nextInt(14), 2));
        value.append('-').append(pad(random.nextInt(33), 2));
        value.append(random.nextInt(8) == 0 ? 't' : random.nextInt(20) == 0 ? ' ' : 'T');
        value.append(pad(random.nextInt(26), 2)).append(':').append(pad(random.nextInt(62), 2)).append(':');
        value.append(pad(random.nextInt(10) == 0 ? 60 : random.nextInt(62), 2));
        if (random.nextBoolean()) {
            value.append('.');
            for (int digits = random.nextInt(13); digits > 0; digits--) {
                value.append(random.nextInt(10));
            }
        }
        switch (random.nextInt(5)) {
            case 0 -> value.append('Z');
            case 1 -> value.append('z');
            case 2 -> value.append(random.nextBoolean() ? '+' : '-').append(pad(random.nextInt(26), 2)).append(':')
                    .append(pad(random.nextInt(62), 2));
            case 3 -> value.append(random.nextBoolean() ? "+00:00" : "-00:00");
            default -> { }
        }
        return value.toString();
    }

    private static String mutated(Random random, String value) {
        if (random.nextInt(4) != 0 || value.isEmpty()) {
            return value;
        }
        int at = random.nextInt(value.length());
        return random.nextBoolean() ? value.substring(0, at)
                : value.substring(0, at) + REPLACEMENTS.charAt(random.nextInt(REPLACEMENTS.length()))
                        + value.substring(at + 1);
    }

    private static int pick(Random random, int... values) {
        return values[random.nextInt(values.length)];
    }

    private static String pad(int number, int width) {
        String text = Integer.toString(number);
        return "0".repeat(Math.max(0, width - text.length())) + text;
    }
}
