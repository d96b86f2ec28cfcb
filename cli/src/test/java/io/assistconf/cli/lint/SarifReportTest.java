package io.assistconf.cli.lint;

import static io.assistconf.cli.lint.Lint.run;
import static io.assistconf.cli.lint.Lint.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.assistconf.Code;
import io.assistconf.cli.lint.Lint.Run;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code lint --format sarif}: valid against the official SARIF 2.1.0 schema, and what code scanning reads. */
class SarifReportTest {

    private static final Schema SARIF = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
            .getSchema(readSchema());

    @TempDir
    Path dir;

    @Test
    void theReportIsValidSarifWithOneRulePerCodeFromTheCatalogue() {
        write(dir.resolve("bodies/broken.json"), Lint.FREDDY_CREATE_INVALID);
        write(dir.resolve("bodies/warned.json"), Lint.FREDDY_CREATE_WARNED);
        write(dir.resolve("bodies/other warned.json"), Lint.FREDDY_CREATE_WARNED.replace("Warned", "Other"));
        Run run = run(dir, "--kind", "create", "--format", "sarif", ".", "missing.json");
        assertThat(run.err()).isEmpty();
        JsonNode sarif = run.json();
        assertThat(SARIF.validate(sarif)).isEmpty();
        assertThat(sarif.get("version").asString()).isEqualTo("2.1.0");
        assertThat(sarif.get("$schema").asString()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        assertThat(sarif.get("runs")).hasSize(1);
        JsonNode sarifRun = sarif.get("runs").get(0);
        JsonNode driver = sarifRun.get("tool").get("driver");
        assertThat(driver.get("name").asString()).isEqualTo("assistconf");
        assertThat(driver.get("version").asString()).isEqualTo("dev");
        assertThat(driver.get("informationUri").asString()).startsWith("https://");
        assertThat(sarifRun.get("columnKind").asString()).isEqualTo("unicodeCodePoints");
        assertThat(sarifRun.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asString())
                .isEqualTo(dir.toAbsolutePath().normalize().toUri().toString());

        List<String> ruleIds = new ArrayList<>();
        for (JsonNode rule : driver.get("rules")) {
            Code code = Code.byId(rule.get("id").asString()).orElseThrow();
            ruleIds.add(code.id());
            assertThat(rule.get("shortDescription").get("text").asString()).isEqualTo(code.summary());
            assertThat(rule.get("fullDescription").get("text").asString()).isEqualTo(code.help());
            assertThat(rule.get("help").get("text").asString()).isEqualTo(code.help());
            assertThat(rule.get("defaultConfiguration").get("level").asString())
                    .isEqualTo(code.defaultSeverity().label());
        }
        assertThat(ruleIds).containsExactly("out_of_range", "unknown_property", "unreadable_input");

        JsonNode results = sarifRun.get("results");
        assertThat(results).hasSize(4);
        for (JsonNode result : results) {
            assertThat(ruleIds.get(result.get("ruleIndex").asInt())).isEqualTo(result.get("ruleId").asString());
        }
        JsonNode broken = result(results, "bodies/broken.json");
        assertThat(broken.get("ruleId").asString()).isEqualTo("out_of_range");
        assertThat(broken.get("level").asString()).isEqualTo("error");
        assertThat(broken.get("message").get("text").asString())
                .isEqualTo("must be between 0 and 2 (inclusive) (at /temperature)");
        JsonNode location = broken.get("locations").get(0).get("physicalLocation");
        assertThat(location.get("artifactLocation").get("uriBaseId").asString()).isEqualTo("%SRCROOT%");
        assertThat(location.get("region").get("startLine").asInt()).isEqualTo(5);
        assertThat(location.get("region").get("startColumn").asInt()).isEqualTo(3);
        assertThat(result(results, "bodies/other%20warned.json").get("level").asString()).isEqualTo("warning");
        assertThat(result(results, "bodies/warned.json").get("level").asString()).isEqualTo("warning");
        JsonNode missing = result(results, "missing.json");
        assertThat(missing.get("level").asString()).isEqualTo("error");
        assertThat(missing.get("locations").get(0).get("physicalLocation").has("region"))
                .as("no region without a place in the text").isFalse();
    }

    @Test
    void aFingerprintSurvivesLinesAddedAboveTheViolation() {
        write(dir.resolve("a.json"), Lint.FREDDY_CREATE_INVALID);
        JsonNode before = result(run(dir, "--kind", "create", "--format", "sarif").json()
                .get("runs").get(0).get("results"), "a.json");
        write(dir.resolve("a.json"), "\n\n" + Lint.FREDDY_CREATE_INVALID.replace("\"name\": \"Broken\"",
                "\"description\": \"added\",\n  \"name\": \"Broken\""));
        JsonNode after = result(run(dir, "--kind", "create", "--format", "sarif").json()
                .get("runs").get(0).get("results"), "a.json");
        assertThat(after.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt())
                .isEqualTo(8);
        assertThat(after.get("partialFingerprints")).isEqualTo(before.get("partialFingerprints"));
        assertThat(before.get("partialFingerprints").get("assistconf/v1").asString()).hasSize(32);
    }

    @Test
    void fileNamesArePercentEncodedRelativeUris() {
        write(dir.resolve("x/a #1.json"), Lint.FREDDY_CREATE_INVALID);
        Run run = run(dir, "--kind", "create", "--format", "sarif");
        assertThat(SARIF.validate(run.json())).isEmpty();
        assertThat(result(run.json().get("runs").get(0).get("results"), "x/a%20%231.json").get("ruleId").asString())
                .isEqualTo("out_of_range");
    }

    @Test
    void aCleanRunHasNoRulesAndNoResults() {
        write(dir.resolve("a.json"), Lint.freddyCreate("A", "org_1"));
        assertNoResults(run(dir, "--kind", "create", "--format", "sarif"));
    }

    @Test
    void aSkippedFileHasNoResult() {
        write(dir.resolve("tsconfig.json"), Lint.TSCONFIG);
        write(dir.resolve("a.json"), Lint.freddyObject("asst_1", "A", "org_1", false));
        assertNoResults(run(dir, "--format", "sarif"));
    }

    private static void assertNoResults(Run run) {
        assertThat(run.exit()).as(run.toString()).isZero();
        JsonNode sarifRun = run.json().get("runs").get(0);
        assertThat(SARIF.validate(run.json())).isEmpty();
        assertThat(sarifRun.get("results")).isEmpty();
        assertThat(sarifRun.get("tool").get("driver").get("rules")).isEmpty();
    }

    private static JsonNode result(JsonNode results, String uri) {
        for (JsonNode result : results) {
            if (result.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asString()
                    .equals(uri)) {
                return result;
            }
        }
        throw new AssertionError("no result for " + uri + " in " + results);
    }

    private static JsonNode readSchema() {
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            return Lint.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
