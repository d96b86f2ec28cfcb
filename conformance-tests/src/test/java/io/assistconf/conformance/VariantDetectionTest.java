package io.assistconf.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.Input;
import io.assistconf.Result;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Variant detection (decisions L8) on the seed corpus: for every seed fixture, {@code check(kind, input)}
 * without a variant finds the fixture's variant and gives the verdict the variant given explicitly gives,
 * as written and respelled in camelCase; with a {@code $schema} key, {@code check(input)} finds variant and
 * kind. Fixtures no key tells apart ({@code {"name": "x"}}, an empty query) say so in the index
 * ({@code undetectable}) and must give {@code unknown_variant}.
 */
class VariantDetectionTest {

    static Stream<Fixture> seedFixtures() {
        return Fixtures.all().stream().filter(Fixture::isSeedExample).filter(f -> f.catalogue() == null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedFixtures")
    void theVariantIsDetectedFromTheSeedPayload(Fixture fixture) {
        expectDetected(fixture, fixture.input(), "as written");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedFixtures")
    void theVariantIsDetectedFromTheCamelCaseRespelling(Fixture fixture) {
        JsonNode camel = Respell.allCamel(fixture.document(), SchemaView.of(SchemaDocs.root(fixture.variant(), fixture.kind())));
        Input input = fixture.isQuery() || fixture.isParameters() ? Input.query(QueryStrings.render(camel))
                : Input.json(camel.toString());
        expectDetected(fixture, input, "respelled in camelCase: " + camel);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedFixtures")
    void aSchemaKeyNamesVariantAndKind(Fixture fixture) {
        JsonNode document = fixture.document();
        if (!document.isObject() || fixture.isQuery() || fixture.isParameters()) {
            return; // a query string or a top-level array has no place for $schema
        }
        ((ObjectNode) document).put("$schema", SchemaDocs.id(fixture.variant(), fixture.kind()));
        Result detected = fixture.assistConf().check(Input.json(document.toString()));
        assertThat(detected.variant()).as("variant of %s with $schema", fixture).contains(fixture.variant());
        assertThat(detected.kind()).as("kind of %s with $schema", fixture).isEqualTo(fixture.kind());
        assertThat(detected.valid()).as("verdict of %s with $schema: %s", fixture, detected.violations())
                .isEqualTo(fixture.valid());
    }

    private static void expectDetected(Fixture fixture, Input input, String how) {
        Result detected = fixture.assistConf().check(fixture.kind(), input);
        if (fixture.undetectable() != null) {
            assertThat(detected.variant()).as("%s %s is undetectable (%s)", fixture, how, fixture.undetectable()).isEmpty();
            assertThat(SeedExamplesTest.codes(detected.errors())).as("errors of %s %s", fixture, how)
                    .containsExactly("unknown_variant");
            return;
        }
        assertThat(detected.variant()).as("variant detected for %s %s: %s", fixture, how, detected.violations())
                .contains(fixture.variant());
        assertThat(detected.kind()).isEqualTo(fixture.kind());
        assertThat(detected.valid()).as("verdict of %s %s: %s", fixture, how, detected.violations()).isEqualTo(fixture.valid());
        Result explicit = fixture.assistConf().check(fixture.variant(), fixture.kind(), input);
        assertThat(detected.canonicalJson()).as("canonical of %s %s", fixture, how).isEqualTo(explicit.canonicalJson());
    }
}
