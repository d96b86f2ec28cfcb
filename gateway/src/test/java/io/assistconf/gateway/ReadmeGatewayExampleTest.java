package io.assistconf.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.Variant;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The gateway example of README.md, kept here so that it always compiles and works. */
class ReadmeGatewayExampleTest {

    @Test
    void theReadmeExampleRejectsABadCreate() {
        String path = "/edge/v1/assistants";
        String rawQuery = null;
        String type = "application/json";
        UnaryOperator<String> headerLookup = name -> null;
        InputStream inputStream = new ByteArrayInputStream("{\"name\": 1}".getBytes(StandardCharsets.UTF_8));
        int[] status = {0};

        // --- README example start ---
        RequestChecker checker = RequestChecker.builder()           // build once, thread-safe
                .routes(Routes.defaults().only(Variant.FREDDY).withPrefix("/edge"))
                .forwarding(Forwarding.CANONICAL)                    // or CANONICAL_WITHOUT_DEFAULTS, ORIGINAL
                .mode(Mode.ENFORCE)                                  // or REPORT_ONLY: forward as it came, log
                .errorFormat(ErrorFormat.NATIVE)                     // or PROBLEM_JSON (RFC 9457)
                .build();
        Decision decision = checker.check(Request.builder("POST", path).query(rawQuery).contentType(type)
                .headers(headerLookup).body(inputStream).build());
        if (decision instanceof Decision.Reject reject) {
            // answer reject.status(), reject.contentType(), reject.body()
            status[0] = reject.status();
        } else if (decision instanceof Decision.Forward forward) {
            // send forward.body() (null: the body as it came), forward.rawQuery(), forward.contentType()
            status[0] = 200;
        } // else Decision.Pass: not a checked route, send it on untouched
        // --- README example end ---

        assertThat(status[0]).isEqualTo(400);
    }
}
