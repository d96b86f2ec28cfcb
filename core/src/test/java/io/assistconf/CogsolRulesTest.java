package io.assistconf;

import static io.assistconf.Checks.codes;
import static io.assistconf.Checks.only;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The CogSol client's rules (decisions S8): each violated and satisfied, in every assistant kind (an update
 * is the full payload, S3), as a warning that leaves the payload valid, in strict mode too.
 */
class CogsolRulesTest {

    private static final String REQUIRED = """
            "generation_config": "balanced", "generation_config_pretools": "fast", "description": "Support",
             "system_prompt": "You answer support questions.", "temperature": 0.3""";
    private static final String STORED =
            "\"id\": 41, \"created_at\": \"2025-03-01T09:00:00Z\", \"updated_at\": \"2025-03-02T09:00:00Z\"";

    private static Result check(AssistConf assistconf, Kind kind, String members) {
        return assistconf.check(Variant.COGSOL, kind, Input.json("{" + REQUIRED + (kind == Kind.OBJECT ? ", "
                + STORED : "") + ", " + members + "}"));
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"OBJECT", "CREATE", "UPDATE"})
    void matrixModeWithoutTheFaqIsAWarningAtMatrixMode(Kind kind) {
        for (String faq : new String[] {"\"faq_available\": false", "\"lessons_available\": true"}) {
            Result result = check(Checks.STRICT, kind, "\"matrix_mode_available\": true, " + faq);
            assertThat(result.valid()).as("%s with %s", kind, faq).isTrue();
            Violation warning = only(result, "prerequisite_disabled");
            assertThat(warning.severity()).isEqualTo(Severity.WARNING);
            assertThat(warning.pointer()).isEqualTo("/matrix_mode_available");
            assertThat(warning.message()).isEqualTo("matrix_mode_available needs faq_available true");
            assertThat(codes(result)).as("%s with %s", kind, faq).containsExactly("prerequisite_disabled");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"OBJECT", "CREATE", "UPDATE"})
    void matrixModeWithTheFaqOrMatrixModeOffIsQuiet(Kind kind) {
        assertThat(check(Checks.STRICT, kind, "\"matrix_mode_available\": true, \"faq_available\": true").violations())
                .isEmpty();
        assertThat(check(Checks.STRICT, kind, "\"matrix_mode_available\": false, \"faq_available\": false")
                .violations()).isEmpty();
        assertThat(check(Checks.STRICT, kind, "\"faq_available\": false").violations()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not accepted|{'text/csv': {'accepted': false, 'send_to_model': true}}|/attachment_config/text~1csv/send_to_model",
        "accepted left out|{'image/png': {'send_to_model': true}}|/attachment_config/image~1png/send_to_model",
        "second type|{'application/pdf': {'accepted': true, 'send_to_model': true, 'pdf_mode': 'text'},"
                + " 'audio/mpeg': {'accepted': false, 'send_to_model': true}}|/attachment_config/audio~1mpeg/send_to_model",
    }, quoteCharacter = '"')
    void aTypeSentToTheModelButNotAcceptedIsAWarningAtSendToModel(String name, String quoted, String pointer) {
        String config = quoted.replace('\'', '"');
        for (Kind kind : new Kind[] {Kind.OBJECT, Kind.CREATE, Kind.UPDATE}) {
            Result result = check(Checks.STRICT, kind, "\"attachment_config\": " + config);
            assertThat(result.valid()).as("%s: %s", kind, result.violations()).isTrue();
            Violation warning = only(result, "prerequisite_disabled");
            assertThat(warning.pointer()).isEqualTo(pointer);
            assertThat(warning.message()).isEqualTo("send_to_model needs accepted true for attachments of this type");
        }
    }

    @Test
    void attachmentTypesAcceptedOrNotSentAreQuiet() {
        Result result = check(Checks.STRICT, Kind.CREATE, """
                "attachment_config": {"application/pdf": {"accepted": true, "send_to_model": true, "pdf_mode": "image"},
                 "image/png": {"accepted": true, "send_to_model": false}, "text/csv": {"accepted": false,
                 "send_to_model": false}, "audio/mpeg": {"accepted": false}, "video/mp4": {}}""");
        assertThat(result.violations()).isEmpty();
    }

    @Test
    void bothRulesAreReportedTogetherAndLocatedInTheText() {
        Result result = Checks.LENIENT.check(Variant.COGSOL, Kind.UPDATE, Input.json("{" + REQUIRED + ",\n"
                + " \"matrix_mode_available\": true,\n \"attachment_config\": {\"text/csv\": {\"send_to_model\": true}}}"));
        assertThat(result.valid()).isTrue();
        assertThat(result.warnings()).extracting(Violation::pointer)
                .containsExactly("/matrix_mode_available", "/attachment_config/text~1csv/send_to_model");
        assertThat(result.warnings()).extracting(Violation::line).containsExactly(3, 4);
    }

    @Test
    void flagsOfTheWrongTypeAreTheSchemasAndNotTheRules() {
        Result result = check(Checks.LENIENT, Kind.CREATE, """
                "matrix_mode_available": "yes", "attachment_config": {"text/csv": {"send_to_model": 1}}""");
        assertThat(codes(result)).containsExactlyInAnyOrder("invalid_type", "invalid_type");
    }

    /** "must be a list" is the schema's: a list of strings, or null; a single domain is an error. */
    @Test
    void webSearchAllowedDomainsMustBeAList() {
        assertThat(check(Checks.STRICT, Kind.CREATE, "\"web_search_allowed_domains\": [\"docs.example.com\"]")
                .violations()).isEmpty();
        assertThat(check(Checks.STRICT, Kind.CREATE, "\"web_search_allowed_domains\": null").violations()).isEmpty();
        Violation single = only(check(Checks.LENIENT, Kind.CREATE, "\"web_search_allowed_domains\": \"docs.example.com\""),
                "invalid_type");
        assertThat(single.pointer()).isEqualTo("/web_search_allowed_domains");
        assertThat(single.severity()).isEqualTo(Severity.ERROR);
        assertThat(only(check(Checks.LENIENT, Kind.UPDATE, "\"web_search_allowed_domains\": [\"a.example\", 7]"),
                "invalid_type").pointer()).isEqualTo("/web_search_allowed_domains/1");
    }
}
