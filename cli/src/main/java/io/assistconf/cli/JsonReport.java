package io.assistconf.cli;

import io.assistconf.Violation;
import java.io.PrintStream;
import java.util.List;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The machine-readable report, one pretty-printed JSON document:
 * {@code {"files":[{"file":…,"valid":…,"violations":[{"code","severity","pointer","path","line","column",
 * "message"}]}]}}; line and column are null when the place in the text is unknown.
 */
final class JsonReport {

    /** Two-space indentation, {@code "name": value}, one array element per line, {@code []} and {@code {}}. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(printer())
            .build();

    private JsonReport() {
    }

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    static void print(List<Checked> checked, PrintStream out) {
        out.println(pretty(document(checked)));
    }

    static ObjectNode document(List<Checked> checked) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode files = root.putArray("files");
        for (Checked one : checked) {
            ObjectNode file = files.addObject();
            file.put("file", one.name());
            file.put("valid", one.valid());
            ArrayNode violations = file.putArray("violations");
            one.violations().forEach(violation -> violation(violations.addObject(), violation));
        }
        return root;
    }

    /** Any tree as indented JSON. */
    static String pretty(JsonNode tree) {
        return MAPPER.writeValueAsString(tree);
    }

    private static void violation(ObjectNode out, Violation violation) {
        out.put("code", violation.code());
        out.put("severity", violation.severity().label());
        out.put("pointer", violation.pointer());
        out.put("path", violation.path());
        if (violation.hasLocation()) {
            out.put("line", violation.line());
            out.put("column", violation.column());
        } else {
            out.putNull("line");
            out.putNull("column");
        }
        out.put("message", violation.message());
    }
}
