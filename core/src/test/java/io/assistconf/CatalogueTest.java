package io.assistconf;

import static io.assistconf.Checks.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    private static final Catalogue SERVICE = Catalogue.builder()
            .add("model", "gpt-4o", "openai")
            .add("model", "claude-3-5-sonnet", "anthropic")
            .add("model_provider", List.of("openai", "anthropic", "aitronos"))
            .add("vector_store", List.of("vs_abc123", "vs_def456"))
            .build();
    private static final AssistConf WITH_CATALOGUE = AssistConf.builder().catalogue(SERVICE).build();

    private static Result create(AssistConf assistconf, String json) {
        return assistconf.check(Variant.FREDDY, Kind.CREATE, Input.json(json));
    }

    @Test
    void withoutACatalogueOnlyTheFormIsChecked() {
        Result result = create(Checks.LENIENT, "{\"name\": \"x\", \"instructions\": \"i\", \"organization_id\": \"org_1\", \"default_model_key\": \"gpt-4p\"}");
        assertThat(result.violations()).isEmpty();
        assertThat(create(Checks.LENIENT, "{\"name\": \"x\", \"instructions\": \"i\", \"organization_id\": \"org_1\", \"default_model_key\": \"\"}").valid()).isFalse();
    }

    @Test
    void unknownModelIsAnErrorWithASuggestion() {
        Violation violation = only(create(WITH_CATALOGUE, "{\"name\": \"x\", \"instructions\": \"i\", \"organization_id\": \"org_1\", \"defaultModelKey\": \"gpt-4p\"}"),
                "unknown_reference");
        assertThat(violation.pointer()).isEqualTo("/default_model_key");
        assertThat(violation.path()).isEqualTo("/defaultModelKey");
        assertThat(violation.message()).isEqualTo("'gpt-4p' is not a known model; did you mean 'gpt-4o'?");
    }

    @Test
    void unknownArrayEntryIsLocatedAtTheEntry() {
        Violation violation = only(create(WITH_CATALOGUE,
                "{\"name\": \"x\", \"instructions\": \"i\", \"organization_id\": \"org_1\", \"vector_store_ids\": [\"vs_abc123\", \"vs_zzz\"]}"), "unknown_reference");
        assertThat(violation.pointer()).isEqualTo("/vector_store_ids/1");
        assertThat(violation.message()).isEqualTo("'vs_zzz' is not a known vector store");
    }

    @Test
    void aModelsProviderMustBeAllowed() {
        Result result = create(WITH_CATALOGUE, """
                {"name": "x", "instructions": "i", "organization_id": "org_1", "default_model_key": "claude-3-5-sonnet", "allowed_model_providers": ["openai"]}""");
        Violation violation = only(result, "model_provider_not_allowed");
        assertThat(violation.pointer()).isEqualTo("/default_model_key");
        assertThat(violation.message()).contains("'anthropic'");
        assertThat(create(WITH_CATALOGUE, """
                {"name": "x", "instructions": "i", "organization_id": "org_1", "default_model_key": "claude-3-5-sonnet", "allowed_model_providers": ["anthropic"]}""")
                .violations()).isEmpty();
    }

    @Test
    void referencesWithoutListedValuesAreNotChecked() {
        Result result = create(WITH_CATALOGUE, "{\"name\": \"x\", \"instructions\": \"i\", \"organization_id\": \"org_1\", \"rule_ids\": [\"rule_anything\"]}");
        assertThat(result.violations()).isEmpty();
    }
}
