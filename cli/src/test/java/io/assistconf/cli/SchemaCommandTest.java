package io.assistconf.cli;

import static io.assistconf.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.cli.Cli.Run;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** {@code assistconf schema}: the shipped files, printed or written where their references resolve. */
class SchemaCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsTheSchemaAsShipped() throws IOException {
        Run run = run("schema", "--variant", "burki", "--kind", "create");
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(shipped("burki/create.json"));
        assertThat(Cli.JSON.readTree(run.out()).get("$id").asString())
                .isEqualTo("https://assistconf.io/schemas/burki/create.json");
    }

    @Test
    void outWritesEveryFileOfEveryVariantWithItsReferencesResolvingInTheFolder() throws IOException {
        Run run = run("schema", "--out", dir.toString());
        assertThat(run.exit()).isZero();
        List<String> written = written();
        assertThat(written).containsExactlyInAnyOrder("burki/create.json", "burki/error.json",
                "burki/list-query.json", "burki/list-response.json", "burki/object.json", "burki/update.json",
                "cogsol/create.json", "cogsol/error.json", "cogsol/object.json", "cogsol/update.json",
                "freddy/create.json", "freddy/error.json", "freddy/list-query.json", "freddy/list-response.json",
                "freddy/object.json", "freddy/update.json");
        assertThat(run.out().lines()).hasSize(16).allMatch(line -> line.startsWith(dir.toString()));
        int references = 0;
        for (String name : written) {
            Path file = dir.resolve(name);
            assertThat(Files.readString(file)).as(name).isEqualTo(shipped(name));
            for (JsonNode ref : Cli.JSON.readTree(file.toFile()).findValues("$ref")) {
                String target = ref.asString();
                if (target.startsWith("#")) {
                    continue;
                }
                references++;
                String[] parts = target.split("#", 2);
                Path referenced = file.resolveSibling(parts[0]);
                assertThat(referenced).as("%s in %s", target, name).exists();
                if (parts.length == 2) {
                    assertThat(Cli.JSON.readTree(referenced.toFile()).at(parts[1]).isMissingNode())
                            .as("%s in %s", target, name).isFalse();
                }
            }
        }
        assertThat(references).as("the files refer to each other").isGreaterThan(0);
    }

    @Test
    void outWithAKindWritesItAndTheFilesItRefersTo() throws IOException {
        assertThat(run("schema", "--variant", "freddy", "--kind", "update", "--out", dir.toString()).exit()).isZero();
        assertThat(written()).containsExactlyInAnyOrder("freddy/update.json", "freddy/object.json");
        Path other = dir.resolve("other");
        assertThat(run("schema", "--variant", "freddy", "--kind", "object", "--out", other.toString()).exit()).isZero();
        assertThat(Files.list(other.resolve("freddy")).map(p -> p.getFileName().toString())).containsExactly("object.json");
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            schema                                    | give --variant and --kind to print a schema, or --out DIR
            schema --variant freddy                   | give --variant and --kind to print a schema, or --out DIR
            schema --variant cogsol --kind list-query | cogsol has no kind 'list-query'; use one of object, create, update, error
            schema --kind list-query --out x          | cogsol has no kind 'list-query'
            schema --out=                             | --out is empty
            schema --variant acme --kind object       | unknown variant 'acme'
            """)
    void mistakesAreUsageErrors(String line, String message) {
        Run run = run(line.split(" "));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(message).contains("assistconf schema --help");
    }

    @Test
    void aFolderThatCannotBeWrittenIsExitTwo() throws IOException {
        Files.writeString(dir.resolve("file"), "");
        Run run = run("schema", "--variant", "burki", "--out", dir.resolve("file").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("assistconf: cannot write ");
    }

    private List<String> written() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(file -> dir.relativize(file).toString().replace('\\', '/'))
                    .toList();
        }
    }

    private static String shipped(String name) throws IOException {
        try (InputStream in = SchemaCommandTest.class.getClassLoader()
                .getResourceAsStream("assistconf/schemas/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
