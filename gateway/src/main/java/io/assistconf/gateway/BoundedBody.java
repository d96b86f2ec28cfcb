package io.assistconf.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Reads a request body whole, unless it is larger than a limit: then it stops one byte past the limit. */
final class BoundedBody {

    /** The first buffer when the stream cannot tell how much it holds; it doubles as the body needs. */
    private static final int FIRST_BUFFER = 1024;

    private BoundedBody() {
    }

    /**
     * The body's bytes, or null when it has more than {@code limit} bytes (of which at most limit+1 were read).
     * The first buffer holds what the stream says it has at hand and one byte more (to see the end without a
     * second buffer): for a body given as bytes, the whole body; a fixed first buffer was most of what a
     * small request cost the gateway in memory.
     */
    static byte[] read(InputStream in, long limit) throws IOException {
        int cap = (int) Math.min(limit + 1, Integer.MAX_VALUE - 8);
        int atHand = Math.max(0, in.available());
        byte[] buffer = new byte[(int) Math.min(Math.max(FIRST_BUFFER, atHand + 1L), cap)];
        int size = 0;
        while (true) {
            if (size == buffer.length) {
                if (size == cap) {
                    return null;
                }
                buffer = Arrays.copyOf(buffer, (int) Math.min((long) size * 2, cap));
            }
            int read = in.read(buffer, size, buffer.length - size);
            if (read < 0) {
                return size > limit ? null : Arrays.copyOf(buffer, size);
            }
            size += read;
        }
    }
}
