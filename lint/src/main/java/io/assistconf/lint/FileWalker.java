package io.assistconf.lint;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns the PATH and GLOB arguments into the files to lint, in sorted order, each once.
 *
 * <p>A folder is walked for {@code *.json}, {@code *.jsonc}, {@code *.yaml} and {@code *.yml}, skipping hidden
 * files and folders, {@code target} and {@code node_modules} folders, and what {@link Exclusions} names. A
 * symbolic link met on the way is never followed into a folder, so no walk can go round a loop; a link to a
 * file is linted under its own name when the file lies inside the folder walked and is not linted under its
 * real name already, and never when it lies outside. An argument that names no file or folder and holds a
 * wildcard ({@code *}, {@code ?}, {@code [} or <code>&#123;</code>) is a glob over the paths as shown. What is
 * named on the command line is linted whatever its name or extension, unless excluded.
 */
final class FileWalker {

    private static final Set<String> SKIPPED_FOLDERS = Set.of("target", "node_modules");
    private static final List<String> EXTENSIONS = List.of(".json", ".jsonc", ".yaml", ".yml");

    private final Path workingDirectory;
    private final Exclusions exclusions;
    private final String stdinName;

    /**
     * A file found, with the real path that tells whether two names are one file.
     *
     * @param real   the file with every link resolved; null for the standard input
     * @param linked whether it was reached through a link met while walking
     */
    private record Found(LintTarget target, Path real, boolean linked) {
    }

    /** @param stdinName how reports name the standard input, {@code -} standing for it */
    FileWalker(Path workingDirectory, Exclusions exclusions, String stdinName) {
        this.workingDirectory = workingDirectory;
        this.exclusions = exclusions;
        this.stdinName = stdinName;
    }

    /** Whether the file name has an extension a folder is searched for. */
    static boolean isLinted(Path file) {
        return file.getFileName() != null && hasLintedExtension(file.getFileName().toString());
    }

    private static boolean hasLintedExtension(String fileName) {
        for (String extension : EXTENSIONS) {
            if (fileName.regionMatches(true, fileName.length() - extension.length(), extension, 0,
                    extension.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The files and the standard input the arguments name, and the places that could not be listed, in
     * report order.
     *
     * @param onFound told of each file as the walk meets it, before the walk ends, so that checking can
     *                start at once; it may be told of a file the list leaves out (a second name of it)
     */
    List<LintTarget> targets(List<String> arguments, Consumer<LintTarget> onFound) {
        List<Found> found = new ArrayList<>();
        Consumer<Found> add = file -> {
            found.add(file);
            onFound.accept(file.target());
        };
        List<LintTarget> problems = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals("-")) {
                add.accept(new Found(LintTarget.stdin(stdinName), null, false));
                continue;
            }
            String name = shown(Path.of(argument));
            Path path = absolute(Path.of(argument));
            if (Files.isDirectory(path)) {
                walk(name, path, null, add, problems);
            } else if (Files.exists(path)) {
                if (!exclusions.excludes(name, path)) {
                    add.accept(new Found(LintTarget.file(name, path), realOrSelf(path), false));
                }
            } else if (isGlob(argument)) {
                glob(argument, add, problems);
            } else {
                problems.add(LintTarget.unreadable(name, "no such file or folder"));
            }
        }
        return once(found, problems);
    }

    private void glob(String argument, Consumer<Found> add, List<LintTarget> problems) {
        Glob glob;
        try {
            glob = Glob.ofPath(argument);
        } catch (IllegalArgumentException e) {
            problems.add(LintTarget.unreadable(argument, "not a glob: " + e.getMessage()));
            return;
        }
        boolean[] matched = {false};
        Path base = Path.of(argument.substring(0, baseEnd(argument)));
        if (Files.isDirectory(absolute(base))) {
            walk(shown(base), absolute(base), glob, file -> {
                matched[0] = true;
                add.accept(file);
            }, problems);
        }
        if (!matched[0]) {
            problems.add(LintTarget.unreadable(argument, "no file matches the glob"));
        }
    }

    /**
     * Walks a folder; {@code glob}, when given, is what the names found must match. The path below the folder
     * is kept as text while the walk goes down and up (a {@code Path.relativize} per file cost a tenth of a
     * large lint's time); the names below a real folder are never {@code .} or {@code ..}.
     */
    private void walk(String rootName, Path root, Glob glob, Consumer<Found> add, List<LintTarget> problems) {
        Path real;
        try {
            real = root.toRealPath();
            Deque<String> folders = new ArrayDeque<>(); // the relative path of each folder entered
            Files.walkFileTree(real, Set.of(), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                    if (folders.isEmpty()) {
                        folders.push("");
                        return FileVisitResult.CONTINUE;
                    }
                    String folderName = folder.getFileName().toString();
                    if (folderName.startsWith(".") || SKIPPED_FOLDERS.contains(folderName)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    String relative = below(folderName);
                    if (exclusions.excludes(nameOf(relative), root.resolve(relative))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    folders.push(relative);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path folder, IOException failure) {
                    folders.pop();
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String fileName = file.getFileName().toString();
                    if (fileName.startsWith(".") || !hasLintedExtension(fileName)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String relative = below(fileName);
                    String name = nameOf(relative);
                    Path absolute = root.resolve(relative);
                    if ((glob != null && !glob.matches(name)) || exclusions.excludes(name, absolute)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attributes.isSymbolicLink()) {
                        linked(LintTarget.file(name, absolute), file, real, add);
                    } else if (attributes.isRegularFile()) {
                        add.accept(new Found(LintTarget.file(name, absolute), file, false));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException failure) {
                    String name = nameOf(file.equals(real) ? "" : below(file.getFileName().toString()));
                    if (Files.isDirectory(file)) {
                        problems.add(LintTarget.unreadable(name, "the folder could not be listed"));
                    } else if (isLinted(file)) {
                        problems.add(LintTarget.unreadable(name, "the file could not be read"));
                    }
                    return FileVisitResult.CONTINUE;
                }

                /** The path below the folder walked of an entry of the folder entered last. */
                private String below(String entry) {
                    String folder = folders.isEmpty() ? "" : folders.peek();
                    return folder.isEmpty() ? entry : folder + "/" + entry;
                }

                /** The name reports show: the folder as named, then the path below it. */
                private String nameOf(String relative) {
                    if (relative.isEmpty()) {
                        return rootName;
                    }
                    return rootName.equals(".") ? relative
                            : rootName.endsWith("/") ? rootName + relative : rootName + "/" + relative;
                }
            });
        } catch (IOException | SecurityException e) {
            problems.add(LintTarget.unreadable(rootName, "the folder could not be listed"));
        }
    }

    /** A link to a file inside the folder walked; links to folders and to anything outside are not followed. */
    private static void linked(LintTarget named, Path link, Path root, Consumer<Found> add) {
        try {
            Path target = link.toRealPath();
            if (target.startsWith(root) && Files.isRegularFile(target)) {
                add.accept(new Found(named, target, true));
            }
        } catch (IOException | SecurityException e) {
            // a dangling link names nothing to lint
        }
    }

    /** Each file once, under its first name in sorted order, a link dropped for its file's own name. */
    private static List<LintTarget> once(List<Found> found, List<LintTarget> problems) {
        Set<Path> unlinked = new HashSet<>();
        found.stream().filter(f -> f.real() != null && !f.linked()).forEach(f -> unlinked.add(f.real()));
        Set<Path> listed = new HashSet<>();
        List<LintTarget> targets = new ArrayList<>(problems);
        found.stream().sorted(Comparator.comparing(Found::target, LintTarget.ORDER)).forEach(f -> {
            boolean linkToListed = f.linked() && unlinked.contains(f.real());
            if (f.real() == null || (!linkToListed && listed.add(f.real()))) {
                targets.add(f.target());
            }
        });
        targets.sort(LintTarget.ORDER);
        return targets;
    }

    private Path absolute(Path path) {
        return workingDirectory.resolve(path).toAbsolutePath().normalize();
    }

    private static Path realOrSelf(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException | SecurityException e) {
            return path;
        }
    }

    /** The path normalized, with {@code /} between names; {@code .} for the working folder itself. */
    private static String shown(Path path) {
        String shown = path.normalize().toString().replace(path.getFileSystem().getSeparator(), "/");
        return shown.isEmpty() ? "." : shown;
    }

    private static boolean isGlob(String argument) {
        return argument.chars().anyMatch(c -> "*?[{".indexOf(c) >= 0);
    }

    /** Where the glob's leading names without a wildcard end: the folder to walk. */
    private static int baseEnd(String argument) {
        int wildcard = 0;
        while ("*?[{\\".indexOf(argument.charAt(wildcard)) < 0) {
            wildcard++;
        }
        int slash = argument.lastIndexOf('/', wildcard);
        return slash < 0 ? 0 : Math.max(slash, 1);
    }
}
