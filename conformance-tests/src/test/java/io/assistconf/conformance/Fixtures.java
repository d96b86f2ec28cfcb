package io.assistconf.conformance;

import io.assistconf.Kind;
import io.assistconf.Result;
import io.assistconf.Variant;
import io.assistconf.Violation;
import io.assistconf.testkit.TestPayloads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one loader of the fixture corpus: {@code fixtures/<variant>/index.json} for every variant that has
 * one, read from the test kit ({@link TestPayloads#fixtures()}).
 */
final class Fixtures {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** Files and folders of a variant's fixture folder that are not fixtures themselves. */
    private static final Set<String> SUPPORT = Set.of("index.json", "expected", "catalogues");

    private static volatile List<Fixture> all;

    private Fixtures() {
    }

    /** The folder holding every variant's fixture folder. */
    static Path rootDirectory() {
        return TestPayloads.fixtures();
    }

    /** The folder of one variant's fixtures. */
    static Path directory(Variant variant) {
        return rootDirectory().resolve(variant.id());
    }

    /** Every fixture of every variant, in variant order, then index order. */
    static List<Fixture> all() {
        List<Fixture> loaded = all;
        if (loaded == null) {
            List<Fixture> fixtures = new ArrayList<>();
            for (Variant variant : Variant.values()) {
                Path index = directory(variant).resolve("index.json");
                if (Files.exists(index)) {
                    fixtures.addAll(load(variant, index));
                }
            }
            loaded = List.copyOf(fixtures);
            all = loaded;
        }
        return loaded;
    }

    static List<Fixture> of(Variant variant) {
        return all().stream().filter(f -> f.variant() == variant).toList();
    }

    static List<Fixture> freddy() {
        return of(Variant.FREDDY);
    }

    /** The fixture with the given id ({@code variant/file}). */
    static Fixture byId(String id) {
        return all().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no fixture " + id));
    }

    /** Every fixture core reads as a JSON document (query strings and parameter objects excluded). */
    static Stream<Fixture> jsonDocuments() {
        return all().stream().filter(f -> !f.isQuery() && !f.isParameters());
    }

    private static List<Fixture> load(Variant expectedVariant, Path indexFile) {
        Path directory = indexFile.getParent();
        JsonNode index = read(indexFile);
        if (!index.isArray()) {
            throw new IllegalStateException(indexFile + " must be an array");
        }
        List<Fixture> fixtures = new ArrayList<>();
        for (JsonNode entry : index.values()) {
            String file = text(entry, "file");
            Variant variant = Variant.byId(text(entry, "variant"))
                    .orElseThrow(() -> new IllegalStateException(file + ": unknown variant " + entry.get("variant")));
            if (variant != expectedVariant) {
                throw new IllegalStateException(file + " is listed in the index of " + expectedVariant.id()
                        + " but names the variant " + variant.id());
            }
            Kind kind = Kind.byId(text(entry, "kind"))
                    .orElseThrow(() -> new IllegalStateException(file + ": unknown kind " + entry.get("kind")));
            if (!entry.path("valid").isBoolean()) {
                throw new IllegalStateException(file + ": 'valid' must be true or false");
            }
            JsonNode embed = entry.get("embed");
            fixtures.add(new Fixture(file, variant, kind, entry.get("valid").booleanValue(),
                    strings(entry, "warnings"), strings(entry, "codes"), strings(entry, "pointers"),
                    entry.has("paths") ? strings(entry, "paths") : null, strings(entry, "constraints"),
                    entry.path("extracted").asBoolean(false), optional(entry, "input"),
                    embed == null ? null : new Fixture.Embed(text(embed, "into"), text(embed, "at")),
                    optional(entry, "catalogue"), optional(entry, "canonical"), optional(entry, "undetectable"),
                    optional(entry, "decision"), text(entry, "source"), directory));
        }
        return fixtures;
    }

    /** Every fixture file below a variant's folder (relative, '/'-separated), support files excluded. */
    static List<String> filesOnDisk(Variant variant) {
        Path directory = directory(variant);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> directory.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !SUPPORT.contains(name.contains("/") ? name.substring(0, name.indexOf('/')) : name))
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

    private static String optional(JsonNode entry, String name) {
        return entry.has(name) ? text(entry, name) : null;
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
