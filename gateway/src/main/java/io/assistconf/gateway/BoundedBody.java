package io.assistconf.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Reads a request body whole, unless it is larger than a limit: then it stops one byte past the limit. */
final class BoundedBody {

    private static final int FIRST_BUFFER = 8 * 1024;

    private BoundedBody() {
    }

    /** The body's bytes, or null when it has more than {@code limit} bytes (of which at most limit+1 were read). */
    static byte[] read(InputStream in, long limit) throws IOException {
        int cap = (int) Math.min(limit + 1, Integer.MAX_VALUE - 8);
        byte[] buffer = new byte[Math.min(FIRST_BUFFER, cap)];
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
