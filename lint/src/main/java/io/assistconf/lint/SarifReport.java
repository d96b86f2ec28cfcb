package io.assistconf.lint;

import io.assistconf.Code;
import io.assistconf.Severity;
import io.assistconf.Violation;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The SARIF 2.1.0 report, as GitHub code scanning reads it, written when the run is done: one run, one rule
 * per code found (its summary and help from {@link Code}), one result per violation, located by a URI
 * relative to {@code %SRCROOT%} (the working folder) and a 1-based region when the place in the text is
 * known, with a fingerprint of code, file and canonical pointer that an edit above the place leaves alone.
 */
final class SarifReport implements ReportFormat {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String ROOT = "%SRCROOT%";
    static final String FINGERPRINT = "assistconf/v1";
    private static final String INFORMATION_URI = "https://assistconf.io";

    private final PrintStream out;

    SarifReport(PrintStream out) {
        this.out = out;
    }

    @Override
    public void finish(LintRun run) {
        ObjectNode root = PrettyJson.object();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode sarifRun = root.putArray("runs").addObject();
        ObjectNode driver = sarifRun.putObject("tool").putObject("driver");
        driver.put("name", "assistconf");
        driver.put("version", run.version());
        driver.put("informationUri", INFORMATION_URI);
        // the library counts columns in code points, as editors do; SARIF's default is UTF-16 units
        sarifRun.put("columnKind", "unicodeCodePoints");
        sarifRun.putObject("originalUriBaseIds").putObject(ROOT).put("uri", directoryUri(run.root()));
        List<Code> rules = new ArrayList<>();
        ArrayNode results = sarifRun.putArray("results");
        for (LintedFile file : run.files()) {
            for (CheckedDocument document : file.documents()) {
                for (Violation violation : document.all()) {
                    Code code = Code.byId(violation.code()).orElseThrow();
                    if (!rules.contains(code)) {
                        rules.add(code);
                    }
                    result(results.addObject(), file, violation, rules.indexOf(code));
                }
            }
        }
        ArrayNode ruleNodes = driver.putArray("rules");
        rules.forEach(code -> rule(ruleNodes.addObject(), code));
        out.println(PrettyJson.of(root));
        out.flush();
    }

    private static void rule(ObjectNode out, Code code) {
        out.put("id", code.id());
        out.putObject("shortDescription").put("text", code.summary());
        out.putObject("fullDescription").put("text", code.help());
        ObjectNode help = out.putObject("help");
        help.put("text", code.help());
        help.put("markdown", code.help());
        out.putObject("defaultConfiguration").put("level", level(code.defaultSeverity()));
        out.putObject("properties").put("category", code.group().title());
    }

    private static void result(ObjectNode out, LintedFile file, Violation violation, int ruleIndex) {
        out.put("ruleId", violation.code());
        out.put("ruleIndex", ruleIndex);
        out.put("level", level(violation.severity()));
        out.putObject("message").put("text", violation.message()
                + (violation.pointer().isEmpty() ? "" : " (at " + violation.pointer() + ")"));
        ObjectNode physical = out.putArray("locations").addObject().putObject("physicalLocation");
        artifact(physical.putObject("artifactLocation"), file.target());
        if (violation.hasLocation()) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", violation.line());
            region.put("startColumn", Math.max(1, violation.column()));
        }
        out.putObject("partialFingerprints").put(FINGERPRINT, fingerprint(violation.code(), file.name(),
                violation.pointer()));
    }

    /** A name relative to the working folder is a URI relative to {@code %SRCROOT%}; another is absolute. */
    private static void artifact(ObjectNode out, LintTarget target) {
        if (target.file() != null && Path.of(target.name()).isAbsolute()) {
            out.put("uri", target.file().toUri().toASCIIString());
        } else {
            out.put("uri", relativeUri(target.name()));
            out.put("uriBaseId", ROOT);
        }
    }

    /** The name's bytes in UTF-8, each but the unreserved characters and {@code /} percent-encoded. */
    static String relativeUri(String name) {
        StringBuilder uri = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                uri.append(c);
            } else {
                uri.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
            }
        }
        return uri.toString();
    }

    /** A base URI must end with {@code /}. */
    private static String directoryUri(Path folder) {
        String uri = folder.toUri().toASCIIString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    /** SHA-256 of code, file and canonical pointer: not the line, so that the result survives edits above it. */
    static String fingerprint(String code, String file, String pointer) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest((code + '\0' + file + '\0' + pointer).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
        };
    }
}
