package io.assistconf.fuzz;

import io.assistconf.Code;
import io.assistconf.lint.LintEnvironment;
import io.assistconf.lint.LintException;
import io.assistconf.lint.LintFinding;
import io.assistconf.lint.LintOptions;
import io.assistconf.lint.LintResult;
import io.assistconf.lint.Linter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;

/** Runs {@code lint} in a folder as the command line would, and removes folders the targets made. */
final class Lint {

    private Lint() {
    }

    /** The run's result and what it printed to its standard output. */
    record Run(LintResult result, String out) {
    }

    /**
     * Lints {@code folder} with the options; fails on an {@code internal_error} among the findings.
     *
     * @throws LintException when the run cannot start as asked
     */
    static Run run(Path folder, LintOptions options) throws LintException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LintEnvironment environment = new LintEnvironment(folder, InputStream.nullInputStream(), Map.of(), false,
                System::nanoTime);
        LintResult result;
        try (PrintStream printed = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream err = new PrintStream(OutputStream.nullOutputStream())) {
            result = new Linter("fuzz", environment, printed, err).run(options);
        }
        for (LintFinding finding : result.findings()) {
            if (finding.violation().code().equals(Code.INTERNAL_ERROR.id())) {
                throw new AssertionError("internal_error: " + finding.located());
            }
        }
        return new Run(result, out.toString(StandardCharsets.UTF_8));
    }

    /** Deletes the folder and what it holds, links not followed. */
    static void delete(Path folder) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
