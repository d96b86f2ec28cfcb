package io.assistconf.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.Kind;
import io.assistconf.Variant;
import io.assistconf.conformance.Mutations.Mutation;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * What the CogSol schemas take from the real CogSol API (decisions S7), in both engines, and how the
 * generators and mutations of the property tests cover it: error bodies, a map of failed fields with at
 * least one member.
 */
class CogsolSchemaTest {

    private static final String ERROR = SchemaDocs.id(Variant.COGSOL, Kind.ERROR);

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

}
