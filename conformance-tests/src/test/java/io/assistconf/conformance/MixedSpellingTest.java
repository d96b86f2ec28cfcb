package io.assistconf.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.AssistConf;
import io.assistconf.Input;
import io.assistconf.Kind;
import io.assistconf.Result;
import io.assistconf.Variant;
import io.assistconf.testkit.Spellings;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Any mix of camelCase and snake_case property names in seed 000's Code Assistant (each property spelled
 * either way, independently, at every depth) normalizes to the bytes of the all-snake_case spelling.
 * The mixes are drawn from fixed seeds, so a failure names a seed that reproduces it.
 */
class MixedSpellingTest {

    /** Members whose keys are user data, not property names: never respelled. */
    private static final Set<String> FREE_FORM = Set.of("metadata", "text_config");

    private static final AssistConf ASSISTCONF = AssistConf.create();
    private static final JsonNode SNAKE = Fixtures.read(Fixtures.directory(Variant.FREDDY).resolve("000-code-assistant.snake.json"));
    private static final String EXPECTED = ASSISTCONF.check(Variant.FREDDY, Kind.OBJECT, Input.of(SNAKE))
            .canonicalJson().orElseThrow();

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 100);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyMixOfSpellingsNormalizesToTheSameBytes(long seed) {
        JsonNode mixed = respell(SNAKE, new Random(seed), false);
        Result result = ASSISTCONF.check(Variant.FREDDY, Kind.OBJECT, Input.json(mixed.toString()));

        assertThat(result.violations()).as("violations of %s", mixed).isEmpty();
        assertThat(result.canonicalJson()).as("canonical of %s", mixed).contains(EXPECTED);
    }

    /** The mixes do mix: the respelling changes some keys and leaves others, and never touches user keys. */
    @Test
    void theMixesRespellSomeKeysButNotUserData() {
        JsonNode mixed = respell(SNAKE, new Random(7), false);
        assertThat(mixed).isNotEqualTo(SNAKE);
        assertThat(CanonicalPayloadTest.keys(mixed)).anyMatch(key -> key.contains("_"))
                .anyMatch(key -> !key.equals(key.toLowerCase(java.util.Locale.ROOT)));
        JsonNode allCamel = respell(SNAKE, new Random(0) {
            @Override
            public boolean nextBoolean() {
                return true;
            }
        }, false);
        assertThat(allCamel).isEqualTo(Fixtures.read(Fixtures.directory(Variant.FREDDY).resolve("000-code-assistant.camel.json")));
    }

    private static JsonNode respell(JsonNode node, Random random, boolean freeForm) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                String key = member.getKey();
                String spelled = !freeForm && random.nextBoolean() ? Spellings.camel(key) : key;
                out.set(spelled, respell(member.getValue(), random, freeForm || FREE_FORM.contains(key)));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.values().forEach(item -> out.add(respell(item, random, freeForm)));
            return out;
        }
        return node;
    }
}
