package io.assistconf.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The order of files, compared without splitting paths, is the order name by name. */
class LintTargetOrderTest {

    @Test
    void sortsNameByName() {
        assertThat(order("x/a.json", "x-y/a.json")).isNegative();
        assertThat(order("a/b", "a")).isPositive();
        assertThat(order("a/", "a")).isPositive();
        assertThat(order("a", "a")).isZero();
    }

    @Test
    void agreesWithComparingTheSplitNamesOnRandomPaths() {
        Random random = new Random(12);
        char[] alphabet = {'a', 'b', '-', '.', '/', '\u0000', '\u00e9', ' '};
        for (int n = 0; n < 20_000; n++) {
            String a = path(random, alphabet);
            String b = random.nextInt(4) == 0 ? a + path(random, alphabet) : path(random, alphabet);
            assertThat(Integer.signum(order(a, b))).as("%s vs %s", a, b).isEqualTo(Integer.signum(bySplitNames(a, b)));
        }
    }

    private static int order(String a, String b) {
        return LintTarget.ORDER.compare(LintTarget.stdin(a), LintTarget.stdin(b));
    }

    private static String path(Random random, char[] alphabet) {
        StringBuilder path = new StringBuilder();
        for (int i = random.nextInt(7); i > 0; i--) {
            path.append(alphabet[random.nextInt(alphabet.length)]);
        }
        return path.toString();
    }

    /** The order as defined: the names between slashes compared one by one, a shorter list first. */
    private static int bySplitNames(String a, String b) {
        List<String> x = Arrays.asList(a.split("/", -1));
        List<String> y = Arrays.asList(b.split("/", -1));
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            int order = x.get(i).compareTo(y.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(x.size(), y.size());
    }
}
