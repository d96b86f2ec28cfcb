package io.assistconf;

import static io.assistconf.Checks.codes;
import static io.assistconf.Checks.only;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the real servers behind the seeds accept and fill (shared/seeds/SUPPLEMENT.md, decisions S): each payload
 * is one a real client sends, checked through the public API.
 */
class RealServersTest {

    private static final AssistConf CONF = AssistConf.create();

    private static Result check(Variant variant, Kind kind, String json) {
        return CONF.check(variant, kind, Input.json(json));
    }

    // S1: the real Freddy create body carries organization_id and requires instructions.

    @Test
    void aRealFreddyCreateBodyIsValid() {
        Result result = check(Variant.FREDDY, Kind.CREATE, """
                {"name": "Support Bot", "instructions": "You answer customer questions.",
                 "organization_id": "org_8f2a", "default_model_key": "gpt-4o"}""");
        assertThat(result.violations()).isEmpty();
        assertThat(result.canonical().orElseThrow().path("organization_id").asString()).isEqualTo("org_8f2a");
    }

    @ParameterizedTest
    @ValueSource(strings = {"instructions", "organization_id"})
    void aFreddyCreateBodyNeedsInstructionsAndOrganization(String missing) {
        String json = """
                {"name": "Support Bot", "instructions": "You answer customer questions.", "organization_id": "org_8f2a"}""";
        String without = json.replaceFirst(",?\\s*\"" + missing + "\": \"[^\"]*\"", "").replace("{, ", "{");
        Result result = check(Variant.FREDDY, Kind.CREATE, without);
        assertThat(result.valid()).isFalse();
        assertThat(only(result, "missing_required").pointer()).isEqualTo("/" + missing);
    }

    // S2: the real contract's values, boolean truncation and null in optional fields.

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "create|\"reasoning\": {\"effort\": \"maximum\", \"summary\": \"off\"}",
        "create|\"reasoning\": {\"effort\": \"off\"}",
        "create|\"reasoning\": {\"effort\": \"minimal\"}",
        "create|\"truncation\": true",
        "create|\"truncation\": false",
        "create|\"truncation\": \"disabled\"",
        "update|\"reasoning\": {\"effort\": \"maximum\"}",
        "update|\"truncation\": false",
        "create|\"access_mode\": \"organization\"",
    })
    void freddyAcceptsTheUnionOfTheSeedsAndTheRealContract(String kind, String member) {
        Result result = check(Variant.FREDDY, Kind.byId(kind).orElseThrow(), "{\"name\": \"Support Bot\", "
                + "\"instructions\": \"Be brief.\", " + (kind.equals("create") ? "\"organization_id\": \"org_1\", " : "")
                + member + "}");
        assertThat(result.violations()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"description", "avatar_id", "icon_id", "icon_type", "icon_data", "instructions_thread_id",
        "allowed_model_providers", "system_message", "context_window", "frequency_penalty", "presence_penalty",
        "logit_bias", "seed", "stop_sequences", "max_completion_tokens", "access_departments", "access_users",
        "editable_by_users", "editable_by_roles", "visible_to_roles", "preset_prompts", "metadata", "text_config",
        "tool_configurations", "reasoning", "vector_store_ids", "json_schemas", "rule_ids"})
    void freddyOptionalFieldsAcceptNull(String field) {
        Result create = check(Variant.FREDDY, Kind.CREATE, "{\"name\": \"Support Bot\", \"instructions\": \"Be brief.\","
                + " \"organization_id\": \"org_1\", \"" + field + "\": null}");
        assertThat(create.violations()).as("create with %s null", field).isEmpty();
        assertThat(create.canonical().orElseThrow().get(field).isNull()).isTrue();
        if (!field.equals("json_schemas")) {
            Result update = check(Variant.FREDDY, Kind.UPDATE, "{\"" + field + "\": null}");
            assertThat(update.violations()).as("update with %s null", field).isEmpty();
        }
    }

    @Test
    void valuesNoSourceListsAreStillRefused() {
        Result result = check(Variant.FREDDY, Kind.CREATE, "{\"name\": \"x\", \"instructions\": \"y\","
                + " \"organization_id\": \"org_1\", \"reasoning\": {\"effort\": \"extreme\"}, \"truncation\": 1}");
        assertThat(codes(result)).contains("invalid_value", "invalid_type");
    }

    // S3: CogSol's update is a full PUT.

    @Test
    void aTwoFieldCogsolUpdateMissesTheCreateRequirements() {
        Result result = check(Variant.COGSOL, Kind.UPDATE, "{\"description\": \"Support\", \"temperature\": 0.3}");
        assertThat(result.valid()).isFalse();
        assertThat(result.violations()).filteredOn(v -> v.code().equals("missing_required"))
                .extracting(Violation::pointer).containsExactlyInAnyOrder("/generation_config",
                        "/generation_config_pretools", "/system_prompt");
    }

    @Test
    void aFullCogsolUpdateIsValid() {
        Result result = check(Variant.COGSOL, Kind.UPDATE, """
                {"generation_config": "balanced", "generation_config_pretools": "fast", "description": "Support",
                 "system_prompt": "You answer support questions.", "temperature": 0.3}""");
        assertThat(result.violations()).isEmpty();
    }
}
