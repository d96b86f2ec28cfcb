package io.assistconf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Property names have a limit of their own, far below the string limit. */
class NameLimitTest {

    private static final String LONGEST = "k".repeat(Limits.DEFAULTS.maxNameLength());
    private static final String TOO_LONG = LONGEST + "k";

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
}
