package io.assistconf;

import static io.assistconf.Checks.only;
import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.internal.check.CompiledSchemas;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Without a kind, a document is a stored object when it carries a field the server assigns to every
 * stored object (derived from the schemas), else a create body; the result says what decided the variant
 * and the kind. A document that is no assistant configuration says so, apart from an undetectable one.
 */
class KindDetectionTest {

    private static String decided(Result result) {
        return result.variant().map(Variant::id).orElse("?") + " by " + result.variantDecidedBy().orElse(null) + ", "
                + result.kind().id() + " by " + result.kindDecidedBy();
    }

    @Test
    void theFieldsOfAStoredObjectComeFromTheSchemas() {
        var detector = CompiledSchemas.get().detector();
        assertThat(detector.storedFields(Variant.FREDDY)).containsExactly("created_at", "created_by", "id",
                "updated_at");
        assertThat(detector.storedFields(Variant.COGSOL)).containsExactly("created_at", "id", "updated_at");
        assertThat(detector.storedFields(Variant.BURKI)).containsExactly("created_at", "id", "updated_at");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a Freddy create body|{\"name\":\"x\",\"instructions\":\"i\",\"organization_id\":\"o\",\"tool_configurations\":{}}|freddy by CONTENT, create by CONTENT",
        "a stored Freddy object, camelCase|{\"createdAt\":1,\"name\":\"x\",\"tool_configurations\":{}}|freddy by CONTENT, object by CONTENT",
        "a CogSol create body|{\"system_prompt\":\"p\"}|cogsol by CONTENT, create by CONTENT",
        "a stored CogSol object|{\"id\":1,\"system_prompt\":\"p\"}|cogsol by CONTENT, object by CONTENT",
        "a Burki create body with a field create refuses but objects do not require|{\"name\":\"x\",\"tts_settings\":{},\"user_id\":1}|burki by CONTENT, create by CONTENT",
        "a stored Burki object|{\"updated_at\":\"2024-01-01T00:00:00Z\",\"tts_settings\":{}}|burki by CONTENT, object by CONTENT",
        "a $schema naming variant and kind|{\"$schema\":\"https://assistconf.io/schemas/burki/update.json\",\"id\":1}|burki by SCHEMA_KEY, update by SCHEMA_KEY",
        "an undetectable variant|{\"name\":\"x\"}|? by null, object by DEFAULT",
    })
    void theResultSaysWhatDecidedVariantAndKind(String name, String json, String expected) {
        assertThat(decided(Checks.LENIENT.check(Input.json(json)))).isEqualTo(expected);
    }

    @Test
    void whatTheCallerGivesIsGiven() {
        String stored = "{\"id\":1,\"tts_settings\":{}}";
        assertThat(decided(Checks.LENIENT.check(Kind.UPDATE, Input.json(stored))))
                .isEqualTo("burki by CONTENT, update by GIVEN");
        assertThat(decided(Checks.LENIENT.check(Variant.BURKI, Kind.CREATE, Input.json(stored))))
                .isEqualTo("burki by GIVEN, create by GIVEN");
        assertThat(decided(Checks.LENIENT.checkDocuments(Variant.BURKI, null, Input.json(stored)).get(0)))
                .isEqualTo("burki by GIVEN, object by CONTENT");
        assertThat(decided(Checks.LENIENT.checkDocuments(Variant.FREDDY, null, Input.json(
                "{\"$schema\":\"https://assistconf.io/schemas/freddy/update.json\",\"name\":\"x\"}")).get(0)))
                .isEqualTo("freddy by GIVEN, update by SCHEMA_KEY");
        assertThat(decided(Checks.LENIENT.check(Variant.BURKI, Kind.CREATE, Input.json("{\"name\": ")))).isEqualTo(
                "burki by GIVEN, create by GIVEN");
        assertThat(decided(Checks.LENIENT.check(Input.json("{\"name\": ")))).isEqualTo("? by null, object by DEFAULT");
    }

    @Test
    void aCreateBodyIsNoLongerCheckedAsAStoredObject() {
        Result result = Checks.LENIENT.check(Input.yaml("name: Front desk\ntts_settings:\n  stability: 0.4\n"));
        assertThat(result.kind()).isEqualTo(Kind.CREATE);
        assertThat(result.violations()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "package.json|{\"name\":\"repo\",\"version\":\"1.0.0\",\"description\":\"d\",\"scripts\":{},\"devDependencies\":{}}|only 2 of its 5 top-level keys are fields of an assistant schema, and none tells a variant apart",
        "tsconfig.json|{\"$schema\":\"https://json.schemastore.org/tsconfig\",\"compilerOptions\":{},\"include\":[]}|none of its 2 top-level keys is a field of any assistant schema",
        "a compose file|{\"services\":{\"web\":{}},\"volumes\":{}}|none of its 2 top-level keys is a field of any assistant schema",
        "a workflow|{\"name\":\"ci\",\"on\":[\"push\"],\"jobs\":{}}|only 1 of its 3 top-level keys is a field of an assistant schema, and none tells a variant apart",
        "a list of assistants of no known field|[{\"title\":\"a\"},{\"name\":\"b\",\"kind\":\"c\"}]|only 1 of its 3 top-level keys is a field of an assistant schema, and none tells a variant apart",
        "a scalar|42|its top-level value is of type integer",
    })
    void aDocumentThatIsNoAssistantConfigurationSaysSo(String name, String json, String reason) {
        Result result = Checks.LENIENT.check(Input.json(json));
        Violation violation = only(result, "not_assistant_config");
        assertThat(result.violations()).hasSize(1);
        assertThat(violation.message()).isEqualTo("not an assistant configuration: " + reason
                + "; give the variant to check it as one");
        assertThat(List.of(violation.line(), violation.column())).containsExactly(1, 1);
        assertThat(result.variant()).isEmpty();
    }

    @Test
    void aDocumentWithAsManyAssistantKeysAsOthersButNoDistinctiveOneIsUndetectable() {
        for (String json : List.of("{\"name\":\"x\"}", "{\"name\":\"x\",\"version\":\"1\"}", "{}", "[]",
                "[\"gpt-4o\"]")) {
            Result result = Checks.LENIENT.check(Input.json(json));
            assertThat(Checks.codes(result)).as(json).containsExactly("unknown_variant");
        }
    }

    @Test
    void aSecretInAnUnknownKeyIsNeverShown() {
        Result result = Checks.LENIENT.check(Input.yaml("authorization:sk-live-SECRET: 1\nother: 2\n"));
        assertThat(Checks.codes(result)).containsExactly("not_assistant_config");
        assertThat(result.violations().toString()).doesNotContain("SECRET");
    }
}
