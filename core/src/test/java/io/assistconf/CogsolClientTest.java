package io.assistconf;

import static io.assistconf.Checks.only;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Error bodies as the CogSol API returns them (SUPPLEMENT.md, decisions S7), through the public API. */
class CogsolClientTest {

    private static Result check(Kind kind, String json) {
        return Checks.STRICT.check(Variant.COGSOL, kind, Input.json(json));
    }

    @Test
    void aValidationErrorNamesEachFailedFieldWithItsMessages() {
        Result result = check(Kind.ERROR, """
                {"system_prompt": ["This field is required."],
                 "temperature": ["Ensure this value is less than or equal to 2."]}""");
        assertThat(result.violations()).isEmpty();
        assertThat(check(Kind.ERROR, "{\"non_field_errors\": [\"Invalid data. Expected a dictionary, but got list.\"]}")
                .violations()).isEmpty();
        assertThat(check(Kind.ERROR, "{\"detail\": \"Not found.\"}").violations()).isEmpty();
    }

    @Test
    void anErrorBodyNamesAtLeastOneField() {
        Violation empty = only(check(Kind.ERROR, "{}"), "invalid_property_count");
        assertThat(empty.pointer()).isEmpty();
        assertThat(empty.message()).isEqualTo("must have at least 1 properties");
    }

    @Test
    void messagesAreListsOfStringsAndDetailIsOneString() {
        assertThat(only(check(Kind.ERROR, "{\"system_prompt\": \"This field is required.\"}"), "invalid_type")
                .pointer()).isEqualTo("/system_prompt");
        assertThat(only(check(Kind.ERROR, "{\"tools\": [\"Invalid pk.\", 3]}"), "invalid_type").pointer())
                .isEqualTo("/tools/1");
        assertThat(only(check(Kind.ERROR, "{\"detail\": [\"Not found.\"]}"), "invalid_type").pointer())
                .isEqualTo("/detail");
    }

    @Test
    void failedFieldNamesAreKeptAsTheServerWroteThem() {
        Result result = check(Kind.ERROR, "{\"systemPrompt\": [\"required\"], \"nonFieldErrors\": [\"bad\"]}");
        assertThat(result.violations()).isEmpty();
        assertThat(Checks.canonical(result).has("systemPrompt")).isTrue();
        assertThat(Checks.canonical(result).has("non_field_errors")).isTrue();
    }

    @Test
    void anErrorBodyIsDetectedByNonFieldErrorsOnly() {
        Result named = Checks.LENIENT.check(Kind.ERROR, Input.json("{\"non_field_errors\": [\"bad\"]}"));
        assertThat(named.variant()).contains(Variant.COGSOL);
        assertThat(named.violations()).isEmpty();
        Result detail = Checks.LENIENT.check(Kind.ERROR, Input.json("{\"detail\": \"Not found.\"}"));
        assertThat(detail.variant()).isEmpty();
        assertThat(only(detail, "unknown_variant").message()).contains("it could be freddy, cogsol, burki");
        Result notAName = Checks.LENIENT.check(Kind.ERROR, Input.json("{\"$schema\": 5, \"detail\": \"Not found.\"}"));
        assertThat(notAName.variant()).as("$schema is no evidence of a variant").isEmpty();
    }
}
