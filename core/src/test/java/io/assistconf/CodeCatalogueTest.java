package io.assistconf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Code} is the one catalogue of violation codes: core writes no code as a string literal and builds
 * every violation through a constant, each code is described, and docs/errors.md is written from it.
 */
class CodeCatalogueTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path CODE = MAIN.resolve("io/assistconf/Code.java");
    private static final Path VIOLATION = MAIN.resolve("io/assistconf/Violation.java");
    private static final Path DOCUMENT = Path.of("../docs/errors.md");
    private static final Path GENERATED = Path.of("target/errors.md");

    /** Comments and character literals are skipped so that only string literals (group 1) count. */
    private static final Pattern TOKEN = Pattern.compile(
            "//[^\\n]*|/\\*.*?\\*/|'(?:[^'\\\\]|\\\\.)+'|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);

    @Test
    void docsErrorsMdIsWrittenFromTheEnum() throws IOException {
        String expected = ErrorsDocument.markdown();
        String actual = Files.readString(DOCUMENT);
        if (!actual.equals(expected)) {
            Files.writeString(GENERATED, expected);
        }
        assertThat(actual).as("docs/errors.md differs from io.assistconf.Code; this test wrote the expected"
                + " text to core/target/errors.md: cp core/target/errors.md docs/errors.md").isEqualTo(expected);
    }

    @Test
    void noCodeIsWrittenAsAStringLiteral() throws IOException {
        assertThat(codeLiterals(MAIN)).isEmpty();
    }

    @Test
    void aCodeLiteralIsFound(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("Literal.java"), """
                /* "parse_error" in a comment */
                final class Literal {
                    char quote = '"'; // "empty_document"
                    String code = "unknown_property";
                    String other = "unknown_property_x";
                }
                """);
        assertThat(codeLiterals(temp)).containsExactly("Literal.java: \"unknown_property\"");
    }

    @Test
    void violationsAreBuiltThroughTheirCode() throws IOException {
        List<String> constructing = new ArrayList<>();
        for (Path source : sources(MAIN)) {
            boolean mayConstruct = source.equals(CODE) || source.equals(VIOLATION);
            if (!mayConstruct && Files.readString(source).contains("new Violation(")) {
                constructing.add(MAIN.relativize(source).toString());
            }
        }
        assertThat(constructing).as("sources building a Violation without a Code").isEmpty();
    }

    @Test
    void everyCodeIsDescribed() {
        assertThat(Code.values()).hasSizeGreaterThan(20).allSatisfy(code -> {
            assertThat(code.id()).matches("[a-z]+(_[a-z]+)*").isEqualTo(code.name().toLowerCase(Locale.ROOT));
            assertThat(Code.byId(code.id())).contains(code);
            assertThat(code.summary()).doesNotContain("\n").endsWith(".").isNotBlank();
            assertThat(code.help()).doesNotContain("\n", "|").endsWith(".").isNotBlank();
            assertThat(code.keywords().isEmpty() || code.group() == Code.Group.SCHEMA).as("keywords of %s", code)
                    .isTrue();
        });
        assertThat(Code.byId("no_such_code")).isEmpty();
        assertThat(Arrays.stream(Code.Group.values())).allSatisfy(group -> assertThat(group.codes())
                .as("codes of %s", group).isNotEmpty().allSatisfy(code -> assertThat(code.group()).isEqualTo(group)));
    }

    /** Each string literal equal to a code id, as "file: literal", in the sources under {@code root}. */
    private static List<String> codeLiterals(Path root) throws IOException {
        Set<String> ids = Arrays.stream(Code.values()).map(Code::id).collect(Collectors.toSet());
        List<String> found = new ArrayList<>();
        for (Path source : sources(root)) {
            if (source.equals(CODE)) {
                continue;
            }
            Matcher token = TOKEN.matcher(Files.readString(source));
            while (token.find()) {
                if (token.group(1) != null && ids.contains(token.group(1))) {
                    found.add(root.relativize(source) + ": \"" + token.group(1) + "\"");
                }
            }
        }
        return found;
    }

    private static List<Path> sources(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
