package io.assistconf.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.format.Format;
import com.networknt.schema.format.UriFormat;
import com.networknt.schema.format.UriReferenceFormat;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The fast validator's {@code uri} and {@code uri-reference} checks give networknt's verdict on every value,
 * and every value they answer without networknt is one networknt refuses: each character up to U+0180 and a
 * few beyond, put at each place of URIs that use every part (scheme, user, host, IPv6 host, port, path,
 * query, fragment) and of the texts networknt accepts only by its own rule; and random strings of URI parts
 * and odd characters.
 */
class RefusedUriFirstProperties {

    private static final List<Format> NETWORKNT = List.of(new UriFormat(), new UriReferenceFormat());
    private static final String[] URIS = {"https://user:pw@example.com:8080/a/b;c?q=1&r=[2]#frag",
        "http://[::1]:80/x", "mailto:someone@example.com", "urn:isbn:0451450523", "/relative/path?x=y#z",
        "//host/path", "scheme:", "//", "scheme://", "a", "%41%zz", "file:///C:/dir/file.txt", ""};
    private static final String PARTS = "abcZ09:/?#[]@!$&'()*+,;=-._~% \"<>\\^`{|}\u0000\t\n\u007f\u00e9\u2028\ud83d\ude00";

    @Test
    void answersAsNetworkntDoesForEveryCharacterAtEveryPlace() {
        int answeredHere = 0;
        for (String uri : URIS) {
            for (int at = 0; at <= uri.length(); at++) {
                for (int c = 0; c < 0x180; c++) {
                    answeredHere += agree(uri.substring(0, at) + (char) c + uri.substring(at));
                }
                answeredHere += agree(uri.substring(0, at) + "\ud83d\ude00" + uri.substring(at));
                answeredHere += agree(uri.substring(0, at) + "\u2028" + uri.substring(at));
            }
        }
        assertThat(answeredHere).isGreaterThan(10_000);
    }

    @Property(tries = 5_000)
    void answersAsNetworkntDoesForRandomStrings(@ForAll long seed) {
        Random random = new Random(seed);
        StringBuilder value = new StringBuilder(random.nextBoolean() ? URIS[random.nextInt(URIS.length)] : "");
        for (int i = random.nextInt(12); i > 0; i--) {
            int at = random.nextInt(value.length() + 1);
            if (random.nextInt(4) == 0) {
                value.insert(at, URIS[random.nextInt(URIS.length)]);
            } else {
                value.insert(at, PARTS.charAt(random.nextInt(PARTS.length())));
            }
        }
        boolean here = agree(value.toString()) > 0;
        Statistics.label("answered without networknt").collect(here);
        Statistics.label("answered without networknt").coverage(coverage -> {
            coverage.check(true).percentage(share -> share >= 20);
            coverage.check(false).percentage(share -> share >= 20);
        });
    }

    /** Compares both formats' verdicts with networknt's; returns how many were answered without networknt. */
    private static int agree(String value) {
        int answeredHere = 0;
        for (Format networknt : NETWORKNT) {
            boolean expected = networknt.matches(null, value);
            assertThat(new RefusedUriFirst(networknt).matches(null, value)).as("%s %s", networknt.getName(), value)
                    .isEqualTo(expected);
            if (RefusedUriFirst.surelyRefused(value)) {
                assertThat(expected).as("answered without networknt: %s %s", networknt.getName(), value).isFalse();
                answeredHere++;
            }
        }
        return answeredHere;
    }
}
