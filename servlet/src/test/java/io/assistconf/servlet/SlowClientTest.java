package io.assistconf.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.Limits;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A slow client holds the filter's thread no longer than the container's own idle timeout allows, while the body is
 * checked and while what is left of a rejected one is discarded.
 */
class SlowClientTest {

    private static final int LIMIT = 64 * 1024;
    private static final Duration IDLE_TIMEOUT = Duration.ofMillis(500);
    /** Far more than the idle timeout and the discarding's own bound, so that no scheduling delay reaches it. */
    private static final long RELEASED_WITHIN_SECONDS = 15;

    private final ReturnWatch watch = new ReturnWatch(
            AssistConfFilter.builder().limits(Limits.DEFAULTS.withMaxDocumentBytes(LIMIT)).build());
    private JettyServer server;

    @BeforeEach
    void start() throws Exception {
        server = JettyServer.with(watch, IDLE_TIMEOUT);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aClientThatStopsSendingItsBodyHoldsTheFilterNoLongerThanTheIdleTimeout() throws Exception {
        try (RawConnection client = RawConnection.to(server)) {
            client.writeHead("/v1/assistants", 1000);
            client.write("{\"name\": \"a".getBytes(StandardCharsets.UTF_8));
            assertThat(watch.returned.await(RELEASED_WITHIN_SECONDS, TimeUnit.SECONDS))
                    .as("the filter returned while the client still held its connection open").isTrue();
        }
        assertThat(server.backend().received()).isZero();
    }

    @Test
    void aClientTricklingTheRestOfARefusedBodyHoldsTheFilterNoLongerThanTheDiscardingBound() throws Exception {
        byte[] overLimit = new byte[LIMIT + 1];
        Arrays.fill(overLimit, (byte) ' ');
        try (RawConnection client = RawConnection.to(server)) {
            client.writeHead("/v1/assistants", 100L * 1024 * 1024);
            client.write(overLimit);
            // A byte well within each idle timeout: only the discarding's own bound ends the wait.
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(RELEASED_WITHIN_SECONDS);
            while (watch.returned.getCount() > 0 && System.nanoTime() < until) {
                client.write(new byte[] {' '});
                Thread.sleep(IDLE_TIMEOUT.toMillis() / 5);
            }
            assertThat(watch.returned.getCount()).as("the filter still busy with the trickling client").isZero();
            assertThat(client.statusLine()).isEqualTo("HTTP/1.1 413 Payload Too Large");
        }
        assertThat(server.backend().received()).isZero();
    }

    /** The filter under test, counting down once a call to it has returned. */
    private static final class ReturnWatch implements Filter {
        private final Filter filter;
        private final CountDownLatch returned = new CountDownLatch(1);

        ReturnWatch(Filter filter) {
            this.filter = filter;
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            try {
                filter.doFilter(request, response, chain);
            } finally {
                returned.countDown();
            }
        }
    }
}
