package io.assistconf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** What a caller hands over in an odd state is reported as a problem of the input, never as a defect. */
class CallerInputTest {

    @Test
    void aQueryParameterWithoutValuesIsUnsupported() {
        Map<String, List<String>> nullList = new LinkedHashMap<>();
        nullList.put("limit", null);
        Map<String, List<String>> emptyList = Map.of("limit", List.of());
        for (Map<String, List<String>> parameters : List.of(nullList, emptyList)) {
            Result result = Checks.LENIENT.check(Variant.FREDDY, Kind.LIST_QUERY, Input.query(parameters));
            assertThat(Checks.codes(result)).as(parameters.toString()).containsExactly("unsupported_value");
            assertThat(result.violations().get(0).pointer()).isEqualTo("/limit");
            assertThat(result.violations().get(0).message()).doesNotContain("given 0 times");
        }
    }

    @Test
    void aNullQueryValueIsUnsupported() {
        List<String> values = new ArrayList<>(Collections.singletonList(null));
        Result result = Checks.LENIENT.check(Variant.FREDDY, Kind.LIST_QUERY, Input.query(Map.of("limit", values)));
        assertThat(Checks.codes(result)).doesNotContain("internal_error");
    }

    @Test
    void aStreamFailingWithAnUncheckedIoExceptionIsUnreadable() {
        InputStream failing = new InputStream() {
            @Override
            public int read() {
                throw new UncheckedIOException(new java.io.IOException("disk gone"));
            }
        };
        Result result = Checks.LENIENT.check(Variant.FREDDY, Kind.CREATE, Input.of(failing, TextFormat.JSON));
        assertThat(Checks.codes(result)).containsExactly("unreadable_input");
        assertThat(result.violations().get(0).message()).doesNotContain("disk gone");
    }

    @Test
    void aNodeHoldingAJavaObjectIsUnsupportedNotNull() {
        ObjectNode tree = JsonNodeFactory.instance.objectNode().put("name", "a");
        tree.putPOJO("instructions", new Object());
        Result result = Checks.LENIENT.check(Variant.FREDDY, Kind.CREATE, Input.of(tree));
        assertThat(Checks.codes(result)).containsExactly("unsupported_value");
        assertThat(result.violations().get(0).pointer()).isEqualTo("/instructions");
        assertThat(result.violations().get(0).message()).doesNotContain("null");
    }
}
