package io.assistconf.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * A query text decoded as the JDK's decoder decodes it, the same text or the same failure, on texts of plain
 * characters, {@code +}, well-formed and malformed percent escapes and characters past ASCII; the decoder
 * is not called for a text it would only copy.
 */
class QueryStringProperties {

    private static final String[] PIECES = {"a", "Z", "0", "-", "_", ".", "~", "+", "%20", "%2B", "%25", "%C3%A9",
        "%", "%2", "%zz", "é", "日", " ", "=", "/"};

    @Property(tries = 3_000)
    void decodesAsTheJdkDecoder(@ForAll long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(12); n > 0; n--) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        String raw = text.toString();
        String expected;
        try {
            expected = URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            assertThatThrownBy(() -> QueryString.decode(raw)).as(raw).isInstanceOf(IllegalArgumentException.class);
            return;
        }
        String decoded = QueryString.decode(raw);
        assertThat(decoded).as(raw).isEqualTo(expected);
        if (raw.indexOf('%') < 0 && raw.indexOf('+') < 0) {
            assertThat(decoded).as(raw).isSameAs(raw);
        }
    }
}
