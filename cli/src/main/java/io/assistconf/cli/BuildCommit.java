package io.assistconf.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The commit the CLI was built from, as the build wrote it into {@code git.properties} beside this class:
 * the abbreviated id, with {@code -dirty} when the work tree had changes; {@code unknown} when the build had
 * no Git checkout.
 */
final class BuildCommit {

    static final String UNKNOWN = "unknown";

    private BuildCommit() {
    }

    /** The commit of this build. */
    static String current() {
        Properties properties = new Properties();
        try (InputStream in = BuildCommit.class.getResourceAsStream("git.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return UNKNOWN;
        }
        return of(properties);
    }

    /** The commit these properties name, or {@link #UNKNOWN}. */
    static String of(Properties properties) {
        String id = properties.getProperty("git.commit.id.abbrev", "").strip();
        if (id.isEmpty()) {
            return UNKNOWN;
        }
        return Boolean.parseBoolean(properties.getProperty("git.dirty")) ? id + "-dirty" : id;
    }
}
