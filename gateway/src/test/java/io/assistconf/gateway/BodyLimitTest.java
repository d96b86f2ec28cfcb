package io.assistconf.gateway;

import static io.assistconf.gateway.Answers.forwarded;
import static io.assistconf.gateway.Answers.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.Limits;
import io.assistconf.Variant;
import io.assistconf.Violation;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A body over the limit is refused while it is read, one byte past the limit at most, in every mode. */
class BodyLimitTest {

    private static final int LIMIT = 1_000;

    /** An endless JSON-looking body that counts what is read of it. */
    private static final class Endless extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return read == 1 ? '{' : ' ';
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void anEndlessBodyIsRefusedAfterLimitPlusOneBytes(Mode mode) {
        Endless body = new Endless();
        RequestChecker checker = RequestChecker.builder().mode(mode)
                .limits(Limits.DEFAULTS.withMaxDocumentBytes(LIMIT)).build();
        Decision.Reject reject = rejected(checker.check(Request.builder("POST", "/api/v1/assistants")
                .contentType("application/json").body(body).build()), Variant.BURKI, 413);
        assertThat(body.read).isEqualTo(LIMIT + 1);
        assertThat(reject.violations()).extracting(Violation::code, Violation::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("limit_exceeded",
                        "the request body is larger than the limit of 1000 bytes"));
    }

    @Test
    void aBodyOfExactlyTheLimitIsChecked() {
        String name = "{\"name\": \"" + "n".repeat(LIMIT - 12) + "\"}";
        assertThat(name).hasSize(LIMIT);
        RequestChecker checker = RequestChecker.builder().limits(Limits.DEFAULTS.withMaxDocumentBytes(LIMIT)).build();
        forwarded(checker.check(Request.builder("POST", "/api/v1/assistants").body(Answers.bytes(name)).build()));
        rejected(checker.check(Request.builder("POST", "/api/v1/assistants").body(Answers.bytes(name + " ")).build()),
                Variant.BURKI, 413);
    }
}
