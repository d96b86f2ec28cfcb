package io.assistconf.testkit;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared test payloads, as paths that work alike whether this module is on the classpath as a directory
 * (in an IDE, or a build up to {@code test}) or as a jar (a reactor build up to {@code verify}), where they
 * are read through a zip file system.
 */
public final class TestPayloads {

    private static Path root;

    private TestPayloads() {
    }

    /** The conformance corpus: {@code <variant>/index.json} and the files it lists, {@code known-differences.json}. */
    public static Path fixtures() {
        return root().resolve("fixtures");
    }

    /** The benchmark payloads, {@code <variant>-<size>-<valid|invalid>[.camel].json}, written by PayloadGenerator. */
    public static Path payloads() {
        return root().resolve("payloads");
    }

    /** The repository's examples, {@code <variant>/<kind>/*}. */
    public static Path examples() {
        return root().resolve("examples");
    }

    private static synchronized Path root() {
        if (root == null) {
            try {
                Path location = Path.of(TestPayloads.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                root = Files.isDirectory(location) ? location : FileSystems.newFileSystem(location).getPath("/");
            } catch (URISyntaxException | IOException e) {
                throw new IllegalStateException("the test payloads cannot be opened", e);
            }
        }
        return root;
    }
}
