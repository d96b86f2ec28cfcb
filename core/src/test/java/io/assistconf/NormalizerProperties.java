package io.assistconf;

import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.internal.tree.KeySpelling;
import java.util.Iterator;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class NormalizerProperties {

    private static final JsonNode SNAKE = JsonMapper.shared().readTree("""
            {"name": "Dev", "instructions": "Help.", "organization_id": "org_1", "default_model_key": "gpt-5", "context_strategy": "full", "stop_sequences": ["END"],
             "tool_configurations": {"system_tools": {"code_interpreter": {"mode": "on"},
                                                      "computer_use_preview": {"image_url": false}},
               "mcp_tools": [{"server_label": "GitHub", "connector_id": "connector_github",
                              "allowed_tools": {"read_only": true, "tool_names": ["search"]},
                              "require_approval": {"never": {"tool_names": ["search"]}}}]},
             "top_logprobs": 2, "store_responses": true, "max_tool_calls": 3,
             "json_schemas": [{"name": "out", "schema_object": {"type": "object", "someKey": 1}}]}""");

    private static final String CANONICAL = Checks.LENIENT.check(Variant.FREDDY, Kind.CREATE, Input.of(SNAKE))
            .canonicalJson().orElseThrow();

    @Property(tries = 200)
    void anyMixOfSpellingsNormalizesToTheSameCanonicalPayload(@ForAll("camelChoices") long choices) {
        JsonNode mixed = respell(SNAKE.deepCopy(), new long[] {choices}, false);
        Result result = Checks.LENIENT.check(Variant.FREDDY, Kind.CREATE, Input.of(mixed));
        assertThat(result.violations()).isEmpty();
        assertThat(result.canonicalJson()).contains(CANONICAL);
    }

    @Property(tries = 300)
    void arbitraryTextNeverThrowsAndAlwaysGivesAResult(@ForAll("texts") String text) {
        for (Kind kind : Kind.values()) {
            Result result = Checks.LENIENT.check(Variant.FREDDY, kind, Input.text(text));
            assertThat(result.valid() || !result.errors().isEmpty()).isTrue();
        }
    }

    @Provide
    Arbitrary<Long> camelChoices() {
        return Arbitraries.longs();
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(200),
                Arbitraries.strings().withChars("{}[]\":,-0123456789aeflnrstu \n").ofMaxLength(200),
                Arbitraries.strings().withChars("name:\n -[]{}#&*!|>'\"0123456789").ofMaxLength(200));
    }

    /** Rewrites each key of schema-described objects to camelCase when the next choice bit is set. */
    private static JsonNode respell(JsonNode node, long[] choices, boolean freeForm) {
        if (node instanceof ObjectNode object) {
            ObjectNode out = object.objectNode();
            Iterator<Map.Entry<String, JsonNode>> members = object.properties().iterator();
            while (members.hasNext()) {
                Map.Entry<String, JsonNode> member = members.next();
                boolean camel = !freeForm && (choices[0] & 1) == 1;
                choices[0] = Long.rotateRight(choices[0], 1);
                boolean childFree = freeForm || member.getKey().equals("schema_object");
                out.set(camel ? KeySpelling.camel(member.getKey()) : member.getKey(),
                        respell(member.getValue(), choices, childFree));
            }
            return out;
        }
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, respell(array.get(i), choices, freeForm));
            }
        }
        return node;
    }
}
