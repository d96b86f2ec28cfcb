package io.assistconf.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

/**
 * The corpus holds every JSON example of the seed documents, verbatim: each JSON object or array found in
 * a seed's text (from its first '{' or '[' to the end of a well-formed value) equals, as JSON, the content
 * of a fixture marked {@code extracted} whose name starts with the seed's number, and each such fixture
 * equals one of them. Skipped without the seeds (shared/seeds beside the repository).
 */
class SeedExtractionTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(strings = {"000", "001", "002", "003"})
    void everyJsonExampleOfTheSeedIsAFixture(String seed) {
        Assumptions.assumeTrue(Docs.haveSeeds(), "the seed documents are not at " + Docs.seeds());
        List<JsonNode> blocks = blocks(Docs.seed(seed));
        List<Fixture> extracted = Fixtures.all().stream().filter(Fixture::extracted)
                .filter(f -> f.file().replace("fragments/", "").startsWith(seed + "-")).toList();
        assertThat(blocks).as("JSON examples in seed %s", seed).isNotEmpty();
        for (JsonNode block : blocks) {
            assertThat(extracted).as("a fixture holding the example %s of seed %s", shorten(block), seed)
                    .anyMatch(f -> Json.same(Fixtures.read(f.path()), block));
        }
        for (Fixture fixture : extracted) {
            assertThat(blocks).as("%s is an example of seed %s, verbatim", fixture, seed)
                    .anyMatch(block -> Json.same(Fixtures.read(fixture.path()), block));
        }
        System.out.println("seed " + seed + ": " + blocks.size() + " JSON examples, " + extracted.size() + " fixtures");
    }

    /** Reads one JSON value and stops after it (the seed's prose follows). */
    private static final ObjectReader ONE_VALUE = Fixtures.MAPPER.readerFor(JsonNode.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Every well-formed, non-empty JSON object or array in the text, in order, not nested in another. */
    static List<JsonNode> blocks(String text) {
        List<JsonNode> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{' || c == '[') {
                try (JsonParser parser = Fixtures.MAPPER.createParser(new StringReader(text.substring(i)))) {
                    JsonNode value = ONE_VALUE.readValue(parser);
                    if (value != null && value.isContainer() && !value.isEmpty()) {
                        out.add(value);
                        i += (int) parser.currentLocation().getCharOffset();
                        continue;
                    }
                } catch (JacksonException e) {
                    // not JSON from here: go on with the next character
                }
            }
            i++;
        }
        return out;
    }

    private static String shorten(JsonNode block) {
        String text = block.toString();
        return text.length() > 80 ? text.substring(0, 80) + "..." : text;
    }

}
