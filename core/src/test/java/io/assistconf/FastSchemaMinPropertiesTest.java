package io.assistconf;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import io.assistconf.internal.schema.SchemaFiles;
import io.assistconf.internal.validate.ErrorTranslator;
import io.assistconf.internal.validate.FastSchema;
import io.assistconf.internal.validate.SchemaValidator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code minProperties} in the fast validator (CogSol's error body needs a member): the verdict is
 * networknt's, and the failing part, which leaves valid members out, still holds as many members as the
 * count needs, so networknt reports the same errors on it, under any limit of failing values. The schema
 * (three members at least, strings beside an integer {@code id}) is under src/test/resources.
 */
class FastSchemaMinPropertiesTest {

    private static final String ID = SchemaFiles.ID_PREFIX + "fast/min-properties.json";
    private static final SchemaFiles FILES = new SchemaFiles();
    private static final FastSchema FAST = FastSchema.compileOrThrow(FILES, ID);
    private static final ErrorTranslator TRANSLATOR = new ErrorTranslator(FILES);
    private static final Schema NETWORKNT = new SchemaValidator().compile(ID);

    @ParameterizedTest
    @ValueSource(strings = {
        "{}", "{\"a\": \"x\"}", "{\"a\": \"x\", \"b\": \"y\"}", "{\"a\": \"x\", \"b\": \"y\", \"c\": \"z\"}",
        "{\"id\": 1, \"a\": \"x\", \"b\": \"y\"}", "{\"id\": \"1\", \"a\": \"x\", \"b\": \"y\"}",
        "{\"a\": \"x\", \"b\": \"y\", \"c\": 3}", "{\"a\": 1, \"b\": \"y\", \"c\": \"z\", \"d\": 4}",
        "{\"a\": \"x\", \"b\": 2, \"c\": \"z\", \"d\": \"w\", \"e\": 5}", "{\"a\": 1, \"b\": 2}",
        "{\"id\": 1.5, \"a\": true, \"b\": null, \"c\": [], \"d\": {}}",
    })
    void givesNetworkntsVerdictAndErrorsOnTheFailingPart(String json) {
        JsonNode tree = JsonMapper.shared().readTree(json);
        List<String> errors = describe(tree);
        assertThat(FAST.report(tree, TRANSLATOR, 10)).as("fast verdict and report on %s", json)
                .containsExactlyInAnyOrderElementsOf(TRANSLATOR.translate(SchemaValidator.validate(NETWORKNT, tree)));
        if (errors.isEmpty()) {
            return;
        }
        assertThat(describe(FAST.failingPart(tree))).as("networknt on the failing part of %s", json).isEqualTo(errors);
        for (int limit = 1; limit <= errors.size(); limit++) {
            List<String> kept = describe(FAST.failingPart(tree, limit).value());
            assertThat(errors).as("errors of %s kept to %d failing values", json, limit).containsAll(kept);
            assertThat(kept.size()).as("errors of %s kept to %d failing values", json, limit).isGreaterThanOrEqualTo(limit);
        }
    }

    private static List<String> describe(JsonNode tree) {
        return SchemaValidator.validate(NETWORKNT, tree).stream().map(error -> error.getKeyword() + " "
                + error.getInstanceLocation() + " " + error.getSchemaLocation()).toList();
    }
}
