package io.assistconf.lint;

import java.io.PrintStream;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON report, one document written when the run is done ({@code docs/lint.md} shows it): the tool,
 * the config file read, one entry per document of each file (numbered from 1 in its file) with what it was
 * checked as, what decided it and every violation (the library's, then those across files, each as
 * {@code validate --format json} writes it), and the counts.
 */
final class JsonReport implements ReportFormat {

    private final PrintStream out;

    JsonReport(PrintStream out) {
        this.out = out;
    }

    @Override
    public void finish(LintRun run) {
        ObjectNode root = PrettyJson.object();
        ObjectNode tool = root.putObject("tool");
        tool.put("name", "assistconf");
        tool.put("version", run.version());
        root.put("config", run.config());
        ArrayNode files = root.putArray("files");
        for (LintedFile file : run.files()) {
            for (int d = 0; d < file.documents().size(); d++) {
                document(files.addObject(), file.name(), d + 1, file.documents().get(d));
            }
        }
        summary(root.putObject("summary"), run.summary());
        out.println(PrettyJson.of(root));
        out.flush();
    }

    private static void document(ObjectNode out, String name, int number, CheckedDocument document) {
        Decision decision = document.decision();
        out.put("file", name);
        out.put("document", number);
        out.put("status", document.status().id());
        out.put("reason", document.status() == CheckedDocument.Status.SKIPPED ? CheckedDocument.SKIPPED_REASON : null);
        out.put("variant", decision.variant() == null ? null : decision.variant().id());
        out.put("kind", decision.kind() == null ? null : decision.kind().id());
        ObjectNode decided = out.putObject("decided_by");
        decided.put("variant", decision.variantBy() == null ? null : decision.variantBy().id());
        decided.put("kind", decision.kindBy() == null ? null : decision.kindBy().id());
        decided.put("glob", decision.glob());
        out.put("valid", document.errors() == 0);
        out.put("errors", document.errors());
        out.put("warnings", document.warnings());
        ArrayNode violations = out.putArray("violations");
        document.all().forEach(violation -> ViolationText.json(violations.addObject(), violation));
    }

    private static void summary(ObjectNode out, LintRun.Summary summary) {
        out.put("files", summary.files());
        out.put("checked", summary.checked());
        out.put("skipped", summary.skipped());
        out.put("not_checked", summary.notChecked());
        out.put("errors", summary.errors());
        out.put("warnings", summary.warnings());
        out.put("elapsed_ms", summary.elapsed().toMillis());
    }
}
