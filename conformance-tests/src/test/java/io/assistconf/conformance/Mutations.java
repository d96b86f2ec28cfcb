package io.assistconf.conformance;

import io.assistconf.Kind;
import io.assistconf.conformance.Sites.Site;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Breaks one constraint of a valid payload, chosen from the schema at a place of the payload: a value out
 * of its enum or const, one past its minimum or maximum, a string too short or too long, not matching its
 * pattern or format, an item repeated under uniqueItems, a required property removed, a read-only one
 * added, a value of a type the place does not accept (or a map member of one), a key its propertyNames
 * refuse, members taken away below minProperties. Each mutation names
 * the code (docs/errors.md) core must report and the pointer it must report it at.
 */
final class Mutations {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> TYPE_ORDER = List.of("string", "integer", "boolean", "object", "array", "null");

    /** One way to break the payload. */
    record Mutation(String keyword, String pointer, String code, String description, UnaryOperator<JsonNode> change) {

        JsonNode apply(JsonNode payload) {
            return change.apply(payload.deepCopy());
        }

        @Override
        public String toString() {
            return keyword + " at '" + pointer + "' (" + description + ", expect " + code + ")";
        }
    }

    private Mutations() {
    }

    /** Every mutation of the payload that the schema offers. */
    static List<Mutation> of(JsonNode payload, SchemaView root, Kind kind, boolean query) {
        List<Mutation> out = new ArrayList<>();
        for (Site site : Sites.of(payload, root)) {
            if (!site.pointer().isEmpty()) {
                List<Mutation> own = new ArrayList<>();
                values(site.resolved(), site.value(), site.pointer(), query, own, true);
                own.stream().filter(m -> site.alternativesChosen() == 0 || !acceptedAtItsPlace(site, m, payload))
                        .forEach(out::add);
                wrongType(site.declared(), site.pointer(), query, out);
            }
            if (site.value().isObject()) {
                members(site, kind, query, out);
            }
            if (site.value().isArray() && site.resolved().items != null && !query) {
                items(site, out);
            }
        }
        return out;
    }

    /** Mutations of the value at a place (or, with {@code present} false, of a value set where there was none). */
    private static void values(SchemaView view, JsonNode current, String pointer, boolean query, List<Mutation> out,
            boolean present) {
        if (view.open() || view.refused) {
            return;
        }
        Set<String> types = view.effectiveTypes();
        boolean strings = SchemaView.admitsType(types, "string");
        if (view.enumValues != null && strings) {
            out.add(set("enum", pointer, NODES.stringNode("zz-not-allowed"), "a value outside " + view.enumValues));
        }
        if (view.constValue != null && view.constValue.isString()) {
            out.add(set("const", pointer, NODES.stringNode("zz-" + view.constValue.asString()), "not " + view.constValue));
        }
        boolean integer = types != null && types.contains("integer") && !types.contains("number");
        if (SchemaView.admitsType(types, "integer") && view.enumValues == null && view.constValue == null) {
            if (view.minimum != null) {
                out.add(set("minimum", pointer, number(view.minimum.subtract(BigDecimal.ONE), integer),
                        "one below the minimum " + view.minimum));
            }
            if (view.maximum != null) {
                out.add(set("maximum", pointer, number(view.maximum.add(BigDecimal.ONE), integer),
                        "one above the maximum " + view.maximum));
            }
            if (view.exclusiveMinimum != null) {
                out.add(set("exclusiveMinimum", pointer, number(view.exclusiveMinimum, integer), "at the exclusive minimum"));
            }
            if (view.exclusiveMaximum != null) {
                out.add(set("exclusiveMaximum", pointer, number(view.exclusiveMaximum, integer), "at the exclusive maximum"));
            }
        }
        if (strings && view.enumValues == null) {
            if (view.minLength != null && view.minLength > 0) {
                out.add(set("minLength", pointer, NODES.stringNode("x".repeat(view.minLength - 1)),
                        "shorter than " + view.minLength));
            }
            if (view.maxLength != null) {
                out.add(set("maxLength", pointer, NODES.stringNode("x".repeat(view.maxLength + 1)),
                        "longer than " + view.maxLength));
            }
            if (view.pattern != null) {
                String bad = "not valid!";
                if (!Pattern.compile(view.pattern).matcher(bad).find()) {
                    out.add(set("pattern", pointer, NODES.stringNode(bad), "not matching " + view.pattern));
                }
            }
            if (view.format != null) {
                String bad = switch (view.format) {
                    case "date-time" -> "yesterday at noon";
                    case "uri" -> "not a uri";
                    default -> "not a " + view.format + " \\ at all";
                };
                out.add(set("format", pointer, NODES.stringNode(bad), "not a " + view.format));
            }
        }
        if (view.uniqueItems && !query) {
            if (present && current != null && current.isArray() && !current.isEmpty()) {
                JsonNode first = current.get(0);
                out.add(new Mutation("uniqueItems", pointer, "duplicate_items", "item 0 repeated", payload -> {
                    ((ArrayNode) payload.at(pointer)).add(first.deepCopy());
                    return payload;
                }));
            } else {
                SchemaView items = view.itemsView();
                JsonNode item = items != null && SchemaView.admitsType(items.effectiveTypes(), "string")
                        ? NODES.stringNode("dup") : NODES.numberNode(7);
                out.add(set("uniqueItems", pointer, NODES.arrayNode().add(item).add(item.deepCopy()), "two equal items"));
            }
        }
    }

    /**
     * Whether the value a mutation sets at a place that chose among alternatives is still valid there: the
     * constraint broken was the chosen alternative's, and another alternative takes the value (a string
     * outside an enum where another alternative takes any string). networknt judges it at the place's own
     * schema.
     */
    private static boolean acceptedAtItsPlace(Site site, Mutation mutation, JsonNode payload) {
        JsonNode value = mutation.apply(payload).at(mutation.pointer());
        return site.declared().roots().stream().allMatch(loc -> Engines.networknt(loc.absolute(), value).isEmpty());
    }

    /** A value of a type the place accepts in none of its alternatives. */
    private static void wrongType(SchemaView declared, String pointer, boolean query, List<Mutation> out) {
        Set<String> accepted = declared.acceptedTypes();
        if (accepted == null || declared.refused) {
            return;
        }
        for (String type : TYPE_ORDER) {
            if (SchemaView.admitsType(accepted, type)) {
                continue;
            }
            if (query && !type.equals("string")) {
                continue; // a query value is text: the only wrong type it can have is string
            }
            JsonNode value = switch (type) {
                case "string" -> NODES.stringNode("zz");
                case "integer" -> NODES.numberNode(7);
                case "boolean" -> NODES.booleanNode(true);
                case "object" -> NODES.objectNode();
                case "array" -> NODES.arrayNode();
                default -> NODES.nullNode();
            };
            out.add(set("type", pointer, value, "a " + type + " where " + accepted + " is expected"));
            return;
        }
    }

    private static void members(Site site, Kind kind, boolean query, List<Mutation> out) {
        SchemaView view = site.resolved();
        JsonNode object = site.value();
        String pointer = site.pointer();
        if (view.properties != null) {
            for (String name : view.properties.keySet()) {
                SchemaView property = view.property(name);
                String at = Json.append(pointer, name);
                if (object.has(name)) {
                    boolean refilled = kind.fillsDefaults() && property.defaultValue != null;
                    if (view.required.containsKey(name) && !refilled && !site.condition().contains(name)) {
                        out.add(new Mutation("required", at, "missing_required", "required '" + name + "' removed",
                                payload -> Json.without(payload, at)));
                    }
                } else if (property.refused) {
                    out.add(set("false", at, NODES.stringNode("x"), "read-only '" + name + "' sent"));
                } else if (!site.condition().contains(name)) {
                    values(property, null, at, query, out, false);
                }
            }
        }
        if (view.propertyNames != null && view.additional != null) {
            out.add(new Mutation("propertyNames", pointer, "invalid_property_name", "a key its propertyNames refuse",
                    payload -> {
                        ((ObjectNode) payload.at(pointer)).put("zz-not-a-name", 1);
                        return payload;
                    }));
        }
        if (view.additional != null) {
            String key = view.propertyNames != null ? "987654" : "zz_added";
            values(view.additionalView(), null, Json.append(pointer, key), query, out, false);
            wrongType(view.additionalView(), Json.append(pointer, key), query, out);
        }
        if (view.minProperties != null) {
            fewerMembers(view, object, pointer, out);
        }
    }

    /** The object with members taken away, optional ones first, until one fewer than minProperties is left. */
    private static void fewerMembers(SchemaView view, JsonNode object, String pointer, List<Mutation> out) {
        int keep = view.minProperties - 1;
        List<String> optional = new ArrayList<>();
        object.propertyNames().forEach(name -> {
            if (!view.required.containsKey(name)) {
                optional.add(name);
            }
        });
        int removable = Math.min(optional.size(), object.size() - keep);
        if (keep < 0 || removable <= 0 || object.size() - removable > keep) {
            return; // nothing to break, or the required members alone reach minProperties
        }
        List<String> removed = List.copyOf(optional.subList(0, removable));
        out.add(new Mutation("minProperties", pointer, Constraints.codeOf("minProperties"),
                "members taken away until " + keep + " are left", payload -> {
                    ((ObjectNode) payload.at(pointer)).remove(removed);
                    return payload;
                }));
    }

    /** An item appended to an array: an empty object where items require properties, a wrong type otherwise. */
    private static void items(Site site, List<Mutation> out) {
        SchemaView items = site.resolved().itemsView();
        String at = Json.append(site.pointer(), site.value().size());
        if (!items.open() && !items.required.isEmpty()) {
            String first = items.required.keySet().iterator().next();
            out.add(new Mutation("required", Json.append(at, first), "missing_required",
                    "an item without the required '" + first + "' appended", payload -> {
                        ((ArrayNode) payload.at(site.pointer())).addObject();
                        return payload;
                    }));
        }
        Set<String> accepted = items.acceptedTypes();
        if (accepted != null && !SchemaView.admitsType(accepted, "boolean")) {
            out.add(new Mutation("type", at, "invalid_type", "a boolean item appended", payload -> {
                ((ArrayNode) payload.at(site.pointer())).add(true);
                return payload;
            }));
        }
    }

    private static Mutation set(String keyword, String pointer, JsonNode value, String description) {
        return new Mutation(keyword, pointer, Constraints.codeOf(keyword), description,
                payload -> Json.with(payload, pointer, value));
    }

    private static JsonNode number(BigDecimal value, boolean integer) {
        if (integer || value.stripTrailingZeros().scale() <= 0) {
            return NODES.numberNode(value.toBigIntegerExact().longValueExact());
        }
        return NODES.numberNode(value);
    }
}
