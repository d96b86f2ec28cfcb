package io.assistconf.servlet;

import io.assistconf.gateway.Decision;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Answers a rejected request with the checker's status and body. */
final class Rejections {

    private Rejections() {
    }

    static void write(Decision.Reject reject, HttpServletResponse response) throws IOException {
        response.setStatus(reject.status());
        response.setContentType(reject.contentType());
        response.setContentLength(reject.body().length);
        if (!reject.allowedMethods().isEmpty()) {
            response.setHeader("Allow", String.join(", ", reject.allowedMethods()));
        }
        response.getOutputStream().write(reject.body());
    }
}
