package io.assistconf.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.assistconf.Result;
import io.assistconf.Variant;
import io.assistconf.Violation;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Checks every fixture listed in {@code fixtures/<variant>/index.json} with core and asserts the verdict
 * the index states: valid or not, the exact warning codes, for invalid fixtures the exact errors (code at
 * canonical pointer, and at the input's own path when the index gives one), and the canonical payload
 * when the index names a file holding it.
 */
class SeedExamplesTest {

    static Stream<Fixture> fixtures() {
        return Fixtures.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixtureGetsTheVerdictTheIndexStates(Fixture fixture) {
        Result result = fixture.assistConf().check(fixture.variant(), fixture.kind(), fixture.input());
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
        if (fixture.canonical() != null) {
            JsonNode expected = Fixtures.read(fixture.directory().resolve(fixture.canonical()));
            JsonNode actual = result.canonical().orElseThrow();
            assertThat(Json.same(expected, actual)).as("canonical payload of %s\n  expected %s\n  actual   %s",
                    fixture, expected, actual).isTrue();
        }
    }

    /**
     * The seed examples are the ground truth: none may be listed as invalid or expect errors unless the
     * decisions document explains it (the entry names the section); every invalid fixture lists its
     * errors and the documented constraint it breaks.
     */
    @Test
    void everySeedExampleIsExpectedToValidateAndEveryInvalidFixtureSaysWhy() {
        List<Fixture> fixtures = Fixtures.all();
        assertThat(fixtures).filteredOn(Fixture::isSeedExample)
                .filteredOn(f -> !f.valid() || !f.codes().isEmpty())
                .as("seed examples listed as invalid without a decision reference")
                .allSatisfy(f -> assertThat(f.decision()).as("decision of %s", f).isNotBlank());
        assertThat(fixtures).filteredOn(Fixture::valid)
                .as("valid fixtures must not list expected errors")
                .allSatisfy(f -> assertThat(f.codes()).as("%s", f).isEmpty());
        assertThat(fixtures).filteredOn(f -> !f.valid())
                .as("invalid fixtures must list their expected errors, one pointer per code, and what they break")
                .allSatisfy(f -> {
                    assertThat(f.codes()).as("codes of %s", f).isNotEmpty();
                    assertThat(f.pointers()).as("pointers of %s", f).hasSameSizeAs(f.codes());
                    assertThat(f.constraints()).as("constraints of %s", f).isNotEmpty();
                });
        assertThat(fixtures).filteredOn(f -> f.file().startsWith("invalid/"))
                .as("every derived fixture names the documented constraint it breaks")
                .allSatisfy(f -> assertThat(f.constraints()).as("constraints of %s", f).isNotEmpty());
        assertThat(fixtures).filteredOn(f -> f.embed() != null)
                .allSatisfy(f -> assertThat(f.directory().resolve(f.embed().into())).as("document of %s", f).exists());
        assertThat(fixtures).filteredOn(f -> f.catalogue() != null || f.canonical() != null)
                .allSatisfy(f -> assertThat(Stream.of(f.catalogue(), f.canonical()).filter(name -> name != null)
                        .map(name -> f.directory().resolve(name))).allMatch(Files::exists));
    }

    /**
     * The seed examples that warn, each with exactly its warnings: a key or value only one source accepts
     * (decisions S0), which the seed or supplement example carries as its source sends it. Every other seed
     * example warns of nothing.
     */
    @Test
    void theSeedExamplesThatWarnCarryWhatOnlyOneSourceAccepts() {
        Map<String, List<String>> warned = new TreeMap<>();
        for (Fixture fixture : Fixtures.all()) {
            if (fixture.isSeedExample()) {
                Result result = fixture.assistConf().check(fixture.variant(), fixture.kind(), fixture.input());
                if (!result.warnings().isEmpty()) {
                    warned.put(fixture.id(), result.warnings().stream().map(v -> v.code() + " at " + v.pointer()).toList());
                }
            }
        }
        assertThat(warned).containsExactly(
                entry("burki/supplement-create-custom-llm-url.json", List.of("legacy_key at /custom_llm_url")),
                entry("cogsol/001-create-example.json", List.of("legacy_value at /strategy_to_optimize_tokens")),
                entry("cogsol/001-object-example.json", List.of("legacy_value at /strategy_to_optimize_tokens")),
                entry("freddy/000-reasoning-assistant.json", List.of("legacy_value at /access_mode")),
                entry("freddy/002-list-response-full.json", List.of("legacy_value at /assistants/0/truncation")),
                entry("freddy/002-list-response-summary.json", List.of("legacy_value at /assistants/1/access_mode")),
                entry("freddy/supplement-create-real-client.json",
                        List.of("legacy_value at /reasoning/effort", "legacy_value at /reasoning/summary")),
                entry("freddy/supplement-update-assistant-metadata.json", List.of("legacy_value at /reasoning/effort")),
                entry("freddy/supplement-update-camel-case.json",
                        List.of("legacy_key at /max_output_synapses", "legacy_key at /json_schemas")));
    }

    /** Every fixture file is in its index exactly once, and every index entry names a file that exists. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Variant.class)
    void indexAndFixtureFilesMatch(Variant variant) {
        List<String> listed = Fixtures.of(variant).stream().map(Fixture::file).sorted().toList();
        assertThat(listed).as("index.json entries of %s", variant.id()).doesNotHaveDuplicates().isNotEmpty();
        assertThat(listed).as("index.json entries vs the files under fixtures/%s", variant.id())
                .containsExactlyElementsOf(Fixtures.filesOnDisk(variant));
    }

    /** The query fixtures hold exactly the query strings of 002's curl examples and the Burki queries. */
    @Test
    void queryFixturesHoldTheDocumentedQueryStrings() {
        assertThat(Fixtures.all()).filteredOn(Fixture::isQuery).filteredOn(Fixture::isSeedExample)
                .extracting(Fixture::id, Fixture::queryString)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("freddy/002-query-basic-list.query", ""),
                        Tuple.tuple("freddy/002-query-summary-minimal.query", "fields=summary&limit=20"),
                        Tuple.tuple("freddy/002-query-with-filters.query",
                                "search=chat&access_mode=public&fields=standard&limit=10"),
                        Tuple.tuple("burki/003-query-skip-limit.query", "skip=0&limit=100"),
                        Tuple.tuple("burki/003-query-filters.query", "active_only=true&my_assistants_only=true"),
                        Tuple.tuple("burki/003-query-page.query", "skip=200&limit=1000"));
    }

    static List<String> codes(List<Violation> violations) {
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
