package io.assistconf.servlet;

import io.assistconf.gateway.Decision;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers a rejected request with the checker's status and body. A 413 or 415 is answered before the body was read
 * to its end (the checker stops at the limit, and never reads a body that is not JSON): the server cannot know
 * where the next request on that connection starts until it has consumed the rest, and may close it under a client
 * about to reuse it, so the answer closes it itself, and says so. The filter then discards what is left of the
 * body ({@link LeftoverBody}).
 */
final class Rejections {

    private static final int TOO_LARGE = 413;
    private static final int NOT_JSON = 415;

    private Rejections() {
    }

    static void write(Decision.Reject reject, HttpServletResponse response) throws IOException {
        response.setStatus(reject.status());
        response.setContentType(reject.contentType());
        response.setContentLength(reject.body().length);
        if (!reject.allowedMethods().isEmpty()) {
            response.setHeader("Allow", String.join(", ", reject.allowedMethods()));
        }
        if (reject.status() == TOO_LARGE || reject.status() == NOT_JSON) {
            response.setHeader("Connection", "close");
        }
        response.getOutputStream().write(reject.body());
    }
}
