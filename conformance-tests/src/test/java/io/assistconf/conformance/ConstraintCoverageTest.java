package io.assistconf.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.Code;
import io.assistconf.Result;
import io.assistconf.Variant;
import io.assistconf.conformance.Constraints.Constraint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every documented constraint has an invalid fixture that breaks it, and the README's table says which:
 * <ul>
 * <li>each schema constraint ({@link Constraints}) is named by at least one fixture, and that fixture really
 * breaks it: networknt, run on core's canonical payload, reports an error at exactly that schema keyword,
 * and the fixture expects the code the keyword maps to;</li>
 * <li>each rule of docs/errors.md ("Freddy rules", "CogSol rules", "Burki rules") and each normalizer check
 * ("Normalizing") is named by a fixture ({@code rule:<code>}, {@code normalizer:<code>}) that expects its code;</li>
 * <li>the table between the markers in conformance-tests/README.md lists exactly these constraints and
 * fixtures (on a mismatch the expected table is written to target/constraint-table.md).</li>
 * </ul>
 */
class ConstraintCoverageTest {

    /** Constraints no payload can break, each with the reason. */
    static final Map<String, String> UNREACHABLE = Map.of(
            "freddy/list-response.json#/definitions/standard_item/required:default_model_key",
            "it is the if-condition that selects standard_item (decisions F9.1): an item without default_model_key"
                    + " is a summary item, so this requirement always holds",
            "cogsol/object.json#/definitions/assistant/properties/strategy_to_optimize_tokens/anyOf/0/enum",
            "the CogSol client's three values (decision S8): any other non-empty string is accepted by the next"
                    + " alternative, marked x-legacy, so no value breaks this enum alone");

    static final String START = "<!-- constraint-table:start (written by ConstraintCoverageTest; do not edit by hand) -->";
    static final String END = "<!-- constraint-table:end -->";

    private static final Map<String, Constraint> CONSTRAINTS = Constraints.all();

    static Stream<Fixture> fixturesNamingConstraints() {
        return Fixtures.all().stream().filter(f -> !f.constraints().isEmpty());
    }

    @Test
    void everySchemaConstraintHasAFixtureThatBreaksIt() {
        Map<String, List<String>> covering = covering();
        List<String> uncovered = CONSTRAINTS.values().stream()
                .filter(c -> !covering.containsKey(c.id()) && !UNREACHABLE.containsKey(c.id()))
                .map(c -> c.id() + " (" + c.says() + ", expect " + c.code() + ")").toList();
        assertThat(uncovered).as("documented constraints that no fixture breaks: add an invalid fixture naming each"
                + " in its 'constraints'").isEmpty();
        assertThat(UNREACHABLE.keySet()).as("constraints listed as unreachable").allSatisfy(id -> {
            assertThat(CONSTRAINTS).as("unreachable constraint %s must exist", id).containsKey(id);
            assertThat(covering).as("unreachable constraint %s must have no fixture", id).doesNotContainKey(id);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixturesNamingConstraints")
    void eachFixtureBreaksTheConstraintsItNames(Fixture fixture) {
        Result result = fixture.assistConf().check(fixture.variant(), fixture.kind(), fixture.input());
        Set<String> expectedCodes = new LinkedHashSet<>(fixture.codes());
        expectedCodes.addAll(fixture.warnings());
        Set<String> hit = Engines.networknt(SchemaDocs.id(fixture.variant(), fixture.kind()),
                TwoEnginesTest.EXACT.readTree(result.canonicalJson().orElseThrow())).stream()
                .map(Engines::constraintOf).collect(Collectors.toCollection(LinkedHashSet::new));
        for (String named : fixture.constraints()) {
            if (named.startsWith("rule:") || named.startsWith("normalizer:")) {
                String code = named.substring(named.indexOf(':') + 1);
                assertThat(expectedCodes).as("%s names %s, so it must expect that code", fixture, named).contains(code);
                continue;
            }
            Constraint constraint = CONSTRAINTS.get(named);
            assertThat(constraint).as("%s names %s, which is no constraint of the schemas", fixture, named).isNotNull();
            assertThat(constraint.variant()).as("variant of %s named by %s", named, fixture).isEqualTo(fixture.variant().id());
            assertThat(hit).as("%s names %s, so networknt must report that keyword on its canonical payload %s",
                    fixture, named, result.canonicalJson().orElseThrow()).contains(named);
            assertThat(expectedCodes).as("%s breaks %s, so it must expect %s", fixture, named, constraint.code())
                    .contains(constraint.code());
        }
    }

    @Test
    void everyRuleAndNormalizerCheckHasAFixture() {
        Set<String> named = new LinkedHashSet<>();
        Fixtures.all().forEach(f -> named.addAll(f.constraints()));
        List<String> expected = new ArrayList<>();
        Code.Group.FREDDY_RULES.codes().forEach(code -> expected.add("rule:" + code.id()));
        Code.Group.COGSOL_RULES.codes().forEach(code -> expected.add("rule:" + code.id()));
        Code.Group.BURKI_RULES.codes().forEach(code -> expected.add("rule:" + code.id()));
        Code.Group.NORMALIZING.codes().forEach(code -> expected.add("normalizer:" + code.id()));
        assertThat(named).as("rules and normalizer checks of docs/errors.md that no fixture shows")
                .containsAll(expected);
        assertThat(named).filteredOn(n -> n.startsWith("rule:") || n.startsWith("normalizer:"))
                .as("rule and normalizer names in fixtures must be codes of docs/errors.md")
                .allSatisfy(n -> assertThat(expected).contains(n));
    }

    @Test
    void readmeTableListsEveryConstraintAndTheFixturesThatBreakIt() throws IOException {
        String table = table();
        String readme = Docs.read(Docs.readme());
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        String actual = start < 0 || end < start ? "" : readme.substring(start + START.length(), end).strip();
        if (!actual.equals(table.strip())) {
            Path written = Path.of("target", "constraint-table.md");
            Files.createDirectories(written.getParent());
            Files.writeString(written, START + "\n" + table + END + "\n");
        }
        assertThat(actual).as("the constraint table of %s is out of date: replace the part between the markers with"
                + " target/constraint-table.md", Docs.readme()).isEqualTo(table.strip());
    }

    @AfterAll
    static void summary() {
        Map<String, List<String>> covering = covering();
        Map<String, int[]> counts = new TreeMap<>();
        CONSTRAINTS.values().forEach(c -> {
            int[] count = counts.computeIfAbsent(c.variant(), v -> new int[3]);
            count[0]++;
            if (covering.containsKey(c.id())) {
                count[1]++;
            } else if (UNREACHABLE.containsKey(c.id())) {
                count[2]++;
            }
        });
        StringBuilder out = new StringBuilder("documented schema constraints with a breaking fixture:");
        counts.forEach((variant, count) -> out.append(' ').append(variant).append(' ').append(count[1]).append('/')
                .append(count[0]).append(count[2] > 0 ? " (" + count[2] + " unreachable)" : "").append(';'));
        System.out.println(out);
    }

    /** Constraint id to the ids of the fixtures naming it, in fixture order. */
    static Map<String, List<String>> covering() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Fixture fixture : Fixtures.all()) {
            for (String named : fixture.constraints()) {
                out.computeIfAbsent(named, k -> new ArrayList<>()).add(fixture.id());
            }
        }
        return out;
    }

    /** The README table: per variant, every schema constraint, then every rule and normalizer check. */
    static String table() {
        Map<String, List<String>> covering = covering();
        StringBuilder out = new StringBuilder("\n");
        for (Variant variant : Variant.values()) {
            List<Constraint> own = CONSTRAINTS.values().stream().filter(c -> c.variant().equals(variant.id())).toList();
            out.append("#### ").append(variant.id()).append(": ").append(own.size()).append(" schema constraints\n\n");
            out.append("| constraint | says | code | at | broken by |\n| --- | --- | --- | --- | --- |\n");
            for (Constraint constraint : own) {
                String by = UNREACHABLE.containsKey(constraint.id()) ? "unreachable: " + UNREACHABLE.get(constraint.id())
                        : links(covering.getOrDefault(constraint.id(), List.of()));
                out.append("| `").append(constraint.id()).append("` | ").append(cell(constraint.says())).append(" | `")
                        .append(constraint.code()).append("` | ").append(at(constraint, covering)).append(" | ")
                        .append(by).append(" |\n");
            }
            out.append('\n');
            Map<String, List<String>> checks = new TreeMap<>();
            covering.forEach((named, fixtures) -> {
                if (named.contains(":") && !named.contains("#")) {
                    List<String> ownFixtures = fixtures.stream().filter(f -> f.startsWith(variant.id() + "/")).toList();
                    if (!ownFixtures.isEmpty()) {
                        checks.put(named, ownFixtures);
                    }
                }
            });
            if (!checks.isEmpty()) {
                out.append("| ").append(variant.id()).append(" rule or normalizer check | code | shown by |\n")
                        .append("| --- | --- | --- |\n");
                checks.forEach((named, fixtures) -> out.append("| `").append(named).append("` | `")
                        .append(named.substring(named.indexOf(':') + 1)).append("` | ").append(links(fixtures))
                        .append(" |\n"));
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** Where the first fixture breaking the constraint expects its code: the field, as a JSON Pointer. */
    private static String at(Constraint constraint, Map<String, List<String>> covering) {
        for (String id : covering.getOrDefault(constraint.id(), List.of())) {
            Fixture fixture = Fixtures.byId(id);
            for (int i = 0; i < fixture.codes().size(); i++) {
                if (fixture.codes().get(i).equals(constraint.code())) {
                    return "`" + fixture.pointers().get(i) + "`";
                }
            }
        }
        return "";
    }

    private static String links(List<String> fixtureIds) {
        if (fixtureIds.isEmpty()) {
            return "**none**";
        }
        return fixtureIds.stream().map(id -> "[" + id.substring(id.indexOf('/') + 1)
                + "](../test-kit/src/main/resources/fixtures/" + id + ")").collect(Collectors.joining("<br>"));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
