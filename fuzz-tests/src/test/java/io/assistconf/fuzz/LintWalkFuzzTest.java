package io.assistconf.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.assistconf.lint.LintException;
import io.assistconf.lint.LintFormat;
import io.assistconf.lint.LintOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lint file walker on a file tree the fuzz data builds in a temporary folder: folders, files (the examples'
 * payloads and broken text) and symbolic links (to files and folders inside, to a file outside, dangling, to
 * an ancestor). The files reported are exactly the regular files the walk rules (decision CL2) name, plus links
 * to files inside the folder, each real file once; no link is followed into a folder.
 */
class LintWalkFuzzTest {

    private static final List<String> NAMES = List.of("a", "b", "x y", "é", "target", "node_modules", ".git",
            ".hidden", "[ab]", "*", "{a,b}", "?", "-", "package", "z".repeat(200));
    private static final List<String> EXTENSIONS = List.of(".json", ".jsonc", ".yaml", ".yml", ".JSON", ".Yaml", "",
            ".txt", ".json.bak", ".jsonl");
    private static final List<String> CONTENTS = contents();
    private static final Timing TIMING = new Timing("lint-walk", true);

    private enum Entry { FOLDER, FILE, LINK_TO_FILE, LINK_TO_FOLDER, LINK_OUTSIDE, LINK_DANGLING, LINK_TO_ROOT }

    @FuzzTest
    void walk(FuzzedDataProvider data) throws IOException {
        Path outside = Files.createTempDirectory("assistconf-fuzz-outside");
        Path root = Files.createTempDirectory("assistconf-fuzz-walk").toRealPath();
        try {
            Files.writeString(outside.resolve("outside.json"), CONTENTS.get(0), StandardCharsets.UTF_8);
            List<Path> folders = new ArrayList<>(List.of(root));
            List<Path> files = new ArrayList<>();
            List<String> made = new ArrayList<>();
            int entries = data.consumeInt(0, 20);
            for (int i = 0; i < entries; i++) {
                Entry entry = Entry.values()[data.consumeInt(0, Entry.values().length - 1)];
                Path parent = folders.get(data.consumeInt(0, folders.size() - 1));
                String name = NAMES.get(data.consumeInt(0, NAMES.size() - 1))
                        + (entry == Entry.FOLDER ? "" : EXTENSIONS.get(data.consumeInt(0, EXTENSIONS.size() - 1)));
                Path path = parent.resolve(name);
                if (Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(path)) {
                    continue;
                }
                made.add(entry + " " + root.relativize(path));
                switch (entry) {
                    case FOLDER -> folders.add(Files.createDirectory(path));
                    case FILE -> files.add(Files.writeString(path, CONTENTS.get(data.consumeInt(0, CONTENTS.size() - 1)),
                            StandardCharsets.UTF_8));
                    case LINK_TO_FILE -> {
                        if (!files.isEmpty()) {
                            Files.createSymbolicLink(path, files.get(data.consumeInt(0, files.size() - 1)));
                        }
                    }
                    case LINK_TO_FOLDER -> Files.createSymbolicLink(path, folders.get(data.consumeInt(0, folders.size() - 1)));
                    case LINK_OUTSIDE -> Files.createSymbolicLink(path, outside.resolve("outside.json"));
                    case LINK_DANGLING -> Files.createSymbolicLink(path, root.resolve("missing.json"));
                    case LINK_TO_ROOT -> Files.createSymbolicLink(path, root);
                }
            }
            check(root, made);
        } finally {
            Lint.delete(root);
            Lint.delete(outside);
        }
    }

    private static void check(Path root, List<String> made) throws IOException {
        Set<Path> expected = new TreeSet<>();
        Set<Path> linkedFiles = new HashSet<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : (Iterable<Path>) all::iterator) {
                Path relative = root.relativize(path);
                if (relative.toString().isEmpty() || !walked(relative)) {
                    continue;
                }
                if (Files.isSymbolicLink(path)) {
                    Path real = realOrNull(path);
                    if (real != null && real.startsWith(root) && Files.isRegularFile(real)) {
                        linkedFiles.add(relative);
                    }
                } else if (Files.isRegularFile(path)) {
                    expected.add(relative);
                }
            }
        }
        LintOptions options = LintOptions.builder().paths(List.of(".")).jobs(1).report(LintFormat.JSON, null).build();
        Lint.Run run = TIMING.bounded(made.size(), () -> made.toString(), () -> {
            try {
                return Lint.run(root, options);
            } catch (LintException e) {
                throw new AssertionError("lint refused to run: " + e.getMessage() + " on " + made);
            }
        });
        Set<Path> reported = new TreeSet<>();
        Set<Path> realFiles = new HashSet<>();
        for (JsonNode document : JsonMapper.shared().readTree(run.out()).get("files")) {
            if (document.get("document").asInt() != 1) {
                continue;
            }
            Path name = Path.of(document.get("file").asString()).normalize();
            reported.add(name);
            Path real = root.resolve(name).toRealPath();
            if (!realFiles.add(real)) {
                throw new AssertionError(real + " linted twice, the second time as " + name + " in " + made);
            }
        }
        Set<Path> missing = new TreeSet<>(expected);
        missing.removeAll(reported);
        Set<Path> unexpected = new TreeSet<>(reported);
        unexpected.removeAll(expected);
        unexpected.removeAll(linkedFiles);
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            throw new AssertionError("files not linted: " + missing + ", files linted though the walk rules skip them: "
                    + unexpected + "; tree " + made);
        }
    }

    @AfterAll
    static void report() throws IOException {
        TIMING.report();
    }

    /** Decision CL2's names: no hidden file or folder, no target or node_modules folder, a linted extension. */
    private static boolean walked(Path relative) {
        for (int i = 0; i < relative.getNameCount(); i++) {
            String name = relative.getName(i).toString();
            boolean folder = i < relative.getNameCount() - 1;
            if (name.startsWith(".") || folder && (name.equals("target") || name.equals("node_modules"))) {
                return false;
            }
        }
        String file = relative.getFileName().toString().toLowerCase(Locale.ROOT);
        return List.of(".json", ".jsonc", ".yaml", ".yml").stream().anyMatch(file::endsWith);
    }

    private static Path realOrNull(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    /** The examples' payloads and a few texts that are none. */
    private static List<String> contents() {
        List<String> contents = new ArrayList<>();
        contents.add("{\"name\": \"Triage\", \"instructions\": \"Sort tickets.\", \"organization_id\": \"org_1\"}");
        contents.addAll(List.of("", "{", "---\n---\n", "\u0000\u00ff", "[]", "name: [", "a: *b"));
        Path examples;
        try {
            examples = Path.of(System.getProperty("assistconf.examples", "../examples"));
        } catch (InvalidPathException e) {
            return contents;
        }
        Path folder = examples;
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                // the config files only: a built example's target folder holds class files and jars
                files.filter(file -> Files.isRegularFile(file)
                        && !folder.relativize(file).toString().matches("(.*/)?target/.*")
                        && file.toString().matches(".*\\.(json|jsonc|yaml|yml)$")).sorted().forEach(file -> {
                    try {
                        contents.add(Files.readString(file, StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(contents);
    }
}
