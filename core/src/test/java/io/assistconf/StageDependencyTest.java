package io.assistconf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's stages depend only downward, and the module exports the API package alone. Reads the
 * sources: every mention of another internal package (import, qualified name or documentation link)
 * counts as a dependency.
 */
class StageDependencyTest {

    /** The stages from the bottom up; a stage may use only those before it. */
    static final List<String> STAGES = List.of("tree", "read", "schema", "normalize", "validate", "rules", "check");

    /** API types that are the façade over the pipeline, which no stage may use. */
    private static final Set<String> FACADE = Set.of("AssistConf", "Result", "Input");

    private static final Path INTERNAL = Path.of("src/main/java/io/assistconf/internal");
    private static final Pattern STAGE_MENTION = Pattern.compile("io\\.assistconf\\.internal\\.(\\w+)");
    private static final Pattern API_IMPORT = Pattern.compile("import io\\.assistconf\\.(\\w+);");

    @Test
    void everyInternalPackageIsAStage() throws IOException {
        try (Stream<Path> packages = Files.list(INTERNAL)) {
            assertThat(packages.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(STAGES);
        }
    }

    @Test
    void stagesDependOnlyDownward() throws IOException {
        assertThat(backEdges(INTERNAL)).isEmpty();
    }

    @Test
    void aBackEdgeIsFound(@org.junit.jupiter.api.io.TempDir Path temp) throws IOException {
        Path read = Files.createDirectories(temp.resolve("read"));
        Files.writeString(read.resolve("Upward.java"), "package io.assistconf.internal.read;\n\n"
                + "import io.assistconf.internal.normalize.TreeNormalizer;\nimport io.assistconf.AssistConf;\n\n"
                + "final class Upward {\n}\n");
        assertThat(backEdges(temp)).containsExactlyInAnyOrder("read/Upward.java -> normalize",
                "read/Upward.java -> AssistConf");
    }

    @Test
    void theModuleExportsTheApiPackageAlone() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            ModuleDescriptor module = ModuleDescriptor.read(in);
            assertThat(module.name()).isEqualTo("io.assistconf");
            assertThat(module.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly("io.assistconf");
            assertThat(module.opens()).isEmpty();
        }
    }

    /** Each dependency on a later stage, or on the façade, as "stage/File.java -> target". */
    private static List<String> backEdges(Path internal) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(internal)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String stage = internal.relativize(source).getName(0).toString();
                String name = stage + "/" + source.getFileName();
                String text = Files.readString(source);
                Matcher mention = STAGE_MENTION.matcher(text);
                Set<String> used = mention.results().map(m -> m.group(1)).collect(Collectors.toSet());
                used.stream().filter(target -> STAGES.indexOf(target) > STAGES.indexOf(stage))
                        .sorted().forEach(target -> found.add(name + " -> " + target));
                API_IMPORT.matcher(text).results().map(m -> m.group(1)).filter(FACADE::contains)
                        .sorted().forEach(type -> found.add(name + " -> " + type));
            }
        }
        return found;
    }
}
