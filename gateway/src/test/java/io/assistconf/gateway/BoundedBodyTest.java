package io.assistconf.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A body is read whole up to the limit, whatever the stream says it has at hand (its first buffer is sized
 * from that), and never more than one byte past the limit.
 */
class BoundedBodyTest {

    private static final int LIMIT = 5_000;

    /** Hands out a few bytes per read and claims to have {@code claimed} at hand; counts what is read. */
    private static final class Dribble extends InputStream {
        private final byte[] bytes;
        private final int claimed;
        private final Random random = new Random(7);
        private int at;

        Dribble(byte[] bytes, int claimed) {
            this.bytes = bytes;
            this.claimed = claimed;
        }

        @Override
        public int read() {
            return at < bytes.length ? bytes[at++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (at == bytes.length) {
                return -1;
            }
            int count = Math.min(Math.min(length, 1 + random.nextInt(7)), bytes.length - at);
            System.arraycopy(bytes, at, into, offset, count);
            at += count;
            return count;
        }

        @Override
        public int available() {
            return claimed;
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 1023, 1024, 1025, 4999, 5000})
    void aBodyUpToTheLimitIsReadWholeWhateverTheStreamClaims(int size) throws IOException {
        byte[] body = new byte[size];
        new Random(size).nextBytes(body);
        assertThat(BoundedBody.read(new ByteArrayInputStream(body), LIMIT)).isEqualTo(body);
        for (int claimed : new int[] {0, 3, size, size + 1, Integer.MAX_VALUE}) {
            assertThat(BoundedBody.read(new Dribble(body, claimed), LIMIT)).as("claiming %d", claimed)
                    .isEqualTo(body);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {5001, 5002, 20_000})
    void aLargerBodyIsRefusedAfterLimitPlusOneBytes(int size) throws IOException {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) ' ');
        assertThat(BoundedBody.read(new ByteArrayInputStream(body), LIMIT)).isNull();
        for (int claimed : new int[] {0, size, Integer.MAX_VALUE}) {
            Dribble stream = new Dribble(body, claimed);
            assertThat(BoundedBody.read(stream, LIMIT)).as("claiming %d", claimed).isNull();
            assertThat(stream.at).as("claiming %d", claimed).isEqualTo(LIMIT + 1);
        }
    }
}
