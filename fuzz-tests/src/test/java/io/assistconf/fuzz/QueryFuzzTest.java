package io.assistconf.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.assistconf.Input;
import io.assistconf.Kind;
import io.assistconf.Result;
import io.assistconf.Variant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;

/**
 * {@code Input.query} on arbitrary strings, for each variant with a list query and with the variant detected.
 * The last byte selects the variant; the bytes before it, read as UTF-8, are the query string.
 */
class QueryFuzzTest {

    private static final List<Variant> VARIANTS = Arrays.stream(Variant.values())
            .filter(variant -> Invariants.ASSISTCONF.kinds(variant).contains(Kind.LIST_QUERY)).toList();
    private static final Timing TIMING = new Timing("query");

    @FuzzTest
    void query(byte[] data) {
        if (data.length == 0) {
            return;
        }
        int selector = (data[data.length - 1] & 0xff) % (VARIANTS.size() + 1);
        Variant variant = selector < VARIANTS.size() ? VARIANTS.get(selector) : null;
        String query = new String(data, 0, data.length - 1, StandardCharsets.UTF_8);
        String shown = variant + " ?" + query;
        Result result = TIMING.bounded(data.length, () -> shown, () -> variant == null
                ? Invariants.ASSISTCONF.check(Kind.LIST_QUERY, Input.query(query))
                : Invariants.ASSISTCONF.check(variant, Kind.LIST_QUERY, Input.query(query)));
        Invariants.sane(result, List.of(), shown);
        Invariants.idempotent(result, shown);
    }

    @AfterAll
    static void report() throws IOException {
        TIMING.report();
    }
}
