package io.assistconf.cli;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/** Expands the FILE arguments: a directory stands for every JSON and YAML file under it. */
final class InputFiles {

    /**
     * One file to check, or a place that could not be listed.
     *
     * @param path    the file
     * @param problem why the place could not be listed, or null
     */
    record Entry(Path path, String problem) {
    }

    private InputFiles() {
    }

    /**
     * The files to check, in argument order; the files under a directory in sorted path order. A
     * missing file stays in the list: the library reports it.
     */
    static List<Entry> expand(List<String> arguments) {
        List<Entry> entries = new ArrayList<>();
        for (String argument : arguments) {
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                entries.addAll(directory(path));
            } else {
                entries.add(new Entry(path, null));
            }
        }
        return entries;
    }

    static boolean isPayloadFile(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(".json") || lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    private static List<Entry> directory(Path directory) {
        List<Path> files = new ArrayList<>();
        List<Entry> problems = new ArrayList<>();
        try {
            Files.walkFileTree(directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            if (attributes.isRegularFile() && isPayloadFile(file)) {
                                files.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException failure) {
                            if (Files.isDirectory(file)) {
                                problems.add(new Entry(file, "the directory could not be listed"));
                            } else if (isPayloadFile(file)) {
                                problems.add(new Entry(file, "the file could not be read"));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException | SecurityException e) {
            problems.add(new Entry(directory, "the directory could not be listed"));
        }
        List<Entry> entries = new ArrayList<>(problems);
        files.forEach(file -> entries.add(new Entry(file, null)));
        entries.sort(Comparator.comparing(Entry::path));
        if (entries.isEmpty()) {
            entries.add(new Entry(directory, "the directory holds no .json, .yaml or .yml file"));
        }
        return entries;
    }
}
