package io.assistconf.conformance;

import io.assistconf.Kind;
import io.assistconf.Variant;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * jqwik generators of valid payloads, built by walking the schema JSON ({@link SchemaView}), not written per
 * field: {@code $ref}/{@code allOf} merged, one {@code anyOf} alternative or {@code if} branch chosen,
 * {@code enum}/{@code const} values, numbers within {@code minimum}/{@code maximum}, strings within
 * {@code minLength}/{@code maxLength} or of the {@code pattern}/{@code format} asked, every {@code required}
 * property and a random choice of the optional ones, members of an {@code additionalProperties} map (at least
 * {@code minProperties} in all), distinct items under {@code uniqueItems}. Property
 * names are the canonical snake_case ones; the cross-field rules, which the schemas cannot state, are then
 * met by {@link RuleRepairs}.
 *
 * <p>Values that the two engines judge differently (see the probes of known-differences.json) are never
 * generated: integers carry no fraction, date-times use an uppercase T and Z, days 01..28, hours 00..23,
 * seconds 00..59, and uris are ASCII.
 */
final class Generators {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Patterns the generators can satisfy, with a generator of matching strings. Another pattern fails loudly. */
    private static final Map<String, Arbitrary<String>> PATTERNS = Map.of(
            "^(asst|ass)_[A-Za-z0-9_]+$", Combinators.combine(Arbitraries.of("asst", "ass"),
                    Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                            .withChars('_').ofMinLength(1).ofMaxLength(16)).as((prefix, rest) -> prefix + "_" + rest),
            "^[0-9]+$", Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6));

    private static final Map<String, Arbitrary<JsonNode>> CACHE = new ConcurrentHashMap<>();

    private Generators() {
    }

    /**
     * Valid payloads of one variant and kind, canonical names, rules met. For a list query these are the
     * parameters with their typed values (render them with {@link QueryStrings#render}).
     */
    static Arbitrary<JsonNode> valid(Variant variant, Kind kind) {
        return CACHE.computeIfAbsent(variant.id() + "/" + kind.id(), key -> {
            SchemaView root = SchemaView.of(SchemaDocs.root(variant, kind));
            return of(root, Set.of(), Set.of()).map(payload -> RuleRepairs.repair(variant, kind, payload));
        });
    }

    /** Values valid at a place; {@code forced} properties must be present, {@code forbidden} ones absent. */
    static Arbitrary<JsonNode> of(SchemaView view, Set<String> forced, Set<String> forbidden) {
        if (view.refused) {
            throw new IllegalStateException("nothing is valid at " + view.where());
        }
        if (!view.choices.isEmpty()) {
            List<Arbitrary<JsonNode>> alternatives = new ArrayList<>();
            for (SchemaView alternative : view.alternatives()) {
                alternatives.add(of(alternative, forced, forbidden));
            }
            return Arbitraries.oneOf(alternatives);
        }
        if (!view.conditionals.isEmpty()) {
            List<String> condition = view.conditionals.get(0).required();
            Set<String> thenForced = new HashSet<>(forced);
            thenForced.addAll(condition);
            Set<String> elseForbidden = new HashSet<>(forbidden);
            elseForbidden.add(condition.get(0));
            return Arbitraries.oneOf(of(view.branch(true), thenForced, forbidden),
                    of(view.branch(false), forced, elseForbidden));
        }
        if (view.constValue != null) {
            return Arbitraries.just(view.constValue.deepCopy());
        }
        if (view.enumValues != null) {
            return Arbitraries.of(view.enumValues).map(JsonNode::deepCopy);
        }
        Set<String> types = view.effectiveTypes();
        List<String> choices = types == null ? List.of("string", "integer", "boolean", "object") : List.copyOf(types);
        List<Arbitrary<JsonNode>> byType = new ArrayList<>();
        for (String type : choices) {
            byType.add(ofType(view, type, forced, forbidden));
        }
        return byType.size() == 1 ? byType.get(0) : Arbitraries.oneOf(byType);
    }

    private static Arbitrary<JsonNode> ofType(SchemaView view, String type, Set<String> forced, Set<String> forbidden) {
        return switch (type) {
            case "null" -> Arbitraries.just(NODES.nullNode());
            case "boolean" -> Arbitraries.of(true, false).map(NODES::booleanNode);
            case "integer" -> integers(view);
            case "number" -> numbers(view);
            case "string" -> strings(view).map(NODES::stringNode);
            case "array" -> arrays(view);
            case "object" -> objects(view, forced, forbidden);
            default -> throw new IllegalStateException("unknown type " + type + " at " + view.where());
        };
    }

    private static Arbitrary<JsonNode> integers(SchemaView view) {
        BigDecimal low = lowBound(view);
        BigDecimal high = highBound(view);
        long min = low == null ? (high == null ? -1000 : high.longValue() - 100_000) : low.setScale(0, RoundingMode.CEILING).longValueExact();
        long max = high == null ? min + 100_000 : high.setScale(0, RoundingMode.FLOOR).longValueExact();
        return Arbitraries.longs().between(min, max).map(NODES::numberNode);
    }

    private static Arbitrary<JsonNode> numbers(SchemaView view) {
        BigDecimal low = lowBound(view);
        BigDecimal high = highBound(view);
        BigDecimal min = low == null ? (high == null ? BigDecimal.valueOf(-1000) : high.subtract(BigDecimal.valueOf(1000))) : low;
        BigDecimal max = high == null ? min.add(BigDecimal.valueOf(1000)) : high;
        Arbitrary<JsonNode> decimals = Arbitraries.bigDecimals().between(min, max).ofScale(2)
                .filter(d -> d.compareTo(min) >= 0 && d.compareTo(max) <= 0)
                .map(d -> d.stripTrailingZeros().scale() <= 0 ? NODES.numberNode(d.longValueExact())
                        : NODES.numberNode(d));
        long wholeMin = min.setScale(0, RoundingMode.CEILING).longValueExact();
        long wholeMax = max.setScale(0, RoundingMode.FLOOR).longValueExact();
        if (wholeMin > wholeMax) {
            return decimals;
        }
        return Arbitraries.oneOf(decimals, Arbitraries.longs().between(wholeMin, wholeMax).map(NODES::numberNode));
    }

    /** The lowest allowed value (exclusive bounds are kept only for integers, as the next integer). */
    private static BigDecimal lowBound(SchemaView view) {
        if (view.exclusiveMinimum != null) {
            BigDecimal next = view.exclusiveMinimum.add(new BigDecimal("0.01"));
            return view.minimum == null ? next : view.minimum.max(next);
        }
        return view.minimum;
    }

    private static BigDecimal highBound(SchemaView view) {
        if (view.exclusiveMaximum != null) {
            BigDecimal previous = view.exclusiveMaximum.subtract(new BigDecimal("0.01"));
            return view.maximum == null ? previous : view.maximum.min(previous);
        }
        return view.maximum;
    }

    static Arbitrary<String> strings(SchemaView view) {
        if (view.pattern != null) {
            Arbitrary<String> matching = PATTERNS.get(view.pattern);
            if (matching == null) {
                throw new IllegalStateException("no generator for the pattern " + view.pattern + " at " + view.where()
                        + ": add one to Generators.PATTERNS");
            }
            return matching;
        }
        if (view.format != null) {
            return switch (view.format) {
                case "date-time" -> dateTimes();
                case "uri" -> uris();
                case "uri-reference" -> Arbitraries.oneOf(uris(), words().map(w -> "/static/" + w + ".png"), words());
                default -> throw new IllegalStateException("no generator for the format " + view.format + " at "
                        + view.where());
            };
        }
        int min = view.minLength == null ? 0 : view.minLength;
        int max = view.maxLength == null ? min + 24 : Math.min(view.maxLength, min + 24);
        Arbitrary<String> text = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
                .withCharRange('0', '9').withChars(" _-.,:/!?'éüß中€").ofMinLength(min).ofMaxLength(max);
        List<Tuple.Tuple2<Integer, Arbitrary<String>>> choices = new ArrayList<>();
        choices.add(Tuple.of(8, text));
        if (min <= 2 && (view.maxLength == null || view.maxLength >= 12)) {
            choices.add(Tuple.of(1, Arbitraries.of("💬 Support", "👨‍💻 dev", "Привет", "日本語のテキスト")));
        }
        if (view.maxLength != null && view.maxLength <= 20_000) {
            choices.add(Tuple.of(1, Arbitraries.just("x".repeat(view.maxLength))));
        }
        return Arbitraries.frequencyOf(choices);
    }

    static Arbitrary<String> words() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10);
    }

    /** RFC 3339 date-times that both engines accept. */
    static Arbitrary<String> dateTimes() {
        Arbitrary<String> date = Combinators.combine(Arbitraries.integers().between(1970, 2099),
                Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 28))
                .as((y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
        Arbitrary<String> time = Combinators.combine(Arbitraries.integers().between(0, 23),
                Arbitraries.integers().between(0, 59), Arbitraries.integers().between(0, 59),
                Arbitraries.of("", ".5", ".123", ".000001"))
                .as((h, mi, s, fraction) -> String.format("%02d:%02d:%02d%s", h, mi, s, fraction));
        Arbitrary<String> offset = Arbitraries.oneOf(Arbitraries.just("Z"), Combinators.combine(
                Arbitraries.of("+", "-"), Arbitraries.integers().between(0, 14), Arbitraries.of(0, 30, 45))
                .as((sign, h, m) -> String.format("%s%02d:%02d", sign, h, m)));
        return Combinators.combine(date, time, offset).as((d, t, o) -> d + "T" + t + o);
    }

    /** ASCII absolute URIs. */
    static Arbitrary<String> uris() {
        return Combinators.combine(Arbitraries.of("https", "http", "wss"), words(), words(),
                Arbitraries.of("", "?q=1", "#top", "/v1/sse"))
                .as((scheme, host, path, tail) -> scheme + "://" + host + ".example.com/" + path + tail);
    }

    private static Arbitrary<JsonNode> arrays(SchemaView view) {
        SchemaView items = view.itemsView();
        Arbitrary<JsonNode> item = items == null ? freeFormValue(1) : of(items, Set.of(), Set.of());
        int min = view.minItems == null ? 0 : view.minItems;
        int max = view.maxItems == null ? min + 3 : Math.min(view.maxItems, min + 3);
        var lists = item.list().ofMinSize(min).ofMaxSize(max);
        return (view.uniqueItems ? lists.uniqueElements(Generators::identity) : lists).map(list -> {
            ArrayNode array = NODES.arrayNode();
            list.forEach(array::add);
            return (JsonNode) array;
        });
    }

    /** What makes two items equal as JSON means it (1 and 1.0 are one item). */
    private static Object identity(JsonNode item) {
        return item.isNumber() ? item.decimalValue().stripTrailingZeros() : item;
    }

    /**
     * Objects with every required (or forced) property, a random choice of the optional ones and, where the
     * schema gives a value schema, up to three members more (at least as many as {@code minProperties} asks
     * beyond the required ones).
     */
    private static Arbitrary<JsonNode> objects(SchemaView view, Set<String> forced, Set<String> forbidden) {
        if (view.maxProperties != null) {
            throw new IllegalStateException("no generator for maxProperties at " + view.where());
        }
        int least = view.minProperties == null ? 0 : view.minProperties;
        if (view.properties == null && view.additional == null) {
            return freeFormObject(2, least);
        }
        int always = 0;
        List<Arbitrary<Optional<Map.Entry<String, JsonNode>>>> members = new ArrayList<>();
        if (view.properties != null) {
            for (String name : view.properties.keySet()) {
                SchemaView property = view.property(name);
                if (property.refused || forbidden.contains(name)) {
                    continue;
                }
                Arbitrary<Optional<Map.Entry<String, JsonNode>>> present =
                        of(property, Set.of(), Set.of()).map(value -> Optional.of(Map.entry(name, value)));
                if (view.required.containsKey(name) || forced.contains(name)) {
                    members.add(present);
                    always++;
                } else {
                    members.add(Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(Optional.empty())),
                            Tuple.of(2, present)));
                }
            }
        }
        int moreAtLeast = Math.max(0, least - always);
        Arbitrary<List<Map.Entry<String, JsonNode>>> extra = Arbitraries.just(List.of());
        if (view.additional != null) {
            SchemaView values = view.additionalView();
            Arbitrary<String> names = (view.propertyNames != null
                    ? strings(SchemaView.of(view.propertyNames)) : Arbitraries.oneOf(words(),
                            words().map(w -> w + "Key"), words().map(w -> w + "_key")))
                    .filter(name -> view.properties == null || !view.properties.containsKey(name));
            extra = Combinators.combine(names, of(values, Set.of(), Set.of())).as(Map::entry)
                    .list().ofMinSize(moreAtLeast).ofMaxSize(Math.max(3, moreAtLeast)).uniqueElements(Map.Entry::getKey);
        } else if (moreAtLeast > 0) {
            throw new IllegalStateException("no generator for minProperties " + least + " beyond the required"
                    + " properties without additionalProperties at " + view.where());
        }
        Arbitrary<List<Optional<Map.Entry<String, JsonNode>>>> declared = members.isEmpty()
                ? Arbitraries.just(List.of()) : Combinators.combine(members).as(list -> list);
        return Combinators.combine(declared, extra).as((given, more) -> {
            ObjectNode object = NODES.objectNode();
            given.forEach(member -> member.ifPresent(e -> object.set(e.getKey(), e.getValue())));
            more.forEach(e -> object.set(e.getKey(), e.getValue()));
            return (JsonNode) object;
        });
    }

    /** Free-form members (metadata-like maps without a value schema): any small JSON, keys in any casing. */
    static Arbitrary<JsonNode> freeFormObject(int depth) {
        return freeFormObject(depth, 0);
    }

    /** Free-form objects of at least {@code least} members. */
    private static Arbitrary<JsonNode> freeFormObject(int depth, int least) {
        Arbitrary<String> keys = Arbitraries.oneOf(words(), words().map(w -> w + "Name"), words().map(w -> w + "_id"),
                Arbitraries.of("type", "format", "someKey", "UPPER", "with space"));
        return Combinators.combine(keys, freeFormValue(depth - 1)).as(Map::entry).list().ofMinSize(least)
                .ofMaxSize(Math.max(3, least)).uniqueElements(Map.Entry::getKey).map(entries -> {
                    ObjectNode object = NODES.objectNode();
                    entries.forEach(e -> object.set(e.getKey(), e.getValue()));
                    return object;
                });
    }

    static Arbitrary<JsonNode> freeFormValue(int depth) {
        List<Arbitrary<JsonNode>> choices = new ArrayList<>(List.of(
                Arbitraries.just(NODES.nullNode()),
                Arbitraries.of(true, false).map(NODES::booleanNode),
                Arbitraries.longs().between(-1_000_000, 1_000_000).map(NODES::numberNode),
                Arbitraries.bigDecimals().between(BigDecimal.valueOf(-1000), BigDecimal.valueOf(1000)).ofScale(3)
                        .filter(d -> d.stripTrailingZeros().scale() > 0).map(NODES::numberNode),
                Arbitraries.strings().withCharRange(' ', '~').withChars("éü中").ofMaxLength(12).map(NODES::stringNode)));
        if (depth > 0) {
            choices.add(freeFormObject(depth));
            choices.add(freeFormValue(depth - 1).list().ofMaxSize(3).map(list -> {
                ArrayNode array = NODES.arrayNode();
                list.forEach(array::add);
                return array;
            }));
        }
        return Arbitraries.oneOf(choices);
    }
}
