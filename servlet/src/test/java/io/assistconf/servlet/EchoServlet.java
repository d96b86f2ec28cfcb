package io.assistconf.servlet;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The backend of the tests: answers 200 with what it received, as the servlet API shows it (the query string,
 * the parameters, the content length and type from their methods and from the headers, the body in base64).
 * A request with {@code X-Echo-Read: reader} has its body read through {@code getReader()}.
 */
final class EchoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final AtomicInteger received = new AtomicInteger();

    /** How many requests reached the backend. */
    int received() {
        return received.get();
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        received.incrementAndGet();
        byte[] body;
        if ("reader".equals(request.getHeader("X-Echo-Read"))) {
            try (BufferedReader reader = request.getReader()) {
                StringBuilder text = new StringBuilder();
                reader.transferTo(new java.io.Writer() {
                    @Override
                    public void write(char[] chars, int offset, int length) {
                        text.append(chars, offset, length);
                    }

                    @Override
                    public void flush() {
                    }

                    @Override
                    public void close() {
                    }
                });
                body = text.toString().getBytes(StandardCharsets.UTF_8);
            }
        } else {
            body = request.getInputStream().readAllBytes();
        }
        ObjectNode echo = JsonNodeFactory.instance.objectNode();
        echo.put("method", request.getMethod());
        echo.put("uri", request.getRequestURI());
        echo.put("query", request.getQueryString());
        ObjectNode parameters = echo.putObject("parameters");
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            parameters.putArray(parameter.getKey()).addAll(java.util.Arrays.stream(parameter.getValue())
                    .map(JsonNodeFactory.instance::stringNode).toList());
        }
        echo.put("contentType", request.getContentType());
        echo.put("contentTypeHeader", request.getHeader("Content-Type"));
        echo.put("characterEncoding", request.getCharacterEncoding());
        echo.put("contentLength", request.getContentLengthLong());
        echo.put("contentLengthHeader", request.getHeader("Content-Length"));
        echo.put("transferEncoding", request.getHeader("Transfer-Encoding"));
        echo.put("bodyLength", body.length);
        echo.put("body", Base64.getEncoder().encodeToString(body));
        byte[] answer = JsonMapper.shared().writeValueAsBytes(echo);
        response.setStatus(200);
        response.setContentType("application/json");
        response.setContentLength(answer.length);
        response.getOutputStream().write(answer);
    }
}
