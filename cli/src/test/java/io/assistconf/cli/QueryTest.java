package io.assistconf.cli;

import static io.assistconf.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.cli.Cli.Run;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code --query}: the list endpoint's parameters as a raw query string. */
class QueryTest {

    @Test
    void aValidQueryExitsZero() {
        Run run = run("validate", "--variant", "freddy", "--kind", "list-query", "--query", "limit=10&fields=full");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("1 query checked: 1 valid, 0 invalid (0 errors, 0 warnings)" + System.lineSeparator());
    }

    @Test
    void queryImpliesTheListQueryKind() {
        Run run = run("validate", "--variant", "freddy", "--query", "?sort_by=name&sort_order=desc");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("1 query checked: 1 valid");
    }

    @Test
    void aNonNumericLimitIsAnInvalidType() {
        Run text = run("validate", "--variant", "freddy", "--kind", "list-query", "--query", "limit=abc");
        assertThat(text.exit()).isEqualTo(1);
        assertThat(text.out()).startsWith("<query>: error invalid_type: ").contains(" (at /limit)" + System.lineSeparator());

        Run json = run("validate", "--variant", "freddy", "--kind", "list-query", "--format", "json", "--query", "limit=abc");
        assertThat(json.exit()).isEqualTo(1);
        JsonNode file = json.json().get("files").get(0);
        assertThat(file.get("file").asString()).isEqualTo("<query>");
        assertThat(file.get("valid").asBoolean()).isFalse();
        JsonNode violation = file.get("violations").get(0);
        assertThat(violation.get("code").asString()).isEqualTo("invalid_type");
        assertThat(violation.get("pointer").asString()).isEqualTo("/limit");
        assertThat(violation.get("line").isNull()).isTrue();
    }

    @Test
    void aRepeatedParameterIsRefused() {
        Run run = run("validate", "--variant", "freddy", "--kind", "list-query", "--format", "json",
                "--query", "limit=5&limit=6");
        assertThat(run.exit()).isEqualTo(1);
        JsonNode violations = run.json().get("files").get(0).get("violations");
        assertThat(violations.size()).isEqualTo(1);
        assertThat(violations.get(0).get("code").asString()).isEqualTo("repeated_parameter");
        assertThat(violations.get(0).get("pointer").asString()).isEqualTo("/limit");
    }

    @Test
    void normalizeTypesTheParametersAndFillsDefaults() {
        Run run = run("normalize", "--variant", "freddy", "--query", "limit=10&include_inactive=true");
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode canonical = Cli.JSON.readTree(run.out());
        assertThat(canonical.get("limit").isIntegralNumber()).isTrue();
        assertThat(canonical.get("limit").asInt()).isEqualTo(10);
        assertThat(canonical.get("include_inactive").isBoolean()).isTrue();
        assertThat(canonical.get("fields").asString()).isEqualTo("summary");
    }
}
