package io.assistconf.conformance;

import io.assistconf.conformance.SchemaDocs.Loc;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What the schemas say about one place in a payload, read straight from the schema JSON (not from core):
 * the subschemas that apply there, with {@code $ref} and {@code allOf} merged, and the choices left open
 * ({@code anyOf} alternatives, {@code if}/{@code then}/{@code else} branches) kept as choices. Generators,
 * mutations and the documentation checks all walk payloads alongside views.
 */
final class SchemaView {

    /** The JSON types of draft-07. */
    static final List<String> TYPES = List.of("null", "boolean", "integer", "number", "string", "array", "object");

    /** An open {@code anyOf} (or {@code oneOf}): the schema object holding it and its alternatives. */
    record Choice(Loc holder, List<Loc> alternatives) {
        String id() {
            return holder.absolute() + "/anyOf";
        }
    }

    /** An open {@code if}/{@code then}/{@code else}. */
    record Conditional(Loc holder, Loc condition, Loc then, Loc otherwise) {
        String id() {
            return holder.absolute() + "/if";
        }

        /** The properties the condition requires; only {@code {"required": [...]}} conditions are supported. */
        List<String> required() {
            JsonNode node = condition.node();
            for (String keyword : (Iterable<String>) node.propertyNames()::iterator) {
                if (!keyword.equals("required") && !keyword.equals("description")) {
                    throw new IllegalStateException("only 'required' conditions are supported, found " + keyword
                            + " at " + condition);
                }
            }
            List<String> names = new ArrayList<>();
            node.path("required").values().forEach(n -> names.add(n.asString()));
            return names;
        }
    }

    private final List<Loc> roots;
    private final Set<String> decided;

    final List<Loc> parts = new ArrayList<>();
    boolean refused;
    Set<String> types;
    List<JsonNode> enumValues;
    JsonNode constValue;
    Loc constAt;
    BigDecimal minimum;
    BigDecimal maximum;
    BigDecimal exclusiveMinimum;
    BigDecimal exclusiveMaximum;
    Integer minLength;
    Integer maxLength;
    Integer minItems;
    Integer maxItems;
    Integer minProperties;
    Integer maxProperties;
    String pattern;
    String format;
    boolean uniqueItems;
    LinkedHashMap<String, List<Loc>> properties;
    final LinkedHashMap<String, Loc> required = new LinkedHashMap<>();
    List<Loc> additional;
    boolean additionalRefused;
    Loc propertyNames;
    List<Loc> items;
    JsonNode defaultValue;
    final LinkedHashSet<String> aliases = new LinkedHashSet<>();
    String coerce;
    String reference;
    boolean readOnly;
    boolean secret;
    /** {@code x-null-resets}: a {@code null} given here stands for the default. */
    boolean nullResets;
    /** {@code x-replaced-whole}: the properties whose given value gets the defaults of what it omits, in any kind. */
    final List<String> replacedWhole = new ArrayList<>();
    final List<Choice> choices = new ArrayList<>();
    final List<Conditional> conditionals = new ArrayList<>();

    private SchemaView(List<Loc> roots, Set<String> decided) {
        this.roots = List.copyOf(roots);
        this.decided = Set.copyOf(decided);
        for (Loc root : roots) {
            expand(root);
        }
    }

    static SchemaView of(Loc... roots) {
        return new SchemaView(List.of(roots), Set.of());
    }

    static SchemaView of(Collection<Loc> roots) {
        return new SchemaView(new ArrayList<>(roots), Set.of());
    }

    private void expand(Loc loc) {
        JsonNode node = loc.node();
        if (node.isBoolean()) {
            refused |= !node.booleanValue();
            return;
        }
        if (node.has("$ref")) {
            expand(loc.resolve(node.get("$ref").asString()));
            return;
        }
        parts.add(loc);
        apply(loc, node);
        JsonNode allOf = node.get("allOf");
        if (allOf != null) {
            for (int i = 0; i < allOf.size(); i++) {
                expand(loc.child("allOf", i));
            }
        }
        for (String keyword : List.of("anyOf", "oneOf")) {
            JsonNode alternatives = node.get(keyword);
            if (alternatives != null && !decided.contains(loc.absolute() + "/anyOf")) {
                List<Loc> locs = new ArrayList<>();
                for (int i = 0; i < alternatives.size(); i++) {
                    locs.add(loc.child(keyword, i));
                }
                choices.add(new Choice(loc, locs));
            }
        }
        if (node.has("if") && !decided.contains(loc.absolute() + "/if")) {
            conditionals.add(new Conditional(loc, loc.child("if"), node.has("then") ? loc.child("then") : null,
                    node.has("else") ? loc.child("else") : null));
        }
    }

    private void apply(Loc loc, JsonNode node) {
        JsonNode type = node.get("type");
        if (type != null) {
            Set<String> declared = new LinkedHashSet<>();
            if (type.isArray()) {
                type.values().forEach(t -> declared.add(t.asString()));
            } else {
                declared.add(type.asString());
            }
            types = types == null ? declared : intersect(types, declared);
        }
        if (node.has("enum")) {
            List<JsonNode> values = new ArrayList<>();
            node.get("enum").values().forEach(values::add);
            if (enumValues != null) {
                values.retainAll(enumValues);
            }
            enumValues = values;
        }
        if (node.has("const")) {
            constValue = node.get("const");
            constAt = loc;
        }
        minimum = max(minimum, number(node, "minimum"));
        maximum = min(maximum, number(node, "maximum"));
        exclusiveMinimum = max(exclusiveMinimum, number(node, "exclusiveMinimum"));
        exclusiveMaximum = min(exclusiveMaximum, number(node, "exclusiveMaximum"));
        minLength = maxInt(minLength, node, "minLength");
        maxLength = minInt(maxLength, node, "maxLength");
        minItems = maxInt(minItems, node, "minItems");
        maxItems = minInt(maxItems, node, "maxItems");
        minProperties = maxInt(minProperties, node, "minProperties");
        maxProperties = minInt(maxProperties, node, "maxProperties");
        if (node.has("pattern")) {
            pattern = node.get("pattern").asString();
        }
        if (node.has("format")) {
            format = node.get("format").asString();
        }
        uniqueItems |= node.path("uniqueItems").asBoolean(false);
        JsonNode declared = node.get("properties");
        if (declared != null) {
            if (properties == null) {
                properties = new LinkedHashMap<>();
            }
            for (String name : (Iterable<String>) declared.propertyNames()::iterator) {
                properties.computeIfAbsent(name, n -> new ArrayList<>()).add(loc.child("properties", name));
            }
        }
        node.path("required").values().forEach(n -> required.putIfAbsent(n.asString(), loc.child("required")));
        JsonNode extra = node.get("additionalProperties");
        if (extra != null) {
            if (extra.isBoolean() && !extra.booleanValue()) {
                additionalRefused = true;
            } else if (extra.isObject()) {
                if (additional == null) {
                    additional = new ArrayList<>();
                }
                additional.add(loc.child("additionalProperties"));
            }
        }
        if (node.has("propertyNames")) {
            propertyNames = loc.child("propertyNames");
        }
        if (node.has("items") && node.get("items").isObject()) {
            if (items == null) {
                items = new ArrayList<>();
            }
            items.add(loc.child("items"));
        }
        if (node.has("default") && defaultValue == null) {
            defaultValue = node.get("default");
        }
        node.path("x-aliases").values().forEach(n -> aliases.add(n.asString()));
        if (node.has("x-coerce")) {
            coerce = node.get("x-coerce").asString();
        }
        if (node.has("x-reference")) {
            reference = node.get("x-reference").asString();
        }
        readOnly |= node.path("readOnly").asBoolean(false);
        secret |= node.path("x-secret").asBoolean(false);
        nullResets |= node.path("x-null-resets").asBoolean(false);
        node.path("x-replaced-whole").values().forEach(n -> replacedWhole.add(n.asString()));
    }

    /**
     * The {@code x-legacy} text of the schemas this view was built from, when one is a text: on a property's
     * own schema, the key only one source accepts (decisions S0); or null.
     */
    String legacyText() {
        for (Loc root : roots) {
            JsonNode legacy = root.node().path("x-legacy");
            if (legacy.isString()) {
                return legacy.asString();
            }
        }
        return null;
    }

    /** The schema objects this view merges, as given (before {@code $ref} and {@code allOf} are followed). */
    List<Loc> roots() {
        return roots;
    }

    /** Whether any choice is still open at this place. */
    boolean open() {
        return !choices.isEmpty() || !conditionals.isEmpty();
    }

    /** The views of the first open {@code anyOf}, one per alternative, each merged with this view. */
    List<SchemaView> alternatives() {
        Choice choice = choices.get(0);
        List<SchemaView> out = new ArrayList<>();
        for (Loc alternative : choice.alternatives()) {
            List<Loc> withAlternative = new ArrayList<>(roots);
            withAlternative.add(alternative);
            out.add(new SchemaView(withAlternative, plus(choice.id())));
        }
        return out;
    }

    /** The view where the first open condition holds (its {@code then}) or fails (its {@code else}). */
    SchemaView branch(boolean holds) {
        Conditional conditional = conditionals.get(0);
        List<Loc> withBranch = new ArrayList<>(roots);
        Loc branch = holds ? conditional.then() : conditional.otherwise();
        if (branch != null) {
            withBranch.add(branch);
        }
        return new SchemaView(withBranch, plus(conditional.id()));
    }

    /** This view with every open choice decided by the value: the alternative whose type it has, the branch it meets. */
    SchemaView resolve(JsonNode value) {
        SchemaView view = this;
        while (view.open()) {
            if (!view.choices.isEmpty()) {
                SchemaView chosen = null;
                for (SchemaView alternative : view.alternatives()) {
                    if (alternative.fits(value)) {
                        chosen = alternative;
                        break;
                    }
                }
                if (chosen == null) {
                    return view;
                }
                view = chosen;
            } else {
                Conditional conditional = view.conditionals.get(0);
                boolean holds = value.isObject() && conditional.required().stream().allMatch(value::has);
                view = view.branch(holds);
            }
        }
        return view;
    }

    /**
     * Whether the value has one of this view's own types and is its constant or one of its enumerated values,
     * if it has them (no deeper check): so a value outside an enum picks the alternative that takes it.
     */
    boolean fits(JsonNode value) {
        if (refused) {
            return false;
        }
        if (constValue != null && !Json.same(constValue, value)) {
            return false;
        }
        if (enumValues != null && enumValues.stream().noneMatch(allowed -> Json.same(allowed, value))) {
            return false;
        }
        return admitsType(types, typeOf(value));
    }

    /** The view of a declared property (null when the name is not declared here). */
    SchemaView property(String name) {
        List<Loc> locs = properties == null ? null : properties.get(name);
        return locs == null ? null : new SchemaView(locs, Set.of());
    }

    SchemaView additionalView() {
        return additional == null ? null : new SchemaView(additional, Set.of());
    }

    SchemaView itemsView() {
        return items == null ? null : new SchemaView(items, Set.of());
    }

    /** Whether the place is a free-form object: an object that declares neither properties nor a value schema. */
    boolean freeForm() {
        return properties == null && additional == null && !open();
    }

    /**
     * The JSON types a value may have here, over every alternative (null when any type is allowed); a
     * constant counts as its type.
     */
    Set<String> acceptedTypes() {
        if (!choices.isEmpty()) {
            Set<String> union = new LinkedHashSet<>();
            for (SchemaView alternative : alternatives()) {
                Set<String> accepted = alternative.acceptedTypes();
                if (accepted == null) {
                    return null;
                }
                union.addAll(accepted);
            }
            return union;
        }
        if (constValue != null) {
            return Set.of(typeOf(constValue));
        }
        return types;
    }

    /** The shape this place holds when no type is declared: object when it lists properties, array when items. */
    Set<String> effectiveTypes() {
        if (types != null) {
            return types;
        }
        if (properties != null || additional != null || minProperties != null) {
            return Set.of("object");
        }
        if (items != null) {
            return Set.of("array");
        }
        return null;
    }

    /** The id of the first merged schema object, for messages. */
    String where() {
        return parts.isEmpty() ? roots.toString() : parts.get(0).shortId();
    }

    @Override
    public String toString() {
        return "SchemaView" + roots;
    }

    static String typeOf(JsonNode value) {
        if (value.isNull()) {
            return "null";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        if (value.isIntegralNumber() || (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0)) {
            return "integer";
        }
        if (value.isNumber()) {
            return "number";
        }
        if (value.isString()) {
            return "string";
        }
        return value.isArray() ? "array" : "object";
    }

    static boolean admitsType(Set<String> types, String type) {
        return types == null || types.contains(type) || (type.equals("integer") && types.contains("number"));
    }

    private Set<String> plus(String id) {
        Set<String> out = new HashSet<>(decided);
        out.add(id);
        return out;
    }

    private static Set<String> intersect(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>();
        for (String type : a) {
            if (b.contains(type)) {
                out.add(type);
            } else if (type.equals("number") && b.contains("integer")) {
                out.add("integer");
            } else if (type.equals("integer") && b.contains("number")) {
                out.add("integer");
            }
        }
        return out;
    }

    private static BigDecimal number(JsonNode node, String keyword) {
        JsonNode value = node.get(keyword);
        return value == null || !value.isNumber() ? null : value.decimalValue();
    }

    private static BigDecimal max(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.max(b);
    }

    private static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.min(b);
    }

    private static Integer maxInt(Integer current, JsonNode node, String keyword) {
        if (!node.has(keyword)) {
            return current;
        }
        int value = node.get(keyword).asInt();
        return current == null ? Integer.valueOf(value) : Integer.valueOf(Math.max(current, value));
    }

    private static Integer minInt(Integer current, JsonNode node, String keyword) {
        if (!node.has(keyword)) {
            return current;
        }
        int value = node.get(keyword).asInt();
        return current == null ? Integer.valueOf(value) : Integer.valueOf(Math.min(current, value));
    }

    /** Every view reachable from this one through properties, items, value schemas, alternatives and branches. */
    static void walk(SchemaView view, String path, Map<String, SchemaView> out) {
        if (view.refused || out.containsKey(path + "|" + view.roots)) {
            return;
        }
        out.put(path + "|" + view.roots, view);
        if (!view.choices.isEmpty()) {
            for (SchemaView alternative : view.alternatives()) {
                walk(alternative, path, out);
            }
            return;
        }
        if (!view.conditionals.isEmpty()) {
            walk(view.branch(true), path, out);
            walk(view.branch(false), path, out);
            return;
        }
        if (view.properties != null) {
            for (String name : view.properties.keySet()) {
                walk(view.property(name), path + "/" + name, out);
            }
        }
        if (view.additional != null) {
            walk(view.additionalView(), path + "/*", out);
        }
        if (view.items != null) {
            walk(view.itemsView(), path + "/[]", out);
        }
    }
}
