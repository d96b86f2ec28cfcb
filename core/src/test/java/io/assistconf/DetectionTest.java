package io.assistconf;

import static io.assistconf.Checks.only;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DetectionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "freddy snake|{\"name\":\"x\",\"tool_configurations\":{}}|create|FREDDY",
        "freddy camel|{\"name\":\"x\",\"defaultModelKey\":\"gpt-4o\"}|create|FREDDY",
        "freddy list response|{\"assistants\":[],\"total\":0}|list-response|FREDDY",
        "freddy error|{\"error\":{\"code\":\"x\",\"message\":\"m\"}}|error|FREDDY",
        "cogsol snake|{\"generation_config\":\"g\",\"system_prompt\":\"p\"}|create|COGSOL",
        "cogsol camel|{\"generationConfigPretools\":\"g\",\"description\":\"d\"}|create|COGSOL",
        "burki snake|{\"name\":\"x\",\"tts_settings\":{}}|create|BURKI",
        "burki camel|{\"name\":\"x\",\"llmProviderConfig\":{}}|update|BURKI",
        "burki list response|[{\"name\":\"x\"}]|list-response|BURKI",
        "burki query|{\"skip\":\"0\"}|list-query|BURKI",
    })
    void detectsTheVariantFromDistinctiveKeys(String name, String json, String kind, Variant expected) {
        Result result = Checks.LENIENT.check(Kind.byId(kind).orElseThrow(), Input.json(json));
        assertThat(result.variant()).contains(expected);
        assertThat(result.kind().id()).isEqualTo(kind);
    }

    @Test
    void schemaKeyNamesVariantAndKind() {
        Result result = Checks.LENIENT.check(Input.json(
                "{\"$schema\": \"https://assistconf.io/schemas/burki/update.json\", \"name\": \"x\"}"));
        assertThat(result.variant()).contains(Variant.BURKI);
        assertThat(result.kind()).isEqualTo(Kind.UPDATE);
        assertThat(result.violations()).isEmpty();
        assertThat(result.canonicalJson().orElseThrow()).contains("$schema");
    }

    @Test
    void aSchemaKeyOfAnotherVariantThanTheOneGivenIsAWarning() {
        Result result = Checks.LENIENT.check(Variant.FREDDY, Kind.CREATE, Input.yaml(
                "name: x\n$schema: https://assistconf.io/schemas/burki/create.json\ninstructions: i\n"
                        + "organization_id: org_1\n"));
        assertThat(result.valid()).isTrue();
        Violation mismatch = only(result, "schema_mismatch");
        assertThat(mismatch.severity()).isEqualTo(Severity.WARNING);
        assertThat(mismatch.pointer()).isEqualTo("/$schema");
        assertThat(mismatch.line()).isEqualTo(2);
        assertThat(mismatch.message())
                .isEqualTo("$schema names the burki create schema, but the document is checked as freddy create");
    }

    @Test
    void aSchemaKeyOfAnotherKindThanTheOneGivenIsAWarning() {
        String json = "{\"$schema\": \"https://assistconf.io/schemas/burki/update.json\", \"name\": \"x\"}";
        Result detected = Checks.LENIENT.check(Kind.CREATE, Input.json(json));
        assertThat(detected.variant()).contains(Variant.BURKI);
        assertThat(only(detected, "schema_mismatch").message())
                .isEqualTo("$schema names the burki update schema, but the document is checked as burki create");
        Result given = Checks.LENIENT.check(Variant.BURKI, Kind.CREATE, Input.json(json));
        assertThat(Checks.codes(given)).containsExactly("schema_mismatch");
    }

    @Test
    void aSchemaKeyThatAgreesOrNamesNoSchemaOfAssistconfIsNotReported() {
        assertThat(Checks.LENIENT.check(Variant.BURKI, Kind.UPDATE, Input.json(
                "{\"$schema\": \"https://assistconf.io/schemas/burki/update.json\", \"name\": \"x\"}")).violations())
                .isEmpty();
        assertThat(Checks.LENIENT.check(Variant.BURKI, Kind.UPDATE, Input.json(
                "{\"$schema\": \"https://example.org/x.json\", \"name\": \"x\"}")).violations()).isEmpty();
    }

    @Test
    void aSchemaKeyNamingNoSchemaOfAssistconfIsNoEvidence() {
        Result detected = Checks.LENIENT.check(Input.json(
                "{\"$schema\": \"./schemas/mine.json\", \"name\": \"x\", \"tts_settings\": {}}"));
        assertThat(result(detected)).isEqualTo("burki by CONTENT, create by CONTENT");
        Violation alone = only(Checks.LENIENT.check(Input.json("{\"$schema\": \"https://example.org/x.json\"}")),
                "unknown_variant");
        assertThat(alone.message()).isEqualTo("no key tells the variant of this object apart; it could be freddy,"
                + " cogsol, burki: give the variant, or a $schema key");
    }

    private static String result(Result result) {
        return result.variant().map(Variant::id).orElse("?") + " by " + result.variantDecidedBy().orElse(null) + ", "
                + result.kind().id() + " by " + result.kindDecidedBy();
    }

    @Test
    void sharedKeysOnlyAreUnknownAndNameTheCandidates() {
        Result result = Checks.LENIENT.check(Kind.CREATE, Input.json("{\"name\": \"x\", \"description\": \"d\"}"));
        assertThat(result.variant()).isEmpty();
        assertThat(only(result, "unknown_variant").message()).isEqualTo("no key tells the variant of this create "
                + "apart; it could be freddy, cogsol, burki: give the variant, or a $schema key");
    }

    @Test
    void keysOfSeveralVariantsAreAmbiguousAndSayWhy() {
        Result result = Checks.LENIENT.check(Kind.CREATE, Input.json(
                "{\"name\": \"x\", \"toolConfigurations\": {}, \"system_prompt\": \"p\", \"tts_settings\": {}}"));
        assertThat(only(result, "ambiguous_variant").message()).isEqualTo("the keys point to more than one variant: "
                + "freddy (toolConfigurations); cogsol (system_prompt); burki (tts_settings); give the variant, or a "
                + "$schema key");
    }

    @Test
    void aKindNoCandidateHasIsAnError() {
        Result result = Checks.LENIENT.check(Kind.ERROR, Input.json("[{\"name\": \"x\"}]"));
        assertThat(only(result, "unknown_variant").message()).isEqualTo("no variant has a 'error' document whose root is of type array");
    }
}
