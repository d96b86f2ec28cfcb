package io.assistconf;

import static io.assistconf.Checks.only;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocationTest {

    @Test
    void jsonViolationsCarryLineColumnAndTheUsersPath() {
        String json = """
                {
                  "name": "x",
                  "toolConfigurations": {
                    "systemTools": {
                      "webSearch": {"mode": "sometimes"}
                    }
                  },
                  "temperature": 3
                }""";
        Result result = Checks.LENIENT.check(Variant.FREDDY, Kind.CREATE, Input.json(json));
        Violation mode = only(result, "invalid_value");
        assertThat(mode.pointer()).isEqualTo("/tool_configurations/system_tools/web_search/mode");
        assertThat(mode.path()).isEqualTo("/toolConfigurations/systemTools/webSearch/mode");
        assertThat(mode.line()).isEqualTo(5);
        assertThat(mode.column()).isEqualTo(21);
        assertThat(mode.message()).isEqualTo("must be one of: on, off, auto");
        Violation temperature = only(result, "out_of_range");
        assertThat(temperature.line()).isEqualTo(8);
        assertThat(temperature.column()).isEqualTo(3);
    }

    @Test
    void yamlViolationsCarryLineAndColumn() {
        String yaml = """
                name: x
                tool_configurations:
                  mcpTools:
                    - serverLabel: GitHub
                      requireApproval: sometimes
                      connectorId: connector_github
                temprature: 0.3
                """;
        Result result = Checks.LENIENT.check(Variant.FREDDY, Kind.CREATE, Input.yaml(yaml));
        Violation approval = only(result, "invalid_value");
        assertThat(approval.path()).isEqualTo("/tool_configurations/mcpTools/0/requireApproval");
        assertThat(approval.line()).isEqualTo(5);
        assertThat(approval.column()).isEqualTo(7);
        Violation unknown = only(result, "unknown_property");
        assertThat(unknown.line()).isEqualTo(7);
        assertThat(unknown.column()).isEqualTo(1);
    }

    @Test
    void aMissingPropertyIsLocatedAtItsObject() {
        Result result = Checks.LENIENT.check(Variant.FREDDY, Kind.CREATE, Input.json("\n\n  {\"temperature\": 1}"));
        Violation missing = only(result, "missing_required");
        assertThat(missing.pointer()).isEqualTo("/name");
        assertThat(missing.line()).isEqualTo(3);
        assertThat(missing.column()).isEqualTo(3);
    }

    @Test
    void treeInputHasNoLocation() {
        Result result = Checks.LENIENT.check(Variant.FREDDY, Kind.CREATE, Input.of(java.util.Map.of("temperature", 9)));
        assertThat(result.violations()).isNotEmpty().noneMatch(Violation::hasLocation);
    }

    @Test
    void locationsCanBeTurnedOff() {
        AssistConf fast = AssistConf.builder().locations(false).build();
        Result result = fast.check(Variant.FREDDY, Kind.CREATE, Input.json("{\"temperature\": 9}"));
        assertThat(result.violations()).isNotEmpty().noneMatch(Violation::hasLocation);
    }
}
