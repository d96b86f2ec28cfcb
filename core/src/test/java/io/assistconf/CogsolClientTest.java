package io.assistconf;

import static io.assistconf.Checks.codes;
import static io.assistconf.Checks.only;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Payloads as the CogSol client sends them and error bodies as the CogSol API returns them (SUPPLEMENT.md,
 * decisions S3, S7, S8), through the public API.
 */
class CogsolClientTest {

    /** A full PUT body as the client builds it: every field it writes, the optional ones it leaves unset as null. */
    private static final String FULL_BODY = """
            {"generation_config": "balanced", "generation_config_pretools": "fast",
             "description": "Answers questions about the product catalogue",
             "system_prompt": "You are the catalogue assistant. Answer from the FAQ first.", "temperature": 0.4,
             "max_responses": 3, "max_msg_length": 2000, "initial_message": "Hello! What are you looking for?",
             "end_message": "This conversation has ended.", "add_to_user_message": null,
             "max_consecutive_tool_calls": 5, "matrix_mode_available": true,
             "not_info_message": "I could not find that in the catalogue.",
             "strategy_to_optimize_tokens": "skip_all_content", "faq_available": true, "fixed_available": false,
             "lessons_available": true, "realtime_available": false, "info": null,
             "colors": {"nameColor": "#1F2937", "primaryColor": "#2563EB", "secondaryColor": "#F3F4F6",
                        "borderColor": "#D1D5DB"},
             "logo": "https://cdn.example.com/catalogue/logo.png", "streaming_available": true, "tools": [12, 15],
             "pretools": [], "messages_window_to_generator": 6, "async_available": false, "reasoning_enabled": true,
             "reasoning_effort": "medium", "reasoning_summary": "auto", "web_search_enabled": true,
             "web_search_mode": "deep_research", "web_search_allowed_domains": ["catalogue.example.com"],
             "web_search_location": {"country": "UY", "city": "Montevideo", "region": "Montevideo",
                                     "timezone": "America/Montevideo"},
             "attachment_config": {
               "application/pdf": {"accepted": true, "send_to_model": true, "pdf_mode": "text"},
               "image/jpeg": {"accepted": true, "send_to_model": true},
               "text/csv": {"accepted": true, "send_to_model": false}}}""";

    private static Result check(Kind kind, String json) {
        return Checks.STRICT.check(Variant.COGSOL, kind, Input.json(json));
    }

    @Test
    void theClientsFullPutAndCreateBodiesPassAStrictCheckUnchanged() {
        for (Kind kind : new Kind[] {Kind.UPDATE, Kind.CREATE}) {
            Result result = check(kind, FULL_BODY);
            assertThat(result.violations()).as("%s", kind).isEmpty();
            assertThat(result.changes()).as("%s", kind).isEmpty();
            assertThat(Checks.canonical(result).at("/attachment_config/application~1pdf/pdf_mode").asString())
                    .isEqualTo("text");
            assertThat(Checks.canonical(result).at("/colors/nameColor").asString()).isEqualTo("#1F2937");
        }
    }

    @Test
    void theClientsFullPutMissesNoCreateRequirement() {
        String withoutPrompt = FULL_BODY.replace(
                "\"system_prompt\": \"You are the catalogue assistant. Answer from the FAQ first.\", ", "");
        assertThat(only(check(Kind.UPDATE, withoutPrompt), "missing_required").pointer()).isEqualTo("/system_prompt");
    }

    @Test
    void attachmentConfigIsAMapOfMimeTypesWithAPdfMode() {
        String images = FULL_BODY.replace("\"pdf_mode\": \"text\"", "\"pdf_mode\": \"image\"");
        assertThat(check(Kind.UPDATE, images).violations()).isEmpty();
        Violation mode = only(check(Kind.UPDATE, FULL_BODY.replace("\"pdf_mode\": \"text\"", "\"pdf_mode\": \"ocr\"")),
                "invalid_value");
        assertThat(mode.pointer()).isEqualTo("/attachment_config/application~1pdf/pdf_mode");
        assertThat(mode.message()).isEqualTo("must be one of: text, image");
        Violation entry = only(check(Kind.UPDATE, FULL_BODY.replace("\"image/jpeg\": {\"accepted\": true, "
                + "\"send_to_model\": true}", "\"image/jpeg\": true")), "invalid_type");
        assertThat(entry.pointer()).isEqualTo("/attachment_config/image~1jpeg");
    }

    /** The client's three values and no warning for them; the seed's "string" and null still valid (S8). */
    @ParameterizedTest
    @ValueSource(strings = {"\"no_optimization\"", "\"description_only\"", "\"skip_all_content\""})
    void theClientsTokenStrategiesAreAcceptedQuietly(String strategy) {
        assertThat(check(Kind.UPDATE, FULL_BODY.replace("\"skip_all_content\"", strategy)).violations()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"string\"", "\"summarize_history\"", "null"})
    void otherTokenStrategiesStayValid(String strategy) {
        Result result = check(Kind.UPDATE, FULL_BODY.replace("\"skip_all_content\"", strategy));
        assertThat(result.errors()).isEmpty();
        assertThat(Checks.canonical(result).get("strategy_to_optimize_tokens").toString()).isEqualTo(strategy);
    }

    @Test
    void anEmptyOrNonStringTokenStrategyIsOneError() {
        Violation empty = only(check(Kind.UPDATE, FULL_BODY.replace("\"skip_all_content\"", "\"\"")), "invalid_length");
        assertThat(empty.pointer()).isEqualTo("/strategy_to_optimize_tokens");
        Result number = check(Kind.UPDATE, FULL_BODY.replace("\"skip_all_content\"", "2"));
        assertThat(codes(number)).containsExactly("invalid_type");
        assertThat(number.violations().get(0).message()).isEqualTo("must be one of: string, null, found integer");
    }

    // S7: the error bodies of the CogSol API.

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
