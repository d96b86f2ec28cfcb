package io.assistconf.conformance;

import io.assistconf.Kind;
import io.assistconf.Variant;
import io.assistconf.conformance.SchemaDocs.Loc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The field names shared/seeds/SUPPLEMENT.md gives for one variant, checked against the variant's schemas: a
 * name in backticks is a field when it is a property of one of the variant's schemas (at any depth, under a map
 * too, in its canonical, camelCase or alias spelling; a dotted name by its last segments), a value when the
 * schemas state it ({@code enum}, {@code const}, {@code default}). What is neither is listed in
 * {@code doc-coverage/supplement.txt}: a word that is no field, with the reason, or a field the schemas lack,
 * with the decision of section S that names it and says why.
 */
final class SupplementCoverage {

    /** The heading of each variant's section in SUPPLEMENT.md starts with this word. */
    static final Map<Variant, String> SECTIONS = Map.of(Variant.FREDDY, "Freddy", Variant.COGSOL, "CogSol",
            Variant.BURKI, "Burki");

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern PATH = Pattern.compile(NAME + "(\\." + NAME + ")*");
    private static final Set<String> LITERALS = Set.of("null", "true", "false");

    /** A line of the data file: a word that is no field (with its reason) or a missing field (with its decision). */
    record Listed(String name, String reason, String decision, int line) {
    }

    private SupplementCoverage() {
    }

    /** The text of the variant's section: from its "## " heading to the next one. */
    static String section(String supplement, Variant variant) {
        Matcher heading = Pattern.compile("(?m)^## " + SECTIONS.get(variant) + "\\b.*$").matcher(supplement);
        if (!heading.find()) {
            throw new IllegalStateException("SUPPLEMENT.md has no section '## " + SECTIONS.get(variant) + "'");
        }
        int next = supplement.indexOf("\n## ", heading.end());
        return supplement.substring(heading.end(), next < 0 ? supplement.length() : next);
    }

    /**
     * The names a text gives in backticks, in order: a span that is a name or a dotted path, and the quoted
     * names inside a span written as JSON ({@code {"detail": [{"type", "loc", ...}]}}). Spans with spaces,
     * slashes or dashes (endpoints, model names) and JSON literals are not names.
     */
    static Set<String> names(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher code = CODE.matcher(text);
        while (code.find()) {
            String span = code.group(1).strip();
            if (span.startsWith("{") || span.startsWith("[") || span.startsWith("\"")) {
                Matcher quoted = QUOTED.matcher(span);
                while (quoted.find()) {
                    if (NAME.matcher(quoted.group(1)).matches()) {
                        out.add(quoted.group(1));
                    }
                }
            } else if (PATH.matcher(span).matches()) {
                out.add(span);
            }
        }
        out.removeAll(LITERALS);
        return out;
    }

    /**
     * Every property path of the variant's schemas, dotted, in every accepted spelling of each segment, and
     * every final part of one (so {@code end_call.enabled} and {@code enabled} are both found); map values
     * add no segment.
     */
    static Set<String> propertyPaths(Variant variant) {
        Set<String> out = new LinkedHashSet<>();
        for (Kind kind : Conformance.ASSISTCONF.kinds(variant)) {
            walk(SchemaDocs.root(variant, kind), List.of(), out);
        }
        return out;
    }

    private static void walk(Loc loc, List<List<String>> path, Set<String> out) {
        JsonNode node = loc.node();
        if (!node.isObject()) {
            return;
        }
        if (node.has("$ref")) {
            walk(loc.resolve(node.get("$ref").asString()), path, out);
            return;
        }
        for (Map.Entry<String, JsonNode> property : node.path("properties").properties()) {
            List<String> spellings = new ArrayList<>();
            spellings.add(property.getKey());
            property.getValue().path("x-aliases").values().forEach(alias -> spellings.add(alias.asString()));
            List<List<String>> longer = new ArrayList<>(path);
            longer.add(spellings);
            addSuffixes(longer, out);
            walk(loc.child("properties", property.getKey()), longer, out);
        }
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            for (int i = 0; i < node.path(combinator).size(); i++) {
                walk(loc.child(combinator, i), path, out);
            }
        }
        for (String child : List.of("items", "additionalProperties", "then", "else")) {
            if (node.has(child)) {
                walk(loc.child(child), path, out);
            }
        }
    }

    private static void addSuffixes(List<List<String>> path, Set<String> out) {
        for (int start = 0; start < path.size(); start++) {
            List<String> joined = List.of("");
            for (List<String> segment : path.subList(start, path.size())) {
                List<String> next = new ArrayList<>();
                for (String prefix : joined) {
                    for (String spelling : segment) {
                        next.add(prefix.isEmpty() ? spelling : prefix + "." + spelling);
                    }
                }
                joined = next;
            }
            out.addAll(joined);
        }
    }

    /** Whether the name, each segment read as snake_case, is a property path of the schemas. */
    static boolean isProperty(String name, Set<String> propertyPaths) {
        StringBuilder snake = new StringBuilder();
        for (String segment : name.split("\\.")) {
            snake.append(snake.isEmpty() ? "" : ".").append(Respell.snake(segment));
        }
        return propertyPaths.contains(name) || propertyPaths.contains(snake.toString());
    }

    /** The scalar values the variant's schemas state: enum members, constants and defaults, as text. */
    static Set<String> values(Variant variant) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : SchemaDocs.allIds()) {
            if (SchemaDocs.shortId(id).startsWith(variant.id() + "/")) {
                collectValues(SchemaDocs.document(id), out);
            }
        }
        return out;
    }

    private static void collectValues(JsonNode node, Set<String> out) {
        if (node.isObject()) {
            for (String keyword : List.of("enum", "const", "default")) {
                JsonNode value = node.get(keyword);
                if (value != null) {
                    (value.isArray() ? value.values() : List.of(value)).forEach(v -> {
                        if (v.isValueNode()) {
                            out.add(v.isString() ? v.asString() : v.toString());
                        }
                    });
                }
            }
        }
        if (node.isContainer()) {
            node.values().forEach(child -> collectValues(child, out));
        }
    }

    /**
     * What is wrong between a section's names, the schemas and the listed names: a name that is neither field,
     * value nor listed; a listed name the section does not give, that the schemas have or state, or whose
     * decision does not name it.
     */
    static List<String> problems(Variant variant, String section, List<Listed> listed, Set<String> propertyPaths,
            Set<String> values) {
        List<String> problems = new ArrayList<>();
        Map<String, Listed> byName = new LinkedHashMap<>();
        listed.forEach(entry -> byName.put(entry.name(), entry));
        Set<String> names = names(section);
        for (String name : names) {
            if (!isProperty(name, propertyPaths) && !values.contains(name) && !byName.containsKey(name)) {
                problems.add("'" + name + "' (SUPPLEMENT.md, " + SECTIONS.get(variant) + ") is no property of the "
                        + variant.id() + " schemas and no value they state: add the field, or record in section S of"
                        + " docs/decisions.md why not and list it in doc-coverage/supplement.txt");
            }
        }
        for (Listed entry : listed) {
            String where = "supplement.txt line " + entry.line() + ": '" + entry.name() + "'";
            if (!names.contains(entry.name())) {
                problems.add(where + " is not a name of the " + SECTIONS.get(variant) + " section: remove the line");
            } else if (isProperty(entry.name(), propertyPaths)) {
                problems.add(where + " is a property of the " + variant.id() + " schemas now: remove the line");
            } else if (values.contains(entry.name())) {
                problems.add(where + " is a value the " + variant.id() + " schemas state: remove the line");
            } else if (entry.decision() != null) {
                String decision = Docs.decisionOfSectionS(entry.decision());
                if (decision == null) {
                    problems.add(where + ": " + entry.decision() + " is no decision of section S in docs/decisions.md");
                } else if (!decision.contains("`" + entry.name() + "`")) {
                    problems.add(where + ": decision " + entry.decision() + " does not name `" + entry.name() + "`");
                }
            }
        }
        return problems;
    }

    /** The entries of {@code doc-coverage/supplement.txt} for one variant. */
    static List<Listed> listed(Variant variant) {
        List<Listed> out = new ArrayList<>();
        for (ScopedLines line : ScopedLines.of(Docs.read(Fixtures.resource("doc-coverage/supplement.txt")),
                "supplement.txt")) {
            String[] parts = line.text().split("\\s+", 2);
            if (parts.length < 2) {
                throw new IllegalStateException("supplement.txt line " + line.number() + ": a name and its reason or"
                        + " @decision under a [variant]");
            }
            if (line.scope().equals(variant.id())) {
                String rest = parts[1].strip();
                boolean decided = rest.startsWith("@");
                out.add(new Listed(parts[0], decided ? null : rest, decided ? rest.substring(1) : null, line.number()));
            }
        }
        return out;
    }
}
