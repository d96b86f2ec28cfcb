package io.assistconf.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A payload walked alongside its schema: every value with the schema that applies to it, as declared
 * (alternatives still open) and as resolved by the value (the alternative its type picks, the branch it
 * meets). Free-form members are not descended into: the schema says nothing about them.
 */
final class Sites {

    /**
     * One value of a payload and its schema. {@code condition} lists the properties an {@code if} of this
     * object's schema tests: removing one changes which branch applies, so it is not a simple omission.
     */
    record Site(String pointer, JsonNode value, SchemaView declared, SchemaView resolved, List<String> condition,
            boolean inAdditional, int alternativesChosen) {
    }

    private Sites() {
    }

    static List<Site> of(JsonNode payload, SchemaView root) {
        List<Site> out = new ArrayList<>();
        walk(payload, root, "", false, out);
        return out;
    }

    /** The schema that applies at a pointer of the payload, resolved by the payload's values; null if none does. */
    static SchemaView at(JsonNode payload, SchemaView root, String pointer) {
        for (Site site : of(payload, root)) {
            if (site.pointer().equals(pointer)) {
                return site.resolved();
            }
        }
        return null;
    }

    private static void walk(JsonNode value, SchemaView declared, String pointer, boolean inAdditional, List<Site> out) {
        List<String> condition = new ArrayList<>();
        int chosen = 0;
        SchemaView view = declared;
        while (view.open()) {
            if (!view.choices.isEmpty()) {
                SchemaView choice = null;
                for (SchemaView alternative : view.alternatives()) {
                    if (alternative.fits(value)) {
                        choice = alternative;
                        break;
                    }
                }
                if (choice == null) {
                    break;
                }
                view = choice;
                chosen++;
            } else {
                List<String> required = view.conditionals.get(0).required();
                condition.addAll(required);
                view = view.branch(value.isObject() && required.stream().allMatch(value::has));
            }
        }
        out.add(new Site(pointer, value, declared, view, condition, inAdditional, chosen));
        if (value.isObject()) {
            for (Map.Entry<String, JsonNode> member : value.properties()) {
                SchemaView property = view.property(member.getKey());
                if (property != null && !property.refused) {
                    walk(member.getValue(), property, Json.append(pointer, member.getKey()), false, out);
                } else if (property == null && view.additional != null) {
                    walk(member.getValue(), view.additionalView(), Json.append(pointer, member.getKey()), true, out);
                }
            }
        } else if (value.isArray() && view.items != null) {
            SchemaView items = view.itemsView();
            for (int i = 0; i < value.size(); i++) {
                walk(value.get(i), items, Json.append(pointer, i), false, out);
            }
        }
    }
}
