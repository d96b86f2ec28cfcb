package io.assistconf.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.Kind;
import io.assistconf.Variant;
import io.assistconf.conformance.Mutations.Mutation;
import io.assistconf.conformance.SchemaDocs.Loc;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * What the CogSol schemas take from the real CogSol client (decisions S7, S8), in both engines, and how the
 * generators and mutations of the property tests cover it: error bodies, a map of failed fields with at
 * least one member, and {@code strategy_to_optimize_tokens}, the client's three values beside the seed's
 * any non-empty string, marked {@code x-legacy}.
 */
class CogsolSchemaTest {

    private static final String STRATEGY = SchemaDocs.ID_PREFIX
            + "cogsol/object.json#/definitions/assistant/properties/strategy_to_optimize_tokens";
    private static final String ERROR = SchemaDocs.id(Variant.COGSOL, Kind.ERROR);

    @ParameterizedTest
    @ValueSource(strings = {"\"no_optimization\"", "\"description_only\"", "\"skip_all_content\"", "\"string\"",
        "\"summarize\"", "null"})
    void bothEnginesAcceptTheClientsStrategiesAndTheSeedsString(String value) {
        assertThat(Engines.networknt(STRATEGY, Fixtures.MAPPER.readTree(value))).as(value).isEmpty();
        assertThat(Engines.everit(STRATEGY, value)).as(value).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"\"", "2", "true", "[\"no_optimization\"]"})
    void bothEnginesRefuseAnEmptyOrNonStringStrategy(String value) {
        assertThat(Engines.networknt(STRATEGY, Fixtures.MAPPER.readTree(value))).as(value).isNotEmpty();
        assertThat(Engines.everit(STRATEGY, value)).as(value).isNotEmpty();
    }

    /** The x-legacy alternative is the only one that takes a value outside the client's three. */
    @Test
    void onlyTheAlternativeMarkedLegacyTakesTheSeedsString() {
        Loc strategy = new Loc(SchemaDocs.ID_PREFIX + "cogsol/object.json",
                "/definitions/assistant/properties/strategy_to_optimize_tokens");
        List<String> takingString = new ArrayList<>();
        List<String> takingClientValue = new ArrayList<>();
        JsonNode alternatives = strategy.node().get("anyOf");
        for (int i = 0; i < alternatives.size(); i++) {
            Loc alternative = strategy.child("anyOf", i);
            String text = alternative.node().path("x-legacy").asString("");
            if (Engines.networknt(alternative.absolute(), Fixtures.MAPPER.readTree("\"string\"")).isEmpty()) {
                takingString.add(text);
            }
            if (Engines.networknt(alternative.absolute(), Fixtures.MAPPER.readTree("\"no_optimization\"")).isEmpty()) {
                takingClientValue.add(text);
            }
        }
        assertThat(takingString).singleElement().asString().startsWith("seed 001 only")
                .contains("no_optimization, description_only or skip_all_content");
        assertThat(takingClientValue).as("a client value is taken by an alternative without x-legacy").contains("");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"system_prompt\": [\"This field is required.\"]}", "{\"non_field_errors\": [\"x\"]}",
        "{\"detail\": \"Not found.\"}", "{\"tools\": []}"})
    void bothEnginesAcceptTheApisErrorBodies(String body) {
        assertThat(Engines.networknt(ERROR, Fixtures.MAPPER.readTree(body))).as(body).isEmpty();
        assertThat(Engines.everit(ERROR, body)).as(body).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"system_prompt\": \"required\"}", "{\"tools\": [1]}", "{\"detail\": [\"x\"]}",
        "{\"non_field_errors\": \"x\"}", "[]"})
    void bothEnginesRefuseOtherErrorBodies(String body) {
        assertThat(Engines.networknt(ERROR, Fixtures.MAPPER.readTree(body))).as(body).isNotEmpty();
        assertThat(Engines.everit(ERROR, body)).as(body).isNotEmpty();
    }

    @Provide
    Arbitrary<JsonNode> errorBodies() {
        return Generators.valid(Variant.COGSOL, Kind.ERROR);
    }

    /** The generators fill the map of failed fields, and the mutations break its count and its members' type. */
    @Property(tries = 200)
    void generatedErrorBodiesNameAFieldAndCanBeBrokenByCountAndType(@ForAll("errorBodies") JsonNode body) {
        assertThat(body.size()).as("members of %s", body).isPositive();
        assertThat(Engines.networknt(ERROR, body)).as("networknt on %s", body).isEmpty();
        List<Mutation> mutations = Mutations.of(body, SchemaView.of(SchemaDocs.root(Variant.COGSOL, Kind.ERROR)),
                Kind.ERROR, false);
        assertThat(mutations).as("mutations of %s", body)
                .anySatisfy(m -> assertThat(m.keyword() + " " + m.pointer() + " " + m.code())
                        .isEqualTo("minProperties  invalid_property_count"))
                .anySatisfy(m -> assertThat(m.keyword() + " " + m.pointer() + " " + m.code())
                        .isEqualTo("type /zz_added invalid_type"));
        for (Mutation mutation : mutations) {
            assertThat(Engines.networknt(ERROR, mutation.apply(body))).as("%s of %s", mutation, body).isNotEmpty();
        }
    }

    /**
     * No mutation sets a strategy that another alternative takes (a value outside the client's three): a
     * client value is broken by its type, the seed's string by its length and its type.
     */
    @ParameterizedTest
    @CsvSource({"no_optimization, type", "string, minLength type"})
    void aStrategyIsBrokenOnlyWhereNoAlternativeTakesTheNewValue(String strategy, String keywords) {
        JsonNode body = Fixtures.MAPPER.readTree("""
                {"generation_config": "g", "generation_config_pretools": "p", "description": "d",
                 "system_prompt": "s", "temperature": 1, "strategy_to_optimize_tokens": "%s"}""".formatted(strategy));
        List<String> atStrategy = Mutations.of(body, SchemaView.of(SchemaDocs.root(Variant.COGSOL, Kind.CREATE)),
                Kind.CREATE, false).stream().filter(m -> m.pointer().equals("/strategy_to_optimize_tokens"))
                .map(Mutation::keyword).toList();
        assertThat(atStrategy).containsExactlyInAnyOrder(keywords.split(" "));
    }
}
