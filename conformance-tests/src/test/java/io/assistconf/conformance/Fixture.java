package io.assistconf.conformance;

import io.assistconf.AssistConf;
import io.assistconf.Input;
import io.assistconf.Kind;
import io.assistconf.Variant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One entry of {@code fixtures/<variant>/index.json}: a fixture file, the kind it is checked as, and the
 * verdict core must give.
 *
 * <ul>
 * <li>{@code codes}, {@code pointers} and {@code paths} list the expected errors of an invalid fixture
 * (parallel lists; {@code paths} is optional and, when given, holds the same locations as the input spells
 * them); {@code warnings} the exact warning codes.</li>
 * <li>{@code constraints} names the documented constraints the fixture breaks: a schema keyword as
 * {@code <variant>/<file>#<pointer to the keyword>} ({@code ...#/required:name} for one required property,
 * {@code ...#/properties/id:false} for a refused one), {@code rule:<code>} for a cross-field rule and
 * {@code normalizer:<code>} for a normalizer check.</li>
 * <li>{@code extracted}: the file holds one JSON block of a seed document exactly as the seed gives it.</li>
 * <li>{@code input}: {@code "parameters"} when a JSON object fixture holds query parameters (sent as text).</li>
 * <li>{@code embed}: a fragment (one field's value) set at {@code at} into the fixture {@code into}.</li>
 * <li>{@code catalogue}: a catalogue file the check uses; {@code canonical}: a file holding the expected
 * canonical payload; {@code undetectable}: why the variant cannot be detected from the payload.</li>
 * </ul>
 */
record Fixture(String file, Variant variant, Kind kind, boolean valid, List<String> warnings, List<String> codes,
        List<String> pointers, List<String> paths, List<String> constraints, boolean extracted, String inputForm,
        Embed embed, String catalogue, String canonical, String undetectable, String decision, String source,
        Path directory) {

    /** A fragment's place: the fixture file it is set into and the pointer it is set at. */
    record Embed(String into, String at) {
    }

    /** The fixture's name across variants, e.g. {@code burki/003-create-minimal.json}. */
    String id() {
        return variant.id() + "/" + file;
    }

    Path path() {
        return directory.resolve(file);
    }

    /** Whether the fixture is a raw URL query string rather than a JSON document. */
    boolean isQuery() {
        return file.endsWith(".query");
    }

    /** Whether the fixture is a JSON object of query parameters. */
    boolean isParameters() {
        return "parameters".equals(inputForm);
    }

    /** Whether the fixture comes from a seed document (verbatim or respelled), rather than a derived invalid case. */
    boolean isSeedExample() {
        return !file.startsWith("invalid/");
    }

    /** The AssistConf instance that checks this fixture: the shared one, or one with the fixture's catalogue. */
    AssistConf assistConf() {
        return catalogue == null ? Conformance.ASSISTCONF : Conformance.withCatalogue(directory.resolve(catalogue));
    }

    /**
     * The fixture as core reads it: JSON files through {@link Input#of(Path)}, query strings through
     * {@link Input#query(String)}, parameter objects through {@link Input#query(Map)}, fragments set into
     * their document as JSON text. One trailing line break of a query file is not part of the query.
     */
    Input input() {
        if (isQuery()) {
            return Input.query(queryString());
        }
        if (isParameters()) {
            return Input.query(parameters());
        }
        if (embed != null) {
            return Input.json(document().toString());
        }
        return Input.of(path());
    }

    /**
     * The payload as a tree: the JSON document (a fragment set into its document), or the query
     * parameters as an object of strings.
     */
    JsonNode document() {
        if (isQuery() || isParameters()) {
            ObjectNode out = Fixtures.MAPPER.createObjectNode();
            parameters().forEach((name, values) -> {
                if (values.size() == 1) {
                    out.put(name, values.get(0));
                } else {
                    values.forEach(value -> out.withArray(name).add(value));
                }
            });
            return out;
        }
        if (embed != null) {
            JsonNode into = Fixtures.read(directory.resolve(embed.into()));
            return Json.with(into, embed.at(), Fixtures.read(path()));
        }
        return Fixtures.read(path());
    }

    /** The query parameters of a query or parameters fixture, decoded, in order. */
    Map<String, List<String>> parameters() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (isParameters()) {
            Fixtures.read(path()).properties().forEach(member -> out.computeIfAbsent(member.getKey(),
                    k -> new ArrayList<>()).add(member.getValue().isString() ? member.getValue().asString()
                            : member.getValue().toString()));
            return out;
        }
        return QueryStrings.parse(queryString());
    }

    String queryString() {
        try {
            String text = Files.readString(path(), StandardCharsets.UTF_8);
            return text.endsWith("\r\n") ? text.substring(0, text.length() - 2)
                    : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return id() + " as " + kind.id();
    }
}
