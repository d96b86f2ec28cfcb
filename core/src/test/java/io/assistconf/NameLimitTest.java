package io.assistconf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Property names have a limit of their own, far below the string limit. */
class NameLimitTest {

    private static final String LONGEST = "k".repeat(Limits.DEFAULTS.maxNameLength());
    private static final String TOO_LONG = LONGEST + "k";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theDefaultNameLimitIsAThousandCharacters() {
        assertThat(Limits.DEFAULTS.maxNameLength()).isEqualTo(1_000);
        assertThat(new Limits(1_000, 3, 20, 10).maxNameLength()).isEqualTo(20);
        assertThat(new Limits(10_000, 3, 5_000, 10).maxNameLength()).isEqualTo(1_000);
    }

    @Test
    void aKeyPastTheLimitIsALimitErrorInEveryForm() {
        Result json = Checks.freddy(Kind.UPDATE, "{\"name\": \"x\", \"" + TOO_LONG + "\": 1}");
        Result yaml = Checks.LENIENT.check(Variant.FREDDY, Kind.UPDATE, Input.yaml("name: x\n" + TOO_LONG + ": 1\n"));
        Result map = Checks.LENIENT.check(Variant.FREDDY, Kind.UPDATE, Input.of(Map.of("name", "x", TOO_LONG, 1)));
        for (Result result : new Result[] {json, yaml, map}) {
            assertThat(Checks.codes(result)).containsExactly("limit_exceeded");
            assertThat(result.violations().get(0).message())
                    .isEqualTo("a property name is longer than the limit of 1000 characters");
        }
    }

    @Test
    void aKeyAtTheLimitIsReadAndAWiderLimitCanBeSet() {
        assertThat(Checks.codes(Checks.freddy(Kind.UPDATE, "{\"name\": \"x\", \"" + LONGEST + "\": 1}")))
                .containsExactly("unknown_property");
        AssistConf wide = AssistConf.builder().limits(Limits.DEFAULTS.withMaxNameLength(5_000)).build();
        assertThat(Checks.codes(wide.check(Variant.FREDDY, Kind.UPDATE,
                Input.json("{\"name\": \"x\", \"" + TOO_LONG + "\": 1}")))).containsExactly("unknown_property");
    }

    @Test
    void theNamesOfADocumentHoldAtMostTheNameCharacterLimitInEveryForm() {
        AssistConf hundred = AssistConf.builder().limits(Limits.DEFAULTS.withMaxNameCharacters(100)).build();
        Map<String, Object> atLimit = new LinkedHashMap<>();
        atLimit.put("name", "x");
        for (int i = 0; i < 8; i++) {
            atLimit.put("unknown_" + i + "xxx", i);
        }
        assertThat(atLimit.keySet().stream().mapToInt(String::length).sum()).isEqualTo(100);
        Map<String, Object> past = new LinkedHashMap<>(atLimit);
        past.put("k", 9);
        for (Map<String, Object> tree : List.of(atLimit, past)) {
            String json = JSON.writeValueAsString(tree);
            String yaml = tree.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue() + "\n")
                    .collect(Collectors.joining());
            List<Result> results = List.of(hundred.check(Variant.FREDDY, Kind.UPDATE, Input.json(json)),
                    hundred.check(Input.json(json)), hundred.check(Variant.FREDDY, Kind.UPDATE, Input.yaml(yaml)),
                    hundred.check(Variant.FREDDY, Kind.UPDATE, Input.of(tree)),
                    hundred.check(Variant.FREDDY, Kind.UPDATE, Input.of(JSON.readTree(json))));
            for (Result result : results) {
                if (tree == atLimit) {
                    assertThat(Checks.codes(result)).doesNotContain("limit_exceeded");
                } else {
                    assertThat(Checks.codes(result)).containsExactly("limit_exceeded");
                    assertThat(result.violations().get(0).message())
                            .isEqualTo("the property names of the document hold more than the limit of 100 characters");
                }
            }
        }
    }

    @Test
    void theDefaultNameCharacterLimitIsAMillion() {
        assertThat(Limits.DEFAULTS.maxNameCharacters()).isEqualTo(1_000_000);
        assertThat(new Limits(1_000, 3, 20, 10).maxNameCharacters()).isEqualTo(1_000_000);
    }
}
