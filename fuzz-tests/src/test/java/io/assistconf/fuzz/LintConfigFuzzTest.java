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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;

/**
 * The lint config file reader on arbitrary bytes: a run with the bytes as {@code --config} over one valid
 * payload either lints (with no {@code internal_error}) or stops with a usage error located in the config file
 * ({@code FILE:...: }), one line with no control character, naming no Java exception the file does not. No other exception escapes.
 */
class LintConfigFuzzTest {

    private static final String CONFIG = "fuzzed.assistconf.yaml";
    private static final String PAYLOAD = "{\"name\": \"Triage\", \"instructions\": \"Sort tickets.\","
            + " \"organization_id\": \"org_1\", \"system_tools\": {}}";
    private static final Pattern EXCEPTION = Pattern.compile("[\\w.$]*(Exception|Error)[\\w.$]*");
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
                    || javaException(problem, new String(data, StandardCharsets.UTF_8)))) {
                throw new AssertionError("not a located one-line usage error: " + problem + " for " + shown);
            }
        } finally {
            Lint.delete(folder);
        }
    }

    /**
     * Whether the message names an exception or error the config file did not write: a message may quote a key or
     * file name of the file, which can read "catalogueExceptions".
     */
    private static boolean javaException(String message, String file) {
        // a character the message escapes (a tab as \u0009) would otherwise join the name
        Matcher names = EXCEPTION.matcher(message.replaceAll("\\\\u[0-9a-fA-F]{4}", " "));
        while (names.find()) {
            if (!file.contains(names.group())) {
                return true;
            }
        }
        return false;
    }

    @AfterAll
    static void report() throws IOException {
        TIMING.report();
    }
}
