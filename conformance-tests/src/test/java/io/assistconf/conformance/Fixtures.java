package io.assistconf.conformance;

import io.assistconf.Kind;
import io.assistconf.Result;
import io.assistconf.Variant;
import io.assistconf.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the fixture index and the known-differences list from the test classpath. */
final class Fixtures {

    static final String FREDDY = "fixtures/freddy/";
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Fixtures() {
    }

    /** The directory holding the Freddy fixtures (under target/test-classes). */
    static Path freddyDirectory() {
        return resource(FREDDY + "index.json").getParent();
    }

    /** Every entry of {@code fixtures/freddy/index.json}, in file order. */
    static List<Fixture> freddy() {
        Path directory = freddyDirectory();
        JsonNode index = read(directory.resolve("index.json"));
        List<Fixture> fixtures = new ArrayList<>();
        for (JsonNode entry : index.values()) {
            String file = text(entry, "file");
            Variant variant = Variant.byId(text(entry, "variant"))
                    .orElseThrow(() -> new IllegalStateException(file + ": unknown variant " + entry.get("variant")));
            Kind kind = Kind.byId(text(entry, "kind"))
                    .orElseThrow(() -> new IllegalStateException(file + ": unknown kind " + entry.get("kind")));
            if (!entry.path("valid").isBoolean()) {
                throw new IllegalStateException(file + ": 'valid' must be true or false");
            }
            fixtures.add(new Fixture(file, variant, kind, entry.get("valid").booleanValue(),
                    strings(entry, "warnings"), strings(entry, "codes"), strings(entry, "pointers"),
                    entry.has("paths") ? strings(entry, "paths") : null,
                    entry.has("decision") ? text(entry, "decision") : null,
                    text(entry, "source"), directory.resolve(file)));
        }
        return List.copyOf(fixtures);
    }

    static Stream<Fixture> jsonDocuments() {
        return freddy().stream().filter(f -> !f.isQuery());
    }

    /** Every fixture file below the Freddy directory (relative, '/'-separated), index and lists excluded. */
    static List<String> filesOnDisk() {
        Path directory = freddyDirectory();
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> directory.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !name.equals("index.json") && !name.equals("known-differences.json"))
                    .sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path resource(String name) {
        URL url = Fixtures.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException(name + " is not on the test classpath");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A multi-line account of a result, for assertion messages. */
    static String report(Fixture fixture, Result result) {
        StringBuilder out = new StringBuilder();
        out.append(fixture).append(" (").append(fixture.source()).append("): valid=").append(result.valid());
        if (result.violations().isEmpty()) {
            out.append(", no violations");
        }
        for (Violation violation : result.violations()) {
            out.append("\n    ").append(violation).append(" [path '").append(violation.path()).append("']");
        }
        return out.toString();
    }

    private static String text(JsonNode entry, String name) {
        JsonNode value = entry.get(name);
        if (value == null || !value.isString() || value.asString().isEmpty()) {
            throw new IllegalStateException("index entry " + entry + " needs a non-empty string '" + name + "'");
        }
        return value.asString();
    }

    private static List<String> strings(JsonNode entry, String name) {
        JsonNode value = entry.get(name);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new IllegalStateException("index entry " + entry + ": '" + name + "' must be an array");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : value.values()) {
            out.add(item.asString());
        }
        return List.copyOf(out);
    }
}
