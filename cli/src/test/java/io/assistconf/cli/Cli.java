package io.assistconf.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs {@link Main#run} with captured streams, and the payloads the tests share. */
final class Cli {

    /** Parses a report and fails on anything after the first document. */
    static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    /**
     * A valid Freddy assistant object, one property per line, so that {@code temperature} is on line
     * {@link #TEMPERATURE_LINE}, column 3.
     */
    static final String VALID_OBJECT = """
            {
              "id": "asst_test_001",
              "organization_id": "org_test",
              "created_by": "user_test",
              "created_at": 1728057600,
              "updated_at": 1728057600,
              "name": "Test Assistant",
              "default_model_key": "gpt-4o",
              "instructions": "Be helpful.",
              "max_tool_calls": 10,
              "parallel_tool_calls": true,
              "service_tier": "default",
              "store_responses": true,
              "temperature": 0.7,
              "top_logprobs": 0,
              "top_p": 1.0,
              "access_mode": "organization",
              "api_enabled": true,
              "is_active": true
            }
            """;

    static final int TEMPERATURE_LINE = 14;

    private Cli() {
    }

    /** What one run printed and returned. */
    record Run(int exit, String out, String err) {

        String all() {
            return out + err;
        }

        JsonNode json() {
            return JSON.readTree(out);
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** {@link #VALID_OBJECT} with one line replaced, e.g. {@code "temperature": 3}. */
    static String objectWith(String property, String json) {
        String replaced = VALID_OBJECT.replaceFirst("(?m)^  \"" + property + "\": .*?(,?)$",
                Matcher.quoteReplacement("  \"" + property + "\": " + json) + "$1");
        if (replaced.equals(VALID_OBJECT)) {
            throw new IllegalArgumentException("no such line: " + property);
        }
        return replaced;
    }

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
