package io.assistconf.gateway;

import static io.assistconf.gateway.Answers.bytes;
import static io.assistconf.gateway.Answers.forwarded;
import static io.assistconf.gateway.Answers.rejected;
import static io.assistconf.gateway.Answers.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.Severity;
import io.assistconf.Variant;
import io.assistconf.Violation;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Report-only forwards every request as it came and logs what enforcing would reject; no response and no
 * log line shows a secret. System.Logger goes to java.util.logging here, as it does without a provider.
 */
class ReportOnlyTest {

    private static final String SECRET = "sk-live-0123456789";
    private static final String BURKI_BAD = "{\"name\": 5, \"openai_api_key\": \"" + SECRET + "\", \"llm_provider_config\":"
            + " {\"api_key\": \"" + SECRET + "\"}, \"Authorization: " + SECRET + "\": 1}";

    private final Logger logger = Logger.getLogger("io.assistconf.gateway");
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            lines.add(record.getLevel() + " " + formatter.formatMessage(record));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level before;

    @BeforeEach
    void capture() {
        before = logger.getLevel();
        logger.setLevel(Level.ALL);
        logger.addHandler(capture);
    }

    @AfterEach
    void release() {
        logger.removeHandler(capture);
        logger.setLevel(before);
    }

    @Test
    void anInvalidBodyGoesOnUntouchedAndItsErrorsAreLogged() {
        RequestChecker checker = RequestChecker.builder().mode(Mode.REPORT_ONLY).build();
        Decision.Forward forward = forwarded(checker.check(Request.builder("POST", "/api/v1/assistants")
                .contentType("application/json").query("x=1").body(bytes(BURKI_BAD))
                .headers(name -> "trace-9").build()));
        assertThat(text(forward.body())).isEqualTo(BURKI_BAD);
        assertThat(forward.rawQuery()).isEqualTo("x=1");
        assertThat(forward.violations()).extracting(Violation::severity).contains(Severity.ERROR);
        assertThat(lines).singleElement().satisfies(line -> assertThat(line)
                .startsWith("WARNING trace-9 POST /api/v1/assistants: forwarded as it came (report-only; enforcing"
                        + " would answer 422): error invalid_type at '/name' 1:2 must be string, found integer")
                .doesNotContain(SECRET));
    }

    @Test
    void validRequestsAndQueriesGoOnAsTheyCame() throws java.io.IOException {
        RequestChecker checker = RequestChecker.builder().mode(Mode.REPORT_ONLY).build();
        Decision.Forward body = forwarded(checker.check(Request.builder("POST", "/api/v1/assistants")
                .body(bytes("{\"name\": \"n\"}")).build()));
        assertThat(text(body.body())).isEqualTo("{\"name\": \"n\"}");
        assertThat(forwarded(checker.check(Request.builder("GET", "/v1/assistants").query("limit=0").build()))
                .rawQuery()).isEqualTo("limit=0");
        assertThat(forwarded(checker.check(Request.builder("GET", "/v1/assistants").query("limit=5").build()))
                .rawQuery()).isEqualTo("limit=5");
        InputStream csv = new ByteArrayInputStream(bytes("a,b"));
        Decision.Forward notJson = forwarded(checker.check(Request.builder("POST", "/v1/assistants")
                .contentType("text/csv").body(csv).build()));
        assertThat(notJson.body()).isNull();
        assertThat(csv.available()).isEqualTo(3);
        assertThat(RequestChecker.builder().mode(Mode.REPORT_ONLY).ownUnknownRoutes(true).build()
                .check(Request.builder("GET", "/v1/other").build())).isInstanceOf(Decision.Pass.class);
        assertThat(lines).hasSize(3).allSatisfy(line -> assertThat(line).startsWith("WARNING "));
    }

    @Test
    void anEnforcedRejectionShowsNoSecretInItsBodyOrLog() {
        for (ErrorFormat format : ErrorFormat.values()) {
            RequestChecker checker = RequestChecker.builder().strict(true).errorFormat(format).build();
            Decision.Reject reject = rejected(checker.check(Request.builder("POST", "/api/v1/assistants")
                    .body(bytes(BURKI_BAD)).build()), Variant.BURKI, 422);
            assertThat(text(reject.body())).contains("openai_api_key").doesNotContain(SECRET);
        }
        assertThat(lines).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("FINE ").contains("rejected 422")
                .doesNotContain(SECRET));
    }
}
