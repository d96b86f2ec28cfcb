package io.assistconf.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.AssistConf;
import io.assistconf.Result;
import io.assistconf.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks every fixture listed in {@code fixtures/freddy/index.json} with core and asserts the verdict
 * the index states: valid or not, the exact warning codes, and for invalid fixtures the exact errors
 * (code at canonical pointer, and at the input's own path when the index gives one).
 */
class SeedExamplesTest {

    private static final AssistConf ASSISTCONF = AssistConf.create();

    static Stream<Fixture> fixtures() {
        return Fixtures.freddy().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixtureGetsTheVerdictTheIndexStates(Fixture fixture) {
        Result result = ASSISTCONF.check(fixture.variant(), fixture.kind(), fixture.input());
        String report = Fixtures.report(fixture, result);

        assertThat(result.valid()).as("verdict of %s", report).isEqualTo(fixture.valid());
        assertThat(codes(result.warnings())).as("warning codes of %s", report)
                .containsExactlyElementsOf(fixture.warnings());
        assertThat(result.canonicalJson()).as("canonical payload of %s", report).isPresent();

        List<String> expectedErrors = pairs(fixture.codes(), fixture.pointers());
        List<String> actualErrors = new ArrayList<>();
        result.errors().forEach(v -> actualErrors.add(v.code() + " at '" + v.pointer() + "'"));
        assertThat(actualErrors).as("errors of %s", report).containsExactlyInAnyOrderElementsOf(expectedErrors);
        if (fixture.paths() != null) {
            List<String> actualPaths = new ArrayList<>();
            result.errors().forEach(v -> actualPaths.add(v.code() + " at '" + v.path() + "'"));
            assertThat(actualPaths).as("errors of %s, located as the input spells them", report)
                    .containsExactlyInAnyOrderElementsOf(pairs(fixture.codes(), fixture.paths()));
        }
    }

    /**
     * The seed examples are the ground truth: none may be listed as invalid, expect errors or be left
     * out of the index, unless the schema decisions document explains it (the entry names the section).
     */
    @Test
    void everySeedExampleIsListedAndExpectedToValidate() {
        List<Fixture> fixtures = Fixtures.freddy();
        assertThat(fixtures).filteredOn(Fixture::isSeedExample)
                .filteredOn(f -> !f.valid() || !f.codes().isEmpty())
                .as("seed examples listed as invalid without a decision reference")
                .allSatisfy(f -> assertThat(f.decision()).as("decision of %s", f).isNotBlank());
        assertThat(fixtures).filteredOn(f -> f.valid())
                .as("valid fixtures must not list expected errors")
                .allSatisfy(f -> assertThat(f.codes()).as("%s", f).isEmpty());
        assertThat(fixtures).filteredOn(f -> !f.valid())
                .as("invalid fixtures must list their expected errors, one pointer per code")
                .allSatisfy(f -> {
                    assertThat(f.codes()).as("codes of %s", f).isNotEmpty();
                    assertThat(f.pointers()).as("pointers of %s", f).hasSameSizeAs(f.codes());
                });
        assertThat(fixtures.stream().map(Fixture::file).filter(name -> name.startsWith("000-") || name.startsWith("002-")))
                .as("seed fixtures listed in index.json")
                .contains("000-customer-support-assistant.json", "000-code-assistant.json",
                        "000-reasoning-assistant.json", "000-code-assistant.camel.json", "000-code-assistant.snake.json",
                        "002-list-response-summary.json", "002-list-response-standard.json",
                        "002-list-response-full.json", "002-error-400.json", "002-error-401.json",
                        "002-error-403.json", "002-query-basic-list.query", "002-query-summary-minimal.query",
                        "002-query-with-filters.query");
    }

    /** Every fixture file is in the index exactly once, and every index entry names a file that exists. */
    @Test
    void indexAndFixtureFilesMatch() {
        List<String> listed = Fixtures.freddy().stream().map(Fixture::file).sorted().toList();
        assertThat(listed).as("index.json entries").doesNotHaveDuplicates();
        assertThat(listed).as("index.json entries vs the files under fixtures/freddy")
                .containsExactlyElementsOf(Fixtures.filesOnDisk());
    }

    /** The query fixtures hold exactly the query strings of 002's curl examples. */
    @Test
    void queryFixturesHoldTheCurlQueryStrings() {
        assertThat(Fixtures.freddy()).filteredOn(Fixture::isQuery).filteredOn(Fixture::isSeedExample)
                .extracting(Fixture::file, Fixture::queryString)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("002-query-basic-list.query", ""),
                        org.assertj.core.groups.Tuple.tuple("002-query-summary-minimal.query", "fields=summary&limit=20"),
                        org.assertj.core.groups.Tuple.tuple("002-query-with-filters.query",
                                "search=chat&access_mode=public&fields=standard&limit=10"));
    }

    private static List<String> codes(List<Violation> violations) {
        return violations.stream().map(Violation::code).toList();
    }

    private static List<String> pairs(List<String> codes, List<String> pointers) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            out.add(codes.get(i) + " at '" + (i < pointers.size() ? pointers.get(i) : "?") + "'");
        }
        return out;
    }
}
