package io.assistconf.cli.lint;

import io.assistconf.cli.Main;
import io.assistconf.lint.LintEnvironment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs the command line in a folder the test builds, with the payloads the lint tests share. */
final class Lint {

    static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    /** A summary line, its elapsed time left open. */
    static final String SUMMARY = "\\d+ files? in \\d+\\.\\d\\d s: .*";

    private Lint() {
    }

    /** What one run printed and returned. */
    record Run(int exit, String out, String err) {

        JsonNode json() {
            return JSON.readTree(out);
        }

        /** The lines of stdout but the summary. */
        List<String> lines() {
            return out.lines().filter(line -> !line.matches(SUMMARY)).toList();
        }

        String summary() {
            return out.lines().filter(line -> line.matches(SUMMARY)).findFirst().orElseThrow();
        }
    }

    /** Not on a terminal, not in CI, nothing on stdin. */
    static LintEnvironment in(Path folder) {
        return new LintEnvironment(folder, InputStream.nullInputStream(), Map.of(), false, System::nanoTime);
    }

    /** {@code assistconf lint ARGS}. */
    static Run run(Path folder, String... args) {
        return run(in(folder), args);
    }

    /** {@code assistconf lint ARGS}. */
    static Run run(LintEnvironment environment, String... args) {
        String[] line = new String[args.length + 1];
        line[0] = "lint";
        System.arraycopy(args, 0, line, 1, args.length);
        return command(environment, line);
    }

    /** {@code assistconf ARGS}. */
    static Run command(LintEnvironment environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), environment);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static LintEnvironment withStdin(Path folder, String text) {
        return new LintEnvironment(folder, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of(),
                false, System::nanoTime);
    }

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid Freddy create body; {@code name} on line 2, {@code organization_id} on line 4. */
    static String freddyCreate(String name, String organization) {
        return """
                {
                  "name": "%s",
                  "instructions": "Answer politely.",
                  "organization_id": "%s"
                }
                """.formatted(name, organization);
    }

    /** A valid Freddy object: {@code id} on line 2, {@code name} on line 7, {@code is_default} on line 8. */
    static String freddyObject(String id, String name, String organization, boolean isDefault) {
        return """
                {
                  "id": "%s",
                  "organization_id": "%s",
                  "created_by": "user_test",
                  "created_at": 1728057600,
                  "updated_at": 1728057600,
                  "name": "%s",
                  "is_default": %s,
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
                """.formatted(id, organization, name, isDefault);
    }

    /** A valid Burki object in YAML: {@code id} on line 1. */
    static String burkiObject(int id, String name) {
        return """
                id: %d
                name: %s
                created_at: "2025-04-01T08:00:00Z"
                updated_at: "2025-06-12T14:22:05Z"
                llm_provider: openai
                """.formatted(id, name);
    }

    /** A Freddy create body with a temperature out of range on line 5, column 3. */
    static final String FREDDY_CREATE_INVALID = """
            {
              "name": "Broken",
              "instructions": "Answer politely.",
              "organization_id": "org_1",
              "temperature": 3
            }
            """;

    /** A Freddy create body with an unknown key on line 5, column 3: one warning. */
    static final String FREDDY_CREATE_WARNED = """
            {
              "name": "Warned",
              "instructions": "Answer politely.",
              "organization_id": "org_1",
              "colour": "blue"
            }
            """;

    /** A file that is no assistant config: no key any variant knows. */
    static final String TSCONFIG = "{\"compilerOptions\": {\"strict\": true}, \"include\": [\"src\"]}\n";
}
