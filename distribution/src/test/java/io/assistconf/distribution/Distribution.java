package io.assistconf.distribution;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/** The archive this build made, its version, the repository it was built from and a place to unpack it. */
final class Distribution {

    static final String VERSION = System.getProperty("assistconf.version");
    /** The archives' path without .zip or .tar.gz. */
    static final String ARCHIVE = System.getProperty("assistconf.archive");
    static final Path REPOSITORY = Path.of(System.getProperty("assistconf.repository")).toAbsolutePath().normalize();
    static final Path WORK = Path.of(System.getProperty("assistconf.work")).toAbsolutePath();

    private Distribution() {
    }

    static Path tarGz() {
        return Path.of(ARCHIVE + ".tar.gz");
    }

    static Path zip() {
        return Path.of(ARCHIVE + ".zip");
    }

    /** An empty folder under target/it. */
    static Path freshFolder(String name) throws IOException {
        Path folder = WORK.resolve(name);
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        return Files.createDirectories(folder);
    }

    /**
     * The commit the jar says it was built from, as {@code --version} must print it: from its git.properties,
     * {@code unknown} without one.
     */
    static String commitOf(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            var entry = zip.getEntry("io/assistconf/cli/git.properties");
            if (entry == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            try (InputStream in = zip.getInputStream(entry)) {
                properties.load(in);
            }
            String id = properties.getProperty("git.commit.id.abbrev");
            return Boolean.parseBoolean(properties.getProperty("git.dirty")) ? id + "-dirty" : id;
        }
    }
}
