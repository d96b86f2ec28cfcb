package io.assistconf.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestPayloadsTest {

    @Test
    void everyVariantHasItsFixturesExamplesAndPayloads() throws IOException {
        for (String variant : List.of("freddy", "cogsol", "burki")) {
            assertThat(TestPayloads.fixtures().resolve(variant).resolve("index.json")).isRegularFile();
            assertThat(TestPayloads.examples().resolve(variant)).isDirectory();
        }
        assertThat(TestPayloads.fixtures().resolve("known-differences.json")).isRegularFile();
        try (Stream<Path> payloads = Files.list(TestPayloads.payloads())) {
            assertThat(payloads.map(p -> p.getFileName().toString())).contains("freddy-typical-valid.json",
                    "burki-large-invalid.camel.json");
        }
    }

    @Test
    void thePayloadsAreFoundInAJarToo(@TempDir Path temp) throws Exception {
        Path classes = Path.of(TestPayloads.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jar = temp.resolve("test-kit.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, (OutputStream) out);
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Method fixtures = loader.loadClass(TestPayloads.class.getName()).getMethod("fixtures");
            Path inJar = (Path) fixtures.invoke(null);
            assertThat(inJar.getFileSystem()).isNotEqualTo(classes.getFileSystem());
            assertThat(Files.readString(inJar.resolve("known-differences.json")))
                    .isEqualTo(Files.readString(TestPayloads.fixtures().resolve("known-differences.json")));
        }
    }
}
