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
        Result result = Checks.LENIENT.check(Variant.FREDDY, Kind.CREATE, Input.json("\n\n  {\"temperature\": 1, "
                + "\"instructions\": \"i\", \"organization_id\": \"org_1\"}"));
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
    void anyPointerOfAJsonPayloadIsLocatedInTheUsersOrTheCanonicalSpelling() {
        String json = """
                {
                  "name": "x",
                  "toolConfigurations": {
                    "systemTools": {
                      "webSearch": {"mode": "on"}
                    }
                  },
                  "temperature": 0.5, "instructions": "i", "organization_id": "org_1"
                }""";
        Result result = Checks.LENIENT.check(Variant.FREDDY, Kind.CREATE, Input.json(json));
        assertThat(result.valid()).as("%s", result.violations()).isTrue();
        Location mode = new Location(5, 21);
        assertThat(result.locate("/toolConfigurations/systemTools/webSearch/mode")).contains(mode);
        assertThat(result.locate("/tool_configurations/system_tools/web_search/mode")).contains(mode);
        assertThat(result.locate("/toolConfigurations")).contains(new Location(3, 3));
        assertThat(result.locate("/temperature")).contains(new Location(8, 3));
        assertThat(result.locate("")).contains(new Location(1, 1));
    }

    @Test
    void anyPointerOfAYamlPayloadIsLocated() {
        String yaml = """
                name: x
                tool_configurations:
                  mcpTools:
                    - serverLabel: GitHub
                      requireApproval: never
                      connectorId: connector_github
                """;
        Result result = Checks.LENIENT.check(Variant.FREDDY, Kind.CREATE, Input.yaml(yaml));
        Location approval = new Location(5, 7);
        assertThat(result.locate("/tool_configurations/mcpTools/0/requireApproval")).contains(approval);
        assertThat(result.locate("/tool_configurations/mcp_tools/0/require_approval")).contains(approval);
        assertThat(result.locate("/tool_configurations/mcpTools/0")).contains(new Location(4, 7));
    }

    @Test
    void aPointerWithNoValueHasNoLocation() {
        Result result = Checks.LENIENT.check(Variant.FREDDY, Kind.CREATE, Input.json("{\"name\": \"x\"}"));
        assertThat(result.locate("/temperature")).isEmpty();
        assertThat(result.locate("/name/0")).isEmpty();
        assertThat(result.locate("name")).isEmpty();
        assertThat(result.locate("/name")).contains(new Location(1, 2));
    }

    @Test
    void treeAndUnreadableInputHaveNoLocations() {
        Result tree = Checks.LENIENT.check(Variant.FREDDY, Kind.CREATE, Input.of(java.util.Map.of("name", "x")));
        assertThat(tree.locate("/name")).isEmpty();
        Result query = Checks.LENIENT.check(Variant.FREDDY, Kind.LIST_QUERY, Input.query("limit=5"));
        assertThat(query.locate("/limit")).isEmpty();
        Result unreadable = Checks.LENIENT.check(Variant.FREDDY, Kind.CREATE, Input.json("{\"name\": "));
        assertThat(unreadable.locate("")).isEmpty();
    }

    @Test
    void locationsCanBeTurnedOff() {
        AssistConf fast = AssistConf.builder().locations(false).build();
        Result result = fast.check(Variant.FREDDY, Kind.CREATE, Input.json("{\"temperature\": 9}"));
        assertThat(result.violations()).isNotEmpty().noneMatch(Violation::hasLocation);
    }
}
