package io.assistconf.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.Kind;
import io.assistconf.Variant;
import io.assistconf.conformance.SchemaDocs.Loc;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * Documentation coverage: {@code doc-coverage/<variant>.txt} lists every field name the variant's seed
 * documents mention (written from the seeds, as they spell them) and every default they document; this
 * test fails when a schema lacks one of those fields, when a schema has a field (or an alias) that no seed
 * mentions and no recorded decision adds, and when a schema's default differs from the one written down.
 * It prints the coverage figures. With the seeds at hand (shared/seeds beside the repository) it also
 * checks that each listed name occurs in them, that no name listed as decision-only does, and that every
 * name SUPPLEMENT.md gives is a property of its variant's schemas or accounted for ({@link SupplementCoverage}).
 */
class DocumentationCoverageTest {

    /** The seed documents of each variant. */
    static final Map<Variant, List<String>> SEEDS = Map.of(
            Variant.FREDDY, List.of("000", "002"), Variant.COGSOL, List.of("001"), Variant.BURKI, List.of("003"));

    /** One line of a data file. */
    record Entry(String scope, String path, JsonNode defaultValue, JsonNode values, String decision, boolean schemaOnly,
            int line) {
    }

    /**
     * A field of a schema: its canonical dotted path, its aliases, the defaults the schema gives it and the
     * values its enum or const allows (in any alternative).
     */
    record Field(String path, Set<String> aliases, List<JsonNode> defaults, Set<JsonNode> values) {
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Variant.class)
    void everyDocumentedFieldIsInTheSchemasAndEverySchemaFieldIsDocumented(Variant variant) {
        List<Entry> entries = read(variant);
        Set<String> scopes = new LinkedHashSet<>();
        entries.forEach(e -> scopes.add(e.scope()));
        Set<String> stops = new HashSet<>(scopes.stream().map(s -> absolute(variant, s)).toList());
        for (Kind kind : Conformance.ASSISTCONF.kinds(variant)) {
            stops.add(SchemaDocs.id(variant, kind) + "#");
        }

        int seedNames = 0;
        int resolved = 0;
        int schemaFields = 0;
        int mentioned = 0;
        int byDecision = 0;
        int seedDefaults = 0;
        int decidedDefaults = 0;
        int enums = 0;
        List<String> problems = new ArrayList<>();
        for (String scope : scopes) {
            Map<String, Field> fields = fields(absolute(variant, scope), stops);
            Set<String> covered = new HashSet<>();
            Map<String, Entry> defaults = new LinkedHashMap<>();
            Map<String, Entry> allowed = new LinkedHashMap<>();
            for (Entry entry : entries) {
                if (!entry.scope().equals(scope)) {
                    continue;
                }
                if (entry.decision() != null && !Docs.hasDecision(entry.decision())) {
                    problems.add("line " + entry.line() + ": decision " + entry.decision() + " is not in docs/decisions.md");
                }
                if (!entry.schemaOnly()) {
                    seedNames++;
                }
                String canonical = resolve(entry.path(), fields, covered);
                if (canonical == null) {
                    problems.add("line " + entry.line() + ": the seed field '" + entry.path() + "' (" + scope
                            + ") is not in the schema");
                    continue;
                }
                if (!entry.schemaOnly()) {
                    resolved++;
                }
                if (entry.defaultValue() != null) {
                    defaults.put(canonical, entry);
                }
                if (entry.values() != null) {
                    allowed.put(canonical, entry);
                }
            }
            for (Field field : fields.values()) {
                List<String> names = new ArrayList<>();
                names.add(field.path());
                field.aliases().forEach(alias -> names.add(parentOf(field.path()) + alias));
                for (String name : names) {
                    schemaFields++;
                    boolean bySeed = entries.stream().anyMatch(e -> e.scope().equals(scope) && !e.schemaOnly()
                            && name.equals(resolvedName(e.path(), fields)));
                    boolean decided = entries.stream().anyMatch(e -> e.scope().equals(scope) && e.schemaOnly()
                            && name.equals(resolvedName(e.path(), fields)));
                    if (bySeed) {
                        mentioned++;
                    } else if (decided) {
                        byDecision++;
                    } else {
                        problems.add("the schema field '" + name + "' (" + scope + ") is mentioned by no seed and added"
                                + " by no recorded decision: list it in doc-coverage/" + variant.id() + ".txt");
                    }
                }
                Entry listed = allowed.get(field.path());
                Set<JsonNode> documentedValues = new LinkedHashSet<>();
                if (listed != null) {
                    listed.values().values().forEach(documentedValues::add);
                }
                if (!field.values().isEmpty() || listed != null) {
                    enums++;
                    if (!field.values().equals(documentedValues)) {
                        problems.add((listed == null ? "" : "line " + listed.line() + ": ") + "the values of '" + field.path()
                                + "' (" + scope + ") are " + field.values() + " in the schema and " + documentedValues
                                + " in the documentation");
                    }
                }
                Entry documented = defaults.get(field.path());
                if (!field.defaults().isEmpty() && documented == null) {
                    problems.add("the schema default " + field.defaults() + " of '" + field.path() + "' (" + scope
                            + ") is stated by no seed and set by no recorded decision");
                }
                if (documented != null) {
                    if (field.defaults().isEmpty()) {
                        problems.add("line " + documented.line() + ": the documented default " + documented.defaultValue()
                                + " of '" + field.path() + "' is missing from the schema");
                    }
                    for (JsonNode value : field.defaults()) {
                        if (!Json.same(value, documented.defaultValue())) {
                            problems.add("line " + documented.line() + ": the schema's default of '" + field.path() + "' is "
                                    + value + ", the documented one " + documented.defaultValue());
                        }
                    }
                    if (documented.decision() == null) {
                        seedDefaults++;
                    } else {
                        decidedDefaults++;
                    }
                }
            }
        }
        System.out.printf("documentation coverage %s: %d/%d field names the seeds mention are in the schemas (%.1f%%);"
                + " %d schema fields and aliases: %d mentioned by a seed (%.1f%%), %d added by a recorded decision;"
                + " %d defaults: %d stated by a seed, %d by a recorded decision, all equal to the schemas';"
                + " %d enums, all with the documented values%n", variant.id(), resolved, seedNames,
                seedNames == 0 ? 100.0 : 100.0 * resolved / seedNames, schemaFields, mentioned,
                schemaFields == 0 ? 100.0 : 100.0 * mentioned / schemaFields, byDecision, seedDefaults + decidedDefaults,
                seedDefaults, decidedDefaults, enums);
        assertThat(problems).as("documentation coverage of %s", variant.id()).isEmpty();
        assertThat(resolved).as("every seed name of %s is in the schemas", variant.id()).isEqualTo(seedNames);
        assertThat(mentioned + byDecision).as("every schema field of %s is documented", variant.id()).isEqualTo(schemaFields);
    }

    /** The data file is written from the seeds: each name occurs in them, and no decision-only name does. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Variant.class)
    void everyListedNameIsWrittenFromTheSeeds(Variant variant) {
        Assumptions.assumeTrue(Docs.haveSeeds(), "the seed documents are not at " + Docs.seeds());
        StringBuilder seeds = new StringBuilder();
        SEEDS.get(variant).forEach(number -> seeds.append(Docs.seed(number)).append('\n'));
        for (Entry entry : read(variant)) {
            String[] segments = entry.path().split("\\.");
            if (entry.schemaOnly()) {
                assertThat(occurs(segments[segments.length - 1], seeds)).as("'%s' (line %d) is listed as named by a"
                        + " decision only, but the seeds mention it", entry.path(), entry.line()).isFalse();
            } else {
                for (String segment : segments) {
                    assertThat(occurs(segment, seeds)).as("'%s' of '%s' (line %d) occurs in the seeds of %s", segment,
                            entry.path(), entry.line(), variant.id()).isTrue();
                }
                if (entry.values() != null && entry.decision() == null) {
                    for (JsonNode value : entry.values().values()) {
                        String text = value.isString() ? value.asString() : value.toString();
                        assertThat(occurs(text, seeds)).as("the value '%s' of '%s' (line %d) occurs in the seeds", text,
                                entry.path(), entry.line()).isTrue();
                    }
                }
            }
        }
    }

    /**
     * Every name SUPPLEMENT.md gives in backticks in the variant's section is a property of the variant's schemas,
     * a value they state, or listed in {@code doc-coverage/supplement.txt}: a word that is no field (with the
     * reason), or a field the schemas lack (with the decision of section S that names it and says why not). A
     * listed line the supplement no longer needs fails too, so the list stays minimal.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Variant.class)
    void everyFieldTheSupplementNamesIsInTheSchemasOrInADecision(Variant variant) {
        Assumptions.assumeTrue(Docs.haveSeeds(), "the seed documents are not at " + Docs.seeds());
        String section = SupplementCoverage.section(Docs.supplement(), variant);
        Set<String> names = SupplementCoverage.names(section);
        Set<String> paths = SupplementCoverage.propertyPaths(variant);
        Set<String> values = SupplementCoverage.values(variant);
        List<SupplementCoverage.Listed> listed = SupplementCoverage.listed(variant);
        long properties = names.stream().filter(name -> SupplementCoverage.isProperty(name, paths)).count();
        long decided = listed.stream().filter(entry -> entry.decision() != null).count();
        System.out.printf("supplement coverage %s: %d names in SUPPLEMENT.md, %d properties of the schemas, %d values"
                + " they state, %d words listed as no field, %d fields the schemas lack by a recorded decision%n",
                variant.id(), names.size(), properties, names.stream()
                        .filter(name -> !SupplementCoverage.isProperty(name, paths) && values.contains(name)).count(),
                listed.size() - decided, decided);
        assertThat(SupplementCoverage.problems(variant, section, listed, paths, values))
                .as("names of SUPPLEMENT.md's %s section", SupplementCoverage.SECTIONS.get(variant)).isEmpty();
        assertThat(names).as("names read from the %s section", SupplementCoverage.SECTIONS.get(variant))
                .hasSizeGreaterThan(30);
    }

    /** The check above reports a field no schema has and no decision names, and each kind of needless line. */
    @Test
    void theSupplementCheckReportsAnUnknownFieldAndNeedlessLines() {
        String section = "Update: `toolConfigurations`, `reasoning.effort`, `assistant_metadata`, `rulesAttached`,"
                + " `{\"error\": {\"trace_id\"}}`, `POST /v1/assistants`, `sparkle_level` (`low`), `glitter`, `private`.";
        List<SupplementCoverage.Listed> listed = List.of(
                new SupplementCoverage.Listed("glitter", null, "S6", 1),
                new SupplementCoverage.Listed("icon_url", "a stale line", null, 2),
                new SupplementCoverage.Listed("assistant_metadata", null, "S6", 3),
                new SupplementCoverage.Listed("private", "a value", null, 4));
        List<String> problems = SupplementCoverage.problems(Variant.FREDDY, section, listed,
                SupplementCoverage.propertyPaths(Variant.FREDDY), SupplementCoverage.values(Variant.FREDDY));
        assertThat(problems).hasSize(5);
        assertThat(problems.get(0)).startsWith("'sparkle_level' (SUPPLEMENT.md, Freddy) is no property");
        assertThat(problems.get(1)).endsWith("decision S6 does not name `glitter`");
        assertThat(problems.get(2)).contains("'icon_url' is not a name of the Freddy section");
        assertThat(problems.get(3)).contains("'assistant_metadata' is a property of the freddy schemas now");
        assertThat(problems.get(4)).contains("'private' is a value the freddy schemas state");
    }

    private static boolean occurs(String name, CharSequence text) {
        return Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(name) + "(?![A-Za-z0-9_])").matcher(text).find();
    }

    /** The canonical path a listed path names (segments matched by name, snake_case spelling or alias), or null. */
    static String resolve(String path, Map<String, Field> fields, Set<String> covered) {
        String canonical = resolvedField(path, fields);
        if (canonical != null) {
            covered.add(canonical);
        }
        return canonical;
    }

    /** Like {@link #resolve}, but naming the alias when the last segment is one: the name a line mentions. */
    static String resolvedName(String path, Map<String, Field> fields) {
        String canonical = resolvedField(path, fields);
        if (canonical == null) {
            return null;
        }
        String[] segments = path.split("\\.");
        String last = segments[segments.length - 1];
        Field field = fields.get(canonical);
        for (String alias : field.aliases()) {
            if (alias.equals(last) || alias.equals(Respell.snake(last))) {
                return parentOf(canonical) + alias;
            }
        }
        return canonical;
    }

    private static String resolvedField(String path, Map<String, Field> fields) {
        String prefix = "";
        for (String segment : path.split("\\.")) {
            String found = null;
            for (String candidate : List.of(segment, Respell.snake(segment))) {
                if (fields.containsKey(prefix + candidate)) {
                    found = prefix + candidate;
                    break;
                }
            }
            if (found == null) {
                for (Field field : fields.values()) {
                    if (field.path().startsWith(prefix) && field.path().indexOf('.', prefix.length()) < 0
                            && (field.aliases().contains(segment) || field.aliases().contains(Respell.snake(segment)))) {
                        found = field.path();
                        break;
                    }
                }
            }
            if (found == null) {
                return null;
            }
            prefix = found + ".";
        }
        return prefix.substring(0, prefix.length() - 1);
    }

    private static String parentOf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot + 1);
    }

    /**
     * The fields under a schema place, read from the schema JSON: properties at every depth (array items
     * transparent, alternatives and branches merged), not descending into another scope or another kind's
     * root, nor into maps (their keys are data).
     */
    static Map<String, Field> fields(String start, Set<String> stops) {
        Map<String, Field> out = new LinkedHashMap<>();
        int hash = start.indexOf('#');
        walk(new Loc(start.substring(0, hash), start.substring(hash + 1)), "", stops, true, out);
        return out;
    }

    private static void walk(Loc loc, String path, Set<String> stops, boolean first, Map<String, Field> out) {
        JsonNode node = loc.node();
        if (!node.isObject() || (!first && stops.contains(loc.absolute()))) {
            return;
        }
        if (node.has("$ref")) {
            Loc target = loc.resolve(node.get("$ref").asString());
            if (!stops.contains(target.absolute())) {
                walk(target, path, stops, false, out);
            }
            return;
        }
        if (!path.isEmpty()) {
            Field field = out.computeIfAbsent(path, p -> new Field(p, new LinkedHashSet<>(), new ArrayList<>(),
                    new LinkedHashSet<>()));
            node.path("x-aliases").values().forEach(alias -> field.aliases().add(alias.asString()));
            if (node.has("default")) {
                field.defaults().add(node.get("default"));
            }
            node.path("enum").values().forEach(field.values()::add);
            if (node.has("const")) {
                field.values().add(node.get("const"));
            }
        }
        for (Map.Entry<String, JsonNode> property : node.path("properties").properties()) {
            if (!property.getValue().isBoolean()) {
                walk(loc.child("properties", property.getKey()), (path.isEmpty() ? "" : path + ".") + property.getKey(),
                        stops, false, out);
            }
        }
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            for (int i = 0; i < node.path(combinator).size(); i++) {
                walk(loc.child(combinator, i), path, stops, false, out);
            }
        }
        for (String child : List.of("items", "then", "else")) {
            if (node.has(child)) {
                walk(loc.child(child), path, stops, false, out);
            }
        }
    }

    private static String absolute(Variant variant, String scope) {
        String id = SchemaDocs.ID_PREFIX + variant.id() + "/" + scope;
        return id.contains("#") ? id : id + "#";
    }

    /** The entries of {@code doc-coverage/<variant>.txt}. */
    static List<Entry> read(Variant variant) {
        List<Entry> entries = new ArrayList<>();
        for (ScopedLines listed : ScopedLines.of(Docs.read(Fixtures.resource("doc-coverage/" + variant.id() + ".txt")),
                variant.id() + ".txt")) {
            String line = listed.text();
            int number = listed.number();
            boolean schemaOnly = line.startsWith("!");
            if (schemaOnly) {
                line = line.substring(1).strip();
            }
            String decision = null;
            int at = line.lastIndexOf(" @");
            if (at >= 0) {
                decision = line.substring(at + 2).strip();
                line = line.substring(0, at).strip();
            }
            if (schemaOnly && decision == null) {
                throw new IllegalStateException(variant.id() + ".txt line " + number + ": a schema-only name needs @decision");
            }
            JsonNode defaultValue = null;
            int equals = line.indexOf(" = ");
            int in = line.indexOf(" in [");
            if (equals >= 0 && (in < 0 || equals > line.indexOf(']', in))) {
                defaultValue = Fixtures.MAPPER.readTree(line.substring(equals + 3).strip());
                line = line.substring(0, equals).strip();
            }
            JsonNode values = null;
            if (in >= 0) {
                values = Fixtures.MAPPER.readTree(line.substring(in + 4).strip());
                line = line.substring(0, in).strip();
            }
            entries.add(new Entry(listed.scope(), line, defaultValue, values, decision, schemaOnly, number));
        }
        return entries;
    }
}
