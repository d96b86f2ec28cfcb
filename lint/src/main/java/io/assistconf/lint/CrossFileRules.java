package io.assistconf.lint;

import io.assistconf.Code;
import io.assistconf.Kind;
import io.assistconf.ShownText;
import io.assistconf.Variant;
import io.assistconf.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rules across files ({@code docs/decisions.md} S9): they compare the documents of a whole run and
 * report in each document they name, located there, naming the others. A Freddy organization has one
 * default assistant and its assistants distinct names, stored objects compared with stored objects and
 * create bodies with create bodies; stored objects of a variant have distinct ids.
 */
final class CrossFileRules {

    /** The most other files a message names. */
    private static final int NAMED = 3;

    /** A document of the run: its place, for naming it and adding to it. */
    private record Place(int file, int document, String name, Facts facts) {
    }

    private CrossFileRules() {
    }

    /** The files with what the rules found in each document, severities as configured. */
    static List<LintedFile> apply(List<LintedFile> files, DocumentChecker checker, Severities severities) {
        List<Place> places = new ArrayList<>();
        for (int f = 0; f < files.size(); f++) {
            List<CheckedDocument> documents = files.get(f).documents();
            for (int d = 0; d < documents.size(); d++) {
                Facts facts = documents.get(d).facts();
                if (facts != null && documents.get(d).status() == CheckedDocument.Status.CHECKED) {
                    places.add(new Place(f, d, files.get(f).name(d), facts));
                }
            }
        }
        Map<Place, List<Violation>> found = new LinkedHashMap<>();
        report(places, p -> p.facts().isDefault() && p.facts().organization() != null
                ? p.facts().organization() + "\u0000" + p.facts().kind() : null, found, (place, others) ->
                Code.DUPLICATE_DEFAULT.at("/is_default", "is_default is also true in " + others + " of organization '"
                        + ShownText.quote(place.facts().organization()) + "'"));
        report(places, p -> p.facts().name() != null && p.facts().organization() != null
                ? p.facts().organization() + "\u0000" + p.facts().kind() + "\u0000" + p.facts().name() : null, found,
                (place, others) -> Code.DUPLICATE_NAME.at("/name", "the name '" + ShownText.quote(place.facts().name())
                        + "' is also the name of " + others + " of organization '"
                        + ShownText.quote(place.facts().organization()) + "'"));
        report(places, p -> p.facts().id() == null ? null : p.facts().variant() + "\u0000" + p.facts().id(), found,
                (place, others) -> Code.DUPLICATE_ID.at("/id", "the id " + ShownText.quote(place.facts().id())
                        + " is also the id of " + others));
        List<LintedFile> result = new ArrayList<>(files);
        found.forEach((place, violations) -> {
            LintedFile file = result.get(place.file());
            CheckedDocument document = file.documents().get(place.document());
            List<Violation> located = new ArrayList<>(checker.locate(file.target(), place.document(),
                    document.decision(), severities.apply(violations)));
            located.sort(Comparator.comparingInt(Violation::line).thenComparingInt(Violation::column)
                    .thenComparing(Violation::code));
            result.set(place.file(), file.withDocuments(d -> d == document ? d.withAcrossFiles(located) : d));
        });
        return result;
    }

    /** How a rule words its violation for one place, given the others named ({@code another ... : b.json}). */
    private interface Wording {
        Violation at(Place place, String others);
    }

    /** Groups the places by key (null: the rule does not apply) and reports every place of a group of two or more. */
    private static void report(List<Place> places, Function<Place, String> key, Map<Place, List<Violation>> found,
            Wording wording) {
        Map<String, List<Place>> groups = places.stream().filter(p -> key.apply(p) != null)
                .collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
        for (List<Place> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            for (Place place : group) {
                List<Place> others = group.stream().filter(other -> other != place).toList();
                found.computeIfAbsent(place, p -> new ArrayList<>()).add(wording.at(place, others(place, others)));
            }
        }
    }

    /**
     * {@code another freddy create body (b.json)}, or {@code 4 other stored burki assistants (b.json, c.json,
     * d.json and 1 more)}.
     */
    private static String others(Place place, List<Place> others) {
        String noun = noun(place.facts().variant(), place.facts().kind());
        String files = others.stream().limit(NAMED).map(other -> ShownText.fileName(other.name()))
                .collect(Collectors.joining(", "));
        String more = others.size() > NAMED ? " and " + (others.size() - NAMED) + " more" : "";
        return (others.size() == 1 ? "another " + noun : others.size() + " other " + noun + "s") + " (" + files + more
                + ")";
    }

    private static String noun(Variant variant, Kind kind) {
        return kind == Kind.CREATE ? variant.id() + " create body" : "stored " + variant.id() + " assistant";
    }
}
