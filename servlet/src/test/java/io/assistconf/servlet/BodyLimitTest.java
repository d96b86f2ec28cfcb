package io.assistconf.servlet;

import static io.assistconf.servlet.Http.fixture;
import static io.assistconf.servlet.Http.json;
import static io.assistconf.servlet.Http.rejected;
import static io.assistconf.servlet.Http.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.Limits;
import io.assistconf.Variant;
import io.assistconf.gateway.Mode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A body over the limit is answered 413 while it is still arriving, in both modes; one at the limit goes on. */
class BodyLimitTest {

    private static final int LIMIT = 64 * 1024;
    /** Far more than the server could take in while the client waits: the answer must come before its end. */
    private static final long ENDLESS = 4L * 1024 * 1024 * 1024;

    private static JettyServer enforcing;
    private static JettyServer reporting;

    @BeforeAll
    static void start() throws Exception {
        Limits limits = Limits.DEFAULTS.withMaxDocumentBytes(LIMIT);
        enforcing = JettyServer.with(AssistConfFilter.builder().limits(limits).build());
        reporting = JettyServer.with(AssistConfFilter.builder().limits(limits).mode(Mode.REPORT_ONLY).build());
    }

    @AfterAll
    static void stop() throws Exception {
        enforcing.close();
        reporting.close();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aChunkedBodyWithoutEndIsRefused413BeforeMostOfItIsSent(Mode mode) {
        JettyServer server = mode == Mode.ENFORCE ? enforcing : reporting;
        AtomicLong sent = new AtomicLong();
        int forwarded = server.backend().received();
        HttpRequest endless = HttpRequest.newBuilder(server.uri("/v1/assistants"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new EndlessJson(ENDLESS, sent))).build();
        JsonNode answer = rejected(send(endless), Variant.FREDDY, 413);
        assertThat(answer.get("error").get("code").asString()).isEqualTo("payload_too_large");
        assertThat(sent.get()).as("bytes the client produced before the answer").isLessThan(ENDLESS / 4);
        assertThat(server.backend().received()).isEqualTo(forwarded);
    }

    /**
     * A client that writes its whole body before it reads: had the server closed the connection with the body still
     * arriving, the reset would fail the client's writes or destroy the answer it had not read yet.
     */
    @ParameterizedTest
    @EnumSource(Mode.class)
    void aClientSendingItsWholeBodyBeforeReadingGetsThe413(Mode mode) throws IOException {
        JettyServer server = mode == Mode.ENFORCE ? enforcing : reporting;
        int length = 3 * 1024 * 1024;
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) ' ');
        int forwarded = server.backend().received();
        try (RawConnection client = RawConnection.to(server)) {
            client.writeHead("/v1/assistants", length);
            for (int written = 0; written < length; written += chunk.length) {
                client.write(chunk);
            }
            assertThat(client.statusLine()).isEqualTo("HTTP/1.1 413 Payload Too Large");
        }
        assertThat(server.backend().received()).isEqualTo(forwarded);
    }

    @Test
    void aBodyWithAContentLengthOverTheLimitIsRefused413() {
        byte[] big = new byte[LIMIT + 1];
        Arrays.fill(big, (byte) ' ');
        rejected(json(enforcing, "POST", "/api/v1/assistants", big), Variant.BURKI, 413);
    }

    @Test
    void aBodyJustUnderTheLimitGoesOn() {
        byte[] minimal = fixture("burki/003-create-minimal.json");
        byte[] padded = new byte[LIMIT];
        Arrays.fill(padded, (byte) ' ');
        System.arraycopy(minimal, 0, padded, 0, minimal.length);
        assertThat(json(enforcing, "POST", "/api/v1/assistants", padded).statusCode()).isEqualTo(200);
    }

    /** {@code {"name": "xxx...} of {@code length} bytes, made as it is read, counting what was read. */
    private static final class EndlessJson extends InputStream {
        private static final byte[] HEAD = "{\"name\": \"".getBytes(StandardCharsets.UTF_8);
        private final long length;
        private final AtomicLong sent;

        EndlessJson(long length, AtomicLong sent) {
            this.length = length;
            this.sent = sent;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            long position = sent.get();
            if (position >= length) {
                return -1;
            }
            int n = (int) Math.min(count, length - position);
            for (int i = 0; i < n; i++) {
                long at = position + i;
                buffer[offset + i] = at < HEAD.length ? HEAD[(int) at] : (byte) 'x';
            }
            sent.addAndGet(n);
            return n;
        }
    }
}
