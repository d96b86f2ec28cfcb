package io.assistconf.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import io.assistconf.Kind;
import io.assistconf.Variant;
import io.assistconf.testkit.Spellings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A tree built from fuzz data, as a caller would hand it over: a JSON document (the bytes left after the
 * edits, so that a seed is a payload followed by a few edit bytes) edited by the fuzz data with the schemas'
 * own names, planted secrets and values JSON cannot say, given both as a {@link JsonNode} and as a
 * {@link Map}. Every secret field of the document gets a planted secret before the edits.
 */
final class FuzzedTree {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final List<String> NAMES = names();
    private static final List<String> ODD_STRINGS = List.of("", " ", "\u0000", "\uD800", "\u202Eevil", "::error x",
            "é", "a/b", "~1", "0", "-1", "true", "null", "1e999999999", "https://x", "asst_1", "2026-11-30T00:00:00Z");
    /** String lengths at the edges of the default limits (names 1,000, strings 1,000,000) and of a quote (64). */
    private static final List<Integer> LENGTHS = List.of(1, 64, 65, 1_000, 1_001, 1_000_000, 1_000_001);
    private static final List<String> SEPARATORS = List.of(":", "=", " :", ": ", "  =");

    /** A value JSON cannot say, standing in the tree until the two forms are made. */
    enum Odd { NAN, INFINITY, CHARACTER, BYTES, OBJECT, OPTIONAL, CYCLE, SHORT }

    final JsonNode node;
    final Map<String, Object> map;
    final boolean odd;
    private int secrets;

    private FuzzedTree(FuzzedDataProvider data) {
        int edits = data.consumeInt(0, 12);
        List<int[]> program = new ArrayList<>();
        for (int i = 0; i < edits; i++) {
            program.add(new int[] {data.consumeInt(0, 5), data.consumeInt(), data.consumeInt(), data.consumeInt()});
        }
        JsonNode base;
        try {
            base = EXACT.readTree(data.consumeRemainingAsBytes());
        } catch (RuntimeException e) {
            base = NODES.objectNode();
        }
        ObjectNode root = base != null && base.isObject() ? (ObjectNode) base : NODES.objectNode();
        plant(root);
        boolean sawOdd = false;
        for (int[] edit : program) {
            sawOdd |= edit(root, edit);
        }
        this.node = (JsonNode) converted(root, false, null);
        @SuppressWarnings("unchecked")
        Map<String, Object> asMap = (Map<String, Object>) converted(root, true, null);
        this.map = asMap;
        this.odd = sawOdd;
    }

    static FuzzedTree of(FuzzedDataProvider data) {
        return new FuzzedTree(data);
    }

    private String secret() {
        return Secrets.MARKER + "-" + secrets++;
    }

    /** Puts a planted secret at every secret field of the document. */
    private void plant(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String key : new ArrayList<>(object.propertyNames())) {
                JsonNode value = object.get(key);
                if (Secrets.names(Secrets.FIELDS, key) && value.isString()) {
                    object.put(key, secret());
                } else if (Secrets.names(Secrets.MAPS, key) && value instanceof ObjectNode members) {
                    members.propertyNames().forEach(member -> members.put(member, secret()));
                } else {
                    plant(value);
                }
            }
        } else if (node.isArray()) {
            node.forEach(this::plant);
        }
    }

    /** Applies one edit; whether it put a value JSON cannot say. */
    private boolean edit(ObjectNode root, int[] edit) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode container = containers.get(Math.floorMod(edit[1], containers.size()));
        int a = edit[2];
        int b = edit[3];
        if (container instanceof ArrayNode array) {
            switch (edit[0]) {
                case 1 -> {
                    if (!array.isEmpty()) {
                        array.remove(Math.floorMod(a, array.size()));
                    }
                }
                case 5 -> array.add(NODES.pojoNode(Odd.values()[Math.floorMod(a, Odd.values().length)]));
                default -> array.add(value(a, b, null));
            }
            return edit[0] == 5;
        }
        ObjectNode object = (ObjectNode) container;
        List<String> keys = new ArrayList<>(object.propertyNames());
        switch (edit[0]) {
            case 0 -> {
                String key = name(a);
                object.set(key, value(b, a, key));
            }
            case 1 -> {
                if (!keys.isEmpty()) {
                    object.remove(keys.get(Math.floorMod(a, keys.size())));
                }
            }
            case 2 -> {
                if (!keys.isEmpty()) {
                    String key = keys.get(Math.floorMod(a, keys.size()));
                    JsonNode value = object.remove(key);
                    object.set(respelled(key, b), value);
                }
            }
            case 3 -> {
                List<String> fields = new ArrayList<>(Secrets.FIELDS);
                fields.addAll(Secrets.MAPS);
                String field = respelled(fields.get(Math.floorMod(a, fields.size())), b);
                JsonNode value = switch (Math.floorMod(b, 3)) {
                    case 0 -> NODES.stringNode(secret());
                    case 1 -> NODES.arrayNode().add(secret()).add(secret());
                    default -> NODES.objectNode().put(name(a), secret());
                };
                object.set(field, value);
            }
            case 4 -> {
                List<String> fields = new ArrayList<>(Secrets.FIELDS);
                String field = respelled(fields.get(Math.floorMod(a, fields.size())), b);
                object.set(field + SEPARATORS.get(Math.floorMod(b, SEPARATORS.size())) + secret(), value(b, a, null));
            }
            default -> {
                object.set(name(a), NODES.pojoNode(Odd.values()[Math.floorMod(b, Odd.values().length)]));
                return true;
            }
        }
        return false;
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainer()) {
            containers.add(node);
            node.forEach(child -> collect(child, containers));
        }
    }

    private static String name(int selector) {
        return NAMES.get(Math.floorMod(selector, NAMES.size()));
    }

    private static String respelled(String key, int how) {
        return switch (Math.floorMod(how, 4)) {
            case 0 -> key;
            case 1 -> Spellings.camel(key);
            case 2 -> key.toUpperCase(Locale.ROOT);
            default -> key + "_";
        };
    }

    private JsonNode value(int kind, int detail, String key) {
        if (key != null && Secrets.names(Secrets.FIELDS, key)) {
            return NODES.stringNode(secret());
        }
        return switch (Math.floorMod(kind, 11)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(detail % 2 == 0);
            case 2 -> NODES.numberNode((long) detail);
            case 3 -> NODES.numberNode(BigDecimal.valueOf(detail, Math.floorMod(detail, 41) - 20));
            case 4 -> NODES.stringNode(name(detail));
            case 5 -> NODES.stringNode(ODD_STRINGS.get(Math.floorMod(detail, ODD_STRINGS.size())));
            case 6 -> NODES.stringNode("x".repeat(LENGTHS.get(Math.floorMod(detail, LENGTHS.size()))));
            case 7 -> NODES.objectNode();
            case 8 -> NODES.arrayNode();
            case 9 -> NODES.numberNode(BigInteger.TEN.pow(Math.floorMod(detail, 120)).negate());
            default -> NODES.numberNode(detail / 7.0);
        };
    }

    /** The tree as a {@link JsonNode} or as Java values, with each {@link Odd} made what that form holds. */
    private static Object converted(JsonNode node, boolean java, Object parent) {
        if (node.isObject()) {
            if (!java) {
                ObjectNode copy = NODES.objectNode();
                node.properties().forEach(member -> copy.set(member.getKey(),
                        (JsonNode) converted(member.getValue(), false, copy)));
                return copy;
            }
            Map<String, Object> copy = new LinkedHashMap<>();
            node.properties().forEach(member -> copy.put(member.getKey(), converted(member.getValue(), true, copy)));
            return copy;
        }
        if (node.isArray()) {
            if (!java) {
                ArrayNode copy = NODES.arrayNode();
                node.forEach(item -> copy.add((JsonNode) converted(item, false, copy)));
                return copy;
            }
            List<Object> copy = new ArrayList<>();
            node.forEach(item -> copy.add(converted(item, true, copy)));
            return copy;
        }
        if (node.isPojo()) {
            return odd((Odd) ((tools.jackson.databind.node.POJONode) node).getPojo(), java, parent);
        }
        if (!java) {
            return node;
        }
        if (node.isNull()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isString()) {
            return node.stringValue();
        }
        return node.isIntegralNumber() ? node.bigIntegerValue() : node.numberValue();
    }

    private static Object odd(Odd odd, boolean java, Object parent) {
        return switch (odd) {
            case NAN -> java ? Double.NaN : NODES.numberNode(Double.NaN);
            case INFINITY -> java ? Float.POSITIVE_INFINITY : NODES.numberNode(Float.POSITIVE_INFINITY);
            case CHARACTER -> java ? 'x' : NODES.pojoNode('x');
            case BYTES -> java ? new byte[] {1, 2} : NODES.binaryNode(new byte[] {1, 2});
            case OBJECT -> java ? new Object() : NODES.pojoNode(new Object());
            case OPTIONAL -> java ? Optional.empty() : NODES.pojoNode(Optional.empty());
            case CYCLE -> java ? parent : NODES.nullNode();
            case SHORT -> java ? (Object) (short) 3 : NODES.numberNode((short) 3);
        };
    }

    /** Every property name of every shipped schema, their camelCase spellings, and a few odd names. */
    private static List<String> names() {
        Set<String> names = new TreeSet<>(List.of("", "$schema", "a/b", "~0", "\u0000", "é", "x".repeat(1_001),
                "__proto__", "constructor"));
        for (Variant variant : Variant.values()) {
            for (Kind kind : Invariants.ASSISTCONF.kinds(variant)) {
                String resource = "assistconf/schemas/" + variant.id() + "/" + kind.id() + ".json";
                try (InputStream in = FuzzedTree.class.getClassLoader().getResourceAsStream(resource)) {
                    collectNames(EXACT.readTree(in), names);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return List.copyOf(names);
    }

    private static void collectNames(JsonNode schema, Set<String> names) {
        JsonNode properties = schema.get("properties");
        if (properties != null && properties.isObject()) {
            properties.propertyNames().forEach(name -> {
                names.add(name);
                names.add(Spellings.camel(name));
            });
        }
        schema.forEach(child -> collectNames(child, names));
    }
}
