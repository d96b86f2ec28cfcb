package io.assistconf.example.gateway;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The backend the gateway protects, reduced to answering 200 with what it received: method, path, query, body. */
final class StubBackend extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = request.getInputStream().readAllBytes();
        ObjectNode received = JSON.createObjectNode();
        received.put("method", request.getMethod());
        received.put("path", request.getRequestURI());
        received.put("query", request.getQueryString());
        received.put("content_type", request.getContentType());
        if (body.length == 0) {
            // No body: curl sends no Content-Length for it, Java's HttpClient before 19 sends 0; both show null.
            received.putNull("content_length");
            received.putNull("body");
        } else {
            received.put("content_length", request.getContentLengthLong());
            received.set("body", shown(body));
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.set("backend_received", received);
        byte[] bytes = JSON.writeValueAsBytes(answer);
        response.setStatus(200);
        response.setContentType("application/json");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The body as JSON when it is JSON, else as text. */
    private static JsonNode shown(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (JacksonException e) {
            return JSON.getNodeFactory().stringNode(new String(body, StandardCharsets.UTF_8));
        }
    }
}
