package io.assistconf.gateway;

import io.assistconf.Violation;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the body of a rejection in an API's own error format or as RFC 9457 problem details. Every format
 * carries every violation with its code, severity, pointer, path as written, line, column and message, in
 * the place the format has for details (decisions G3 to G6). Messages never quote a value of the request.
 */
final class ErrorBodies {

    /** The base of the problem type URIs, beside the schemas' {@code $id}s. */
    static final String PROBLEM_TYPES = "https://assistconf.io/problems/";
    static final String JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String NON_FIELD_ERRORS = "non_field_errors";
    /** CogSol members whose value is no list of messages: a field of that name is reported beside the others. */
    private static final List<String> COGSOL_RESERVED = List.of("detail", "$schema");

    private ErrorBodies() {
    }

    static byte[] write(Rejection rejection, ErrorFormat format) {
        ObjectNode body = format == ErrorFormat.PROBLEM_JSON ? problem(rejection) : switch (rejection.variant()) {
            case FREDDY -> freddy(rejection);
            case BURKI -> burki(rejection);
            case COGSOL -> cogsol(rejection);
        };
        return JsonMapper.shared().writeValueAsBytes(body);
    }

    static String contentType(ErrorFormat format) {
        return (format == ErrorFormat.PROBLEM_JSON ? PROBLEM_JSON : JSON) + "; charset=utf-8";
    }

    /** Freddy's envelope, the violations in {@code error.details.violations}. */
    private static ObjectNode freddy(Rejection rejection) {
        ObjectNode body = NODES.objectNode();
        body.put("success", false);
        ObjectNode error = body.putObject("error");
        error.put("code", rejection.reason().code());
        error.put("message", rejection.summary());
        error.put("system_message", checkedAs(rejection));
        error.put("type", rejection.serverError() ? "server_error" : "client_error");
        error.put("status", rejection.status());
        error.putObject("details").set("violations", violations(rejection.violations()));
        error.put("trace_id", rejection.traceId());
        error.put("timestamp", rejection.at().toString());
        return body;
    }

    /** FastAPI's validation error list: {@code type} the code, {@code loc} the path, {@code ctx} the rest. */
    private static ObjectNode burki(Rejection rejection) {
        ObjectNode body = NODES.objectNode();
        ArrayNode detail = body.putArray("detail");
        for (Violation violation : rejection.violations()) {
            ObjectNode entry = detail.addObject();
            entry.put("type", violation.code());
            ArrayNode loc = entry.putArray("loc");
            loc.add(rejection.where());
            for (String segment : segments(violation.path())) {
                if (segment.matches("0|[1-9][0-9]{0,8}")) {
                    loc.add(Integer.parseInt(segment));
                } else {
                    loc.add(segment);
                }
            }
            entry.put("msg", violation.message());
            entry.set("ctx", violation(violation));
        }
        return body;
    }

    /**
     * CogSol's field to messages map: each violation under the server's name of its field (the canonical
     * pointer, dotted), or under {@code non_field_errors} when it is about the whole request; each message
     * names the severity, code, pointer, path as written, line and column.
     */
    private static ObjectNode cogsol(Rejection rejection) {
        ObjectNode body = NODES.objectNode();
        for (Violation violation : rejection.violations()) {
            String field = String.join(".", segments(violation.pointer()));
            String key = field.isEmpty() || COGSOL_RESERVED.contains(field) ? NON_FIELD_ERRORS : field;
            ArrayNode messages = body.has(key) ? (ArrayNode) body.get(key) : body.putArray(key);
            messages.add(cogsolMessage(violation));
        }
        return body;
    }

    private static String cogsolMessage(Violation violation) {
        String line = violation.hasLocation() ? "; line " + violation.line() + ", column " + violation.column() : "";
        return violation.message() + " (" + violation.severity().label() + " " + violation.code() + "; pointer "
                + quotedPointer(violation.pointer()) + "; path " + quotedPointer(violation.path()) + line + ")";
    }

    private static String quotedPointer(String pointer) {
        return "'" + pointer + "'";
    }

    /** RFC 9457 problem details, with the trace id, what was checked and the violations as extensions. */
    private static ObjectNode problem(Rejection rejection) {
        ObjectNode body = NODES.objectNode();
        body.put("type", PROBLEM_TYPES + rejection.reason().slug());
        body.put("title", rejection.reason().title());
        body.put("status", rejection.status());
        body.put("detail", rejection.summary());
        body.put("trace_id", rejection.traceId());
        body.put("variant", rejection.variant().id());
        if (rejection.kind() != null) {
            body.put("kind", rejection.kind().id());
        }
        body.set("violations", violations(rejection.violations()));
        return body;
    }

    private static String checkedAs(Rejection rejection) {
        return rejection.kind() == null ? "refused by the assistconf gateway"
                : "checked by assistconf against the " + rejection.variant().id() + " " + rejection.kind().id()
                        + " schema";
    }

    private static ArrayNode violations(List<Violation> violations) {
        ArrayNode array = NODES.arrayNode();
        violations.forEach(violation -> array.add(violation(violation)));
        return array;
    }

    /** One violation; line and column {@code null} when unknown. */
    private static ObjectNode violation(Violation violation) {
        ObjectNode node = NODES.objectNode();
        node.put("code", violation.code());
        node.put("severity", violation.severity().label());
        node.put("pointer", violation.pointer());
        node.put("path", violation.path());
        if (violation.hasLocation()) {
            node.put("line", violation.line());
            node.put("column", violation.column());
        } else {
            node.putNull("line");
            node.putNull("column");
        }
        node.put("message", violation.message());
        return node;
    }

    /** The unescaped segments of a JSON Pointer. */
    private static List<String> segments(String pointer) {
        List<String> segments = new ArrayList<>();
        if (pointer.isEmpty()) {
            return segments;
        }
        for (String segment : pointer.substring(1).split("/", -1)) {
            segments.add(segment.replace("~1", "/").replace("~0", "~"));
        }
        return segments;
    }
}
