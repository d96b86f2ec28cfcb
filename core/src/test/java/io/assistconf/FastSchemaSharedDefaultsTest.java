package io.assistconf;

import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.internal.schema.SchemaFiles;
import io.assistconf.internal.validate.ErrorTranslator;
import io.assistconf.internal.validate.FastSchema;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A value that is a schema's own scalar default (the very node the normalizer fills) is remembered by that
 * schema once judged valid, and judged again at each check while it is not: the shortcut must give the verdict
 * and the report of judging it. The schema under src/test/resources has a default inside its bounds and two
 * outside them (a test fixture: the shipped schemas' defaults all hold, which their self-checks prove).
 */
class FastSchemaSharedDefaultsTest {

    private static final String ID = SchemaFiles.ID_PREFIX + "fast/scalar-defaults.json";
    private static final SchemaFiles FILES = new SchemaFiles();
    private static final FastSchema FAST = FastSchema.compileOrThrow(FILES, ID);
    private static final ErrorTranslator TRANSLATOR = new ErrorTranslator(FILES);

    /** Repeated: the second and later checks find what the first remembered. */
    @RepeatedTest(3)
    void aSchemasOwnDefaultIsJudgedAsAnyValue() {
        ObjectNode kept = payloadOfDefaults("kept");
        assertThat(FAST.report(kept, TRANSLATOR, 10)).isEmpty();

        for (String name : List.of("outside", "mode")) {
            ObjectNode outside = payloadOfDefaults(name);
            assertThat(FAST.report(outside, TRANSLATOR, 10)).as(name).extracting(Violation::pointer)
                    .containsExactly("/" + name);
        }
    }

    /** An object whose member {@code name} is that property's default node itself. */
    private static ObjectNode payloadOfDefaults(String name) {
        JsonNode value = FILES.document(ID).get("properties").get(name).get("default");
        ObjectNode payload = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        payload.set(name, value);
        return payload;
    }
}
