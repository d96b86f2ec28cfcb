package io.assistconf.internal.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * A text read as an integer (a query value typed, an array index in a path) exactly when it matches the JSON
 * integer grammar as a regular expression, on texts of digits, signs, leading zeros, letters, spaces, dots,
 * exponents and digits of other scripts.
 */
class IntegerTextProperties {

    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
    private static final String[] PIECES = {"-", "0", "1", "7", "9", "00", "12", "+", " ", ".", "e", "a", "٣", "１"};

    @Property(tries = 5_000)
    void readsIntegersAsTheGrammarDoes(@ForAll long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(6); n > 0; n--) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        String candidate = text.toString();
        assertThat(JsonType.isIntegerText(candidate)).as(candidate)
                .isEqualTo(INTEGER.matcher(candidate).matches());
    }
}
