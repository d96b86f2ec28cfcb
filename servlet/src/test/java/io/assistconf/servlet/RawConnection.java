package io.assistconf.servlet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A client on a plain socket: it writes a request as the test decides, and reads the answer only when told. */
final class RawConnection implements AutoCloseable {

    private static final int READ_TIMEOUT_MILLIS = 20_000;

    private final Socket socket;

    private RawConnection(Socket socket) {
        this.socket = socket;
    }

    static RawConnection to(JettyServer server) throws IOException {
        Socket socket = new Socket("127.0.0.1", server.port());
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        return new RawConnection(socket);
    }

    /** Writes the request line and headers of a JSON POST to {@code path} with a body of {@code length} bytes. */
    void writeHead(String path, long length) throws IOException {
        write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    }

    void write(byte[] bytes) throws IOException {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
    }

    /** The answer's status line, such as {@code HTTP/1.1 413 Payload Too Large}. */
    String statusLine() throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            line.write(b);
        }
        return line.toString(StandardCharsets.US_ASCII).strip();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
