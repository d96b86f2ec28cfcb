package io.assistconf.servlet;

import jakarta.servlet.ServletRequest;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request's body, opened on the first read only: a request the checker passes without reading its body keeps it
 * unopened, so the next servlet may still choose {@code getReader()} over {@code getInputStream()}.
 */
final class UnopenedBody extends InputStream {

    private final ServletRequest request;
    private InputStream body;

    UnopenedBody(ServletRequest request) {
        this.request = request;
    }

    private InputStream body() throws IOException {
        if (body == null) {
            body = request.getInputStream();
        }
        return body;
    }

    @Override
    public int read() throws IOException {
        return body().read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        return body().read(buffer, offset, length);
    }
}
