package io.assistconf.conformance;

import io.assistconf.conformance.SchemaDocs.Loc;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The legacy warnings a payload must get (decisions S0), read from the schema JSON and not from core: a
 * {@code legacy_key} at each member whose property schema carries an {@code x-legacy} text, and a
 * {@code legacy_value} at each value an {@code x-legacy} {@code values} map lists beside its enum, or that
 * only alternatives carrying an {@code x-legacy} text match (by type, constant and enum).
 */
final class LegacyWarnings {

    private LegacyWarnings() {
    }

    /** Each expected warning as {@code code at pointer}, in document order. */
    static List<String> of(JsonNode payload, SchemaView root) {
        List<String> out = new ArrayList<>();
        for (Sites.Site site : Sites.of(payload, root)) {
            if (!site.pointer().isEmpty() && !site.inAdditional() && site.declared().legacyText() != null) {
                out.add("legacy_key at " + site.pointer());
            }
            if (listed(site.value(), site.resolved()) || onlyMarkedAlternativesMatch(site.value(), site.declared())) {
                out.add("legacy_value at " + site.pointer());
            }
        }
        return out;
    }

    private static boolean listed(JsonNode value, SchemaView view) {
        return value.isString() && view.parts.stream()
                .anyMatch(part -> part.node().path("x-legacy").path("values").has(value.asString()));
    }

    /** Whether, at some open anyOf on the way to the value's schema, every alternative that matches is marked. */
    private static boolean onlyMarkedAlternativesMatch(JsonNode value, SchemaView declared) {
        SchemaView view = declared;
        while (!view.choices.isEmpty()) {
            List<Loc> alternatives = view.choices.get(0).alternatives();
            List<SchemaView> views = view.alternatives();
            SchemaView chosen = null;
            boolean marked = false;
            boolean unmarked = false;
            for (int i = 0; i < views.size(); i++) {
                SchemaView alternative = views.get(i);
                if (alternative.fits(value) && (alternative.enumValues == null
                        || alternative.enumValues.stream().anyMatch(listed -> Json.same(listed, value)))) {
                    boolean isMarked = alternatives.get(i).node().path("x-legacy").isString();
                    marked |= isMarked;
                    unmarked |= !isMarked;
                }
                chosen = chosen == null && alternative.fits(value) ? alternative : chosen;
            }
            if (marked && !unmarked) {
                return true;
            }
            if (chosen == null) {
                return false;
            }
            view = chosen;
        }
        return false;
    }
}
