package io.assistconf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** At the highest depth Limits allows, every stage and every input form still answers, never throws. */
class DeepPayloadTest {

    private static final AssistConf DEEPEST = AssistConf.builder()
            .limits(Limits.DEFAULTS.withMaxDepth(Limits.MAX_DEPTH)).build();

    /** An object whose metadata-like free member nests arrays down to the given total depth. */
    private static String nestedJson(int depth) {
        int arrays = depth - 1;
        return "{\"name\": \"deep\", \"unknown_member\": " + "[".repeat(arrays) + "]".repeat(arrays) + "}";
    }

    @Test
    void depthIsCappedWhereTheCodeCanFollow() {
        assertThatThrownBy(() -> Limits.DEFAULTS.withMaxDepth(Limits.MAX_DEPTH + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most " + Limits.MAX_DEPTH);
    }

    /** Checks on a thread with a 512 KiB stack, what a servlet container's worker may have. */
    private static Result onSmallStack(Input input) throws InterruptedException {
        Result[] result = new Result[1];
        Thread worker = new Thread(null, () -> result[0] = DEEPEST.check(Variant.FREDDY, Kind.UPDATE, input),
                "small-stack", 512 * 1024);
        worker.start();
        worker.join();
        return result[0];
    }

    @Test
    void jsonAtTheCapIsCheckedAndPrinted() throws InterruptedException {
        Result result = onSmallStack(Input.json(nestedJson(Limits.MAX_DEPTH)));
        assertThat(Checks.codes(result)).containsExactly("unknown_property");
        assertThat(result.canonicalJson()).hasValueSatisfying(json -> assertThat(json).contains("[[[["));
        Result over = DEEPEST.check(Variant.FREDDY, Kind.CREATE, Input.json(nestedJson(Limits.MAX_DEPTH + 1)));
        assertThat(Checks.codes(over)).containsExactly("limit_exceeded");
    }

    @Test
    void yamlAtTheCapIsCheckedAndPrinted() throws InterruptedException {
        int arrays = Limits.MAX_DEPTH - 1;
        String yaml = "name: deep\nunknown_member: " + "[".repeat(arrays) + "]".repeat(arrays) + "\n";
        Result result = onSmallStack(Input.yaml(yaml));
        assertThat(Checks.codes(result)).containsExactly("unknown_property");
        assertThat(result.canonicalJson()).isPresent();
    }

    @Test
    void aMapAtTheCapIsCheckedAndPrinted() throws InterruptedException {
        List<Object> innermost = new ArrayList<>();
        Object member = innermost;
        for (int level = 2; level < Limits.MAX_DEPTH; level++) {
            List<Object> outer = new ArrayList<>();
            outer.add(member);
            member = outer;
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("name", "deep");
        payload.put("unknown_member", member);
        Result result = onSmallStack(Input.of(payload));
        assertThat(Checks.codes(result)).containsExactly("unknown_property");
        assertThat(result.canonicalJson()).isPresent();
    }
}
