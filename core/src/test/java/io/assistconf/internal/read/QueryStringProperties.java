package io.assistconf.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * A query text decoded as the JDK's decoder decodes it, the same text or the same failure, on texts of plain
 * characters, {@code +}, well-formed and malformed percent escapes and characters past ASCII; the decoder
 * is not called for a text it would only copy. A query split into the parameters its pairs give, each name with
 * its value or, repeated, the list of its values, in order, from the first pairs only.
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

    private static final String[] PAIRS = {"a=1", "a=2", "b=", "b", "limit=10", "a%20b=x+y", "a+b=%7E", "", "c=%C3%A9",
        "a=1"};

    @Property(tries = 2_000)
    void splitsAsEachNameWithItsValues(@ForAll long seed) {
        Random random = new Random(seed);
        List<String> pairs = new ArrayList<>();
        for (int n = random.nextInt(10); n > 0; n--) {
            pairs.add(PAIRS[random.nextInt(PAIRS.length)]);
        }
        int most = 1 + random.nextInt(8);
        String raw = (random.nextBoolean() ? "?" : "") + String.join("&", pairs);

        Map<String, List<String>> given = new LinkedHashMap<>();
        pairs.stream().filter(pair -> !pair.isEmpty()).limit(most).forEach(pair -> {
            String[] parts = pair.split("=", 2);
            given.computeIfAbsent(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), name -> new ArrayList<>())
                    .add(parts.length == 1 ? "" : URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        });
        Map<String, Object> expected = new LinkedHashMap<>();
        given.forEach((name, values) -> expected.put(name, values.size() == 1 ? values.get(0) : values));

        assertThat(QueryString.parse(raw, most)).as(raw).containsExactlyEntriesOf(expected);
    }
}
