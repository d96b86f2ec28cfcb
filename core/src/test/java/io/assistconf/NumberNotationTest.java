package io.assistconf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Numbers keep their value and precision in the canonical JSON; their notation is Jackson's (decision L1). */
class NumberNotationTest {

    private static String temperature(String written) {
        Result result = Checks.freddy(Kind.CREATE, "{\"name\": \"n\", \"temperature\": " + written + "}");
        return Checks.canonical(result).get("temperature").toString();
    }

    @Test
    void precisionIsKept() {
        assertThat(temperature("1.0")).isEqualTo("1.0");
        assertThat(temperature("1.50")).isEqualTo("1.50");
    }

    @Test
    void notationIsOneForEachValue() {
        assertThat(temperature("1e0")).isEqualTo("1");
        assertThat(temperature("-0")).isEqualTo("0");
        assertThat(Checks.canonical(Checks.freddy(Kind.CREATE, "{\"name\": \"n\", \"max_tool_calls\": 1e2}"))
                .get("max_tool_calls").toString()).isEqualTo("1E+2");
    }
}
