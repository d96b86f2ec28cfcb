package io.assistconf.lint;

import io.assistconf.ShownText;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The reports a run writes, as {@link LintOptions#reports()} lists them: at most one goes to the standard
 * output, and no two to one file.
 */
final class ReportOutputs {

    /** A report being written: its format, its stream, and the file this run opened for it or null. */
    record Opened(ReportFormat format, PrintStream stream, String file) {
    }

    private final List<LintReport> pairs;

    ReportOutputs(List<LintReport> reports) {
        this.pairs = reports;
    }

    /** Why the pairs cannot be written, or null when they can. */
    String problem(Path workingDirectory) {
        if (pairs.stream().filter(pair -> pair.file() == null).count() > 1) {
            return "only one report may go to the standard output; give each other report a file";
        }
        Set<Path> files = new HashSet<>();
        for (LintReport pair : pairs) {
            if (pair.file() == null) {
                continue;
            }
            try {
                if (!files.add(absolute(workingDirectory, pair.file()))) {
                    return "two reports may not go to one file: " + ShownText.fileName(pair.file());
                }
            } catch (InvalidPathException e) {
                return "the report file " + ShownText.fileName(pair.file()) + " is not a file name this platform can use";
            }
        }
        return null;
    }

    /** The files written, absolute and normalized, so that no walk lints them; call after {@link #problem}. */
    Set<Path> files(Path workingDirectory) {
        Set<Path> files = new HashSet<>();
        pairs.stream().filter(pair -> pair.file() != null).forEach(pair -> files.add(absolute(workingDirectory, pair.file())));
        return files;
    }

    /**
     * Opens each report.
     *
     * @throws IOException naming the file that could not be opened, those opened before it closed
     */
    List<Opened> open(PrintStream stdout, Path workingDirectory) throws IOException {
        List<Opened> opened = new ArrayList<>();
        for (LintReport pair : pairs) {
            if (pair.file() == null) {
                opened.add(new Opened(pair.format().writingTo(stdout), stdout, null));
                continue;
            }
            try {
                PrintStream stream = new PrintStream(new BufferedOutputStream(Files.newOutputStream(
                        absolute(workingDirectory, pair.file()))), false, StandardCharsets.UTF_8);
                opened.add(new Opened(pair.format().writingTo(stream), stream, pair.file()));
            } catch (IOException | RuntimeException e) {
                close(opened);
                throw new IOException(ShownText.fileName(pair.file()), e);
            }
        }
        return opened;
    }

    /** Closes the files opened; returns the first that could not be written, or null. */
    static String close(List<Opened> opened) {
        String failed = null;
        for (Opened report : opened) {
            if (report.file() != null) {
                report.stream().close();
                if (report.stream().checkError() && failed == null) {
                    failed = report.file();
                }
            }
        }
        return failed;
    }

    private static Path absolute(Path workingDirectory, String file) {
        return workingDirectory.resolve(file).normalize();
    }
}
