package io.assistconf;

import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.internal.read.PointerLocator;
import io.assistconf.internal.read.ReadOutcome;
import io.assistconf.internal.read.TextParser;
import io.assistconf.internal.tree.Pointers;
import io.assistconf.internal.tree.SecretKeys;
import io.assistconf.testkit.TestPayloads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The targeted locator answers exactly as the full {@link LocationIndex} for every pointer asked about, for the
 * value there or its nearest enclosing one, and for the value there only.
 */
class PointerLocatorTest {

    private static final TextParser PARSER = new TextParser(Limits.DEFAULTS, SecretKeys.NONE);
    /** Jackson's own parsers give the oracle's token positions (for YAML: of documents without aliases). */
    private static final ObjectMapper JSON_TOKENS = JsonMapper.builder().build();
    private static final ObjectMapper YAML_TOKENS = YAMLMapper.builder().build();

    @Test
    void agreesWithTheFullIndexOnEveryValueOfEveryDocument() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(TestPayloads.examples(), TestPayloads.fixtures(), TestPayloads.payloads())) {
            try (Stream<Path> walk = Files.walk(root)) {
                // examples/broken repeats a key: the oracle locates the first value, the library the one it keeps
                walk.filter(f -> !f.startsWith(TestPayloads.examples().resolve("broken")))
                        .filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".yaml")
                        || f.toString().endsWith(".yml")).forEach(files::add);
            }
        }
        files.add(null);
        int checked = 0;
        for (Path file : files) {
            byte[] text = file == null ? "{\"a/b\": {\"c~d\": [1, {\"e\": [[2], 3]}]}, \"a/b \": 1, \"7\": [0]}"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8) : Files.readAllBytes(file);
            TextFormat format = file != null && !file.toString().endsWith(".json") ? TextFormat.YAML : TextFormat.JSON;
            ReadOutcome read = PARSER.parse(text, format);
            if (read.document() == null) {
                continue;
            }
            List<String> pointers = new ArrayList<>();
            collect(read.document().tree(), "", pointers);
            pointers.add("/no/such/member");
            LocationIndex full = LocationIndex.of(text, format == TextFormat.YAML ? YAML_TOKENS : JSON_TOKENS);
            PointerLocator targeted = PARSER.locator(read.document(), pointers);
            for (String pointer : pointers) {
                assertThat(asOracle(targeted.find(pointer))).as("%s in %s", pointer, file)
                        .isEqualTo(full.find(pointer));
                assertThat(asOracle(targeted.findExactly(pointer))).as("exactly %s in %s", pointer, file)
                        .isEqualTo(full.findExactly(pointer));
                checked++;
            }
            String some = pointers.get(pointers.size() / 2);
            PointerLocator alone = PARSER.locator(read.document(), List.of(some));
            assertThat(asOracle(alone.find(some))).as("%s alone in %s", some, file).isEqualTo(full.find(some));
            // only what was asked for is known exactly
            assertThat(alone.findExactly(some + "/0")).as("%s/0 not asked in %s", some, file)
                    .isEqualTo(PointerLocator.NOWHERE);
            // a few pointers at a time, so that a scan can end before the text does
            java.util.Random random = new java.util.Random(pointers.size());
            for (int round = 0; round < 20; round++) {
                List<String> few = new ArrayList<>();
                for (int i = 0; i <= random.nextInt(3); i++) {
                    few.add(pointers.get(random.nextInt(pointers.size())));
                }
                PointerLocator located = PARSER.locator(read.document(), few);
                for (String pointer : few) {
                    assertThat(asOracle(located.find(pointer))).as("%s among %s in %s", pointer, few, file)
                            .isEqualTo(full.find(pointer));
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    /** A locator's position as the oracle gives one: line and column, or null. */
    private static long[] asOracle(long position) {
        return position == PointerLocator.NOWHERE ? null
                : new long[] {PointerLocator.line(position), PointerLocator.column(position)};
    }

    private static void collect(JsonNode node, String pointer, List<String> out) {
        out.add(pointer);
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                collect(member.getValue(), Pointers.append(pointer, member.getKey()), out);
            }
            out.add(Pointers.append(pointer, "unknown"));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), Pointers.append(pointer, i), out);
            }
            out.add(Pointers.append(pointer, node.size()));
        } else {
            out.add(Pointers.append(pointer, "below"));
        }
    }
}
