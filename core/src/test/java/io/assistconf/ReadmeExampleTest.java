package io.assistconf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Java usage example of README.md, kept here so that it always compiles and works. */
class ReadmeExampleTest {

    @Test
    void readmeExample() {
        // --- README example start ---
        AssistConf assistconf = AssistConf.builder().strict(false).build(); // build once, share everywhere

        String body = "{\"name\": \"Support\", \"toolConfigurations\": {\"systemTools\": {\"webSearch\": {\"mode\": \"on\"}}},"
                + " \"instructions\": \"Answer politely.\", \"organization_id\": \"org_1\", \"temperature\": 2.5}";
        Result result = assistconf.check(Variant.FREDDY, Kind.CREATE, Input.json(body));

        if (!result.valid()) {
            for (Violation v : result.errors()) {
                System.out.println(v.line() + ":" + v.column() + " " + v.code() + " at " + v.path() + ": " + v.message());
            }
        }
        result.changes().forEach(change -> System.out.println(change)); // renamed, defaulted, coerced
        // --- README example end ---

        assertThat(result.valid()).isFalse();
        assertThat(result.errors()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("out_of_range");
            assertThat(v.message()).isEqualTo("must be between 0 and 2 (inclusive)");
        });
        assertThat(result.canonical().orElseThrow().at("/tool_configurations/system_tools/web_search/mode").asString())
                .isEqualTo("on");
    }
}
