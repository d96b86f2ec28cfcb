package io.assistconf.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's documents the suite reads: the seed documents ({@code shared/seeds} beside the repository),
 * {@code docs/decisions.md} and this module's README. Their places come from system
 * properties the module's pom sets, with the same relative places as fallbacks.
 */
final class Docs {

    private Docs() {
    }

    static Path seeds() {
        return Path.of(System.getProperty("assistconf.seeds", "../../shared/seeds"));
    }

    /** Whether the seed documents are there (they are beside the repository, not in it). */
    static boolean haveSeeds() {
        return Files.isRegularFile(seeds().resolve("000_f1817ea17b162326.txt"));
    }

    /** The text of one seed document, e.g. {@code "000"}. */
    static String seed(String number) {
        try (var files = Files.list(seeds())) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(number + "_")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed " + number + " in " + seeds()));
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of shared/seeds/SUPPLEMENT.md: what the real servers behind the seeds accept. */
    static String supplement() {
        return read(seeds().resolve("SUPPLEMENT.md"));
    }

    static Path docs() {
        return Path.of(System.getProperty("assistconf.docs", "../docs"));
    }

    static Path readme() {
        return Path.of(System.getProperty("assistconf.readme", "README.md"));
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text of a decision of section S of docs/decisions.md ("The real servers"), from its heading
     * ({@code ### S8. ...}) to the next heading, or null when section S has none with this id.
     */
    static String decisionOfSectionS(String id) {
        String decisions = read(docs().resolve("decisions.md"));
        Matcher section = Pattern.compile("(?m)^## S\\.").matcher(decisions);
        if (!section.find()) {
            return null;
        }
        int sectionEnd = decisions.indexOf("\n## ", section.end());
        String text = decisions.substring(section.end(), sectionEnd < 0 ? decisions.length() : sectionEnd);
        Matcher heading = Pattern.compile("(?m)^#{3,4}\\s+" + Pattern.quote(id) + "[.\\s]").matcher(text);
        if (!heading.find()) {
            return null;
        }
        int next = text.indexOf("\n###", heading.end());
        return text.substring(heading.start(), next < 0 ? text.length() : next);
    }

    /** Whether docs/decisions.md has a section headed with this id (e.g. {@code F3.3} or {@code B13}). */
    static boolean hasDecision(String id) {
        return Pattern.compile("(?m)^#{2,4}\\s+" + Pattern.quote(id) + "[.\\s]")
                .matcher(read(docs().resolve("decisions.md"))).find();
    }
}
