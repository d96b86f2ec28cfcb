package io.assistconf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every code the library can emit is catalogued in docs/errors.md. */
class ErrorCatalogueTest {

    private static final Pattern EMITTED = Pattern.compile(
            "(?:error|warning|failed|violation|Violation|Refused)\\(\"([a-z_]+)\",");

    @Test
    void everyEmittedCodeIsDocumented() throws IOException {
        Set<String> emitted = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = EMITTED.matcher(Files.readString(source));
                while (matcher.find()) {
                    emitted.add(matcher.group(1));
                }
            }
        }
        String catalogue = Files.readString(Path.of("../docs/errors.md"));
        assertThat(emitted).hasSizeGreaterThan(20);
        assertThat(emitted).allSatisfy(code -> assertThat(catalogue).contains("| `" + code + "` |"));
    }
}
