package io.assistconf.cli;

import io.assistconf.lint.PrettyJson;
import io.assistconf.lint.ViolationText;
import java.io.PrintStream;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The machine-readable report, one pretty-printed JSON document:
 * {@code {"files":[{"file":…,"valid":…,"violations":[{"code","severity","pointer","path","line","column",
 * "message"}]}]}}, one entry per document, with {@code "document":N} (from 1) in a file of several; line and
 * column are null when the place in the text is unknown.
 */
public final class JsonReporter implements Reporter {

    private final PrintStream out;

    JsonReporter(PrintStream out) {
        this.out = out;
    }

    @Override
    public void report(List<CheckedInput> checked) {
        out.println(PrettyJson.of(document(checked)));
    }

    private static ObjectNode document(List<CheckedInput> checked) {
        ObjectNode root = PrettyJson.object();
        ArrayNode files = root.putArray("files");
        for (CheckedInput one : checked) {
            ObjectNode file = files.addObject();
            file.put("file", one.name());
            if (one.document() > 0) {
                file.put("document", one.document());
            }
            file.put("valid", one.valid());
            ArrayNode violations = file.putArray("violations");
            one.violations().forEach(violation -> ViolationText.json(violations.addObject(), violation));
        }
        return root;
    }
}
