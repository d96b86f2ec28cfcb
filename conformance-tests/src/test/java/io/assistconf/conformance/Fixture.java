package io.assistconf.conformance;

import io.assistconf.Input;
import io.assistconf.Kind;
import io.assistconf.Variant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One entry of {@code fixtures/<variant>/index.json}: a fixture file, the kind it is checked as, and
 * the verdict core must give. {@code codes}, {@code pointers} and {@code paths} list the expected errors
 * of an invalid fixture (parallel lists; {@code paths} is optional and, when given, holds the same
 * locations as the input spells them).
 */
record Fixture(String file, Variant variant, Kind kind, boolean valid, List<String> warnings,
        List<String> codes, List<String> pointers, List<String> paths, String decision, String source, Path path) {

    /** Whether the fixture is a raw URL query string rather than a JSON document. */
    boolean isQuery() {
        return file.endsWith(".query");
    }

    /** Whether the fixture is one of the seed examples themselves, rather than a derived invalid case. */
    boolean isSeedExample() {
        return !file.contains("/");
    }

    /**
     * The fixture as core reads it: JSON files through {@link Input#of(Path)}, query strings through
     * {@link Input#query(String)}. One trailing line break of a query file is not part of the query
     * (editors add one).
     */
    Input input() {
        if (!isQuery()) {
            return Input.of(path);
        }
        return Input.query(queryString());
    }

    String queryString() {
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            return text.endsWith("\r\n") ? text.substring(0, text.length() - 2)
                    : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return file + " as " + variant.id() + "/" + kind.id();
    }
}
