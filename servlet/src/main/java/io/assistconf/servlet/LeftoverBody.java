package io.assistconf.servlet;

import jakarta.servlet.ServletRequest;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads and drops what is left of a rejected request's body once the answer is sent. A server that closes a
 * connection while request bytes are still arriving makes its TCP stack reset it, and the reset can destroy the
 * answer before the client has read it (RFC 9112, section 9.6): so the server goes on reading for a while. Bounded
 * in bytes and in time, since a client may never stop sending; each read waits at most the container's idle timeout.
 */
final class LeftoverBody {

    /** As much as a client may still send after the answer; more, and the connection is closed under it. */
    static final long MAX_BYTES = 4L * 1024 * 1024;
    /** As long as the discarding may go on, whatever the client sends; each read may add one idle timeout. */
    static final long MAX_NANOS = 2_000_000_000L;

    private LeftoverBody() {
    }

    /** Discards the rest of {@code request}'s body, up to the bounds; an error reading it ends the discarding. */
    static void discard(ServletRequest request) {
        long deadline = System.nanoTime() + MAX_NANOS;
        byte[] buffer = new byte[8192];
        long left = MAX_BYTES;
        try {
            InputStream body = request.getInputStream();
            int read;
            while (left > 0 && System.nanoTime() - deadline < 0 && (read = body.read(buffer)) >= 0) {
                left -= read;
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the body was read another way: nothing is left to protect the answer from.
        }
    }
}
