package io.assistconf.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.assistconf.lint.LintException;
import io.assistconf.lint.LintOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;

/**
 * The lint config file reader on arbitrary bytes: a run with the bytes as {@code --config} over one valid
 * payload either lints (with no {@code internal_error}) or stops with a usage error located in the config file
 * ({@code FILE:...: }), one line with no control character and no Java exception in it. No other exception escapes.
 */
class LintConfigFuzzTest {

    private static final String CONFIG = "fuzzed.assistconf.yaml";
    private static final String PAYLOAD = "{\"name\": \"Triage\", \"instructions\": \"Sort tickets.\","
            + " \"organization_id\": \"org_1\", \"system_tools\": {}}";
    private static final Timing TIMING = new Timing("lint-config", true);

    @FuzzTest
    void config(byte[] data) throws IOException {
        Path folder = Files.createTempDirectory("assistconf-fuzz-config");
        try {
            Files.write(folder.resolve(CONFIG), data);
            Files.writeString(folder.resolve("assistant.json"), PAYLOAD, StandardCharsets.UTF_8);
            String shown = "base64:" + Base64.getEncoder().encodeToString(data);
            LintOptions options = LintOptions.builder().configFile(CONFIG).paths(List.of(".")).jobs(1).build();
            String problem = TIMING.bounded(data.length, () -> shown, () -> {
                try {
                    Lint.run(folder, options);
                    return null;
                } catch (LintException e) {
                    return e.getMessage();
                }
            });
            if (problem != null && (!problem.startsWith(CONFIG + ":") || problem.chars().anyMatch(Character::isISOControl)
                    || ownText(problem).matches("(?s).*(Exception|Error\\b|\\bat [a-z]+\\.).*"))) {
                throw new AssertionError("not a located one-line usage error: " + problem + " for " + shown);
            }
        } finally {
            Lint.delete(folder);
        }
    }

    /** The message without what it quotes of the file ('...'): a key may be named anything, "Exception" too. */
    private static String ownText(String message) {
        return message.replaceAll("'[^']*'", "''");
    }

    @AfterAll
    static void report() throws IOException {
        TIMING.report();
    }
}
