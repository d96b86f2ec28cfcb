package io.assistconf.internal.schema;

import io.assistconf.internal.tree.JsonText;
import io.assistconf.internal.tree.JsonType;
import io.assistconf.internal.tree.KeySpelling;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import tools.jackson.databind.JsonNode;

/**
 * What the normalizer needs to know of a schema at one place in a payload: accepted types, known
 * properties with their spellings and defaults, the shape of array items and of free-form map values,
 * the alternatives of an {@code anyOf}, the keys and values only one source accepts ({@code x-legacy}), and
 * whether defaults are filled here whatever the kind. Compiled once from the schema files by
 * {@link ShapeCompiler}.
 */
public final class Shape {

    /**
     * A property of an object shape. {@code defaultValue} is null when the schema gives none;
     * {@code defaultDetail} is the change detail written when it is filled (prepared once); {@code legacy}
     * is the {@code x-legacy} text of a key only one source accepts, or null; {@code nullResets}: a
     * {@code null} given for it stands for its default ({@code x-null-resets}); {@code index}: its position
     * among the properties of its shape (-1 until the shape is built).
     */
    public record Property(String name, Shape shape, JsonNode defaultValue, String defaultDetail, String legacy,
            boolean nullResets, int index) {

        Property(String name, Shape shape, JsonNode defaultValue, String legacy, boolean nullResets) {
            this(name, shape, defaultValue, defaultValue == null ? null : "filled the default " + JsonText.of(defaultValue),
                    legacy, nullResets, -1);
        }

        /** This property with a shape filling the defaults its value omits ({@link Shape#fillingDefaults}). */
        Property fillingDefaults() {
            return new Property(name, shape.fillingDefaults(), defaultValue, defaultDetail, legacy, nullResets, index);
        }

        /** This property at position {@code index} of its shape. */
        Property at(int index) {
            return new Property(name, shape, defaultValue, defaultDetail, legacy, nullResets, index);
        }
    }

    /** How many ways of filling defaults {@link #normalizedDefault} keeps a slot for, per defaulted property. */
    public static final int FILLINGS = 4;

    static final Shape ANY = new Shape(EnumSet.noneOf(JsonType.class), null, null, null, Map.of(), null, null,
            List.of(), null, false, Map.of(), null, LegacyMarks.NONE);
    static final Shape REFUSED = new Shape(EnumSet.noneOf(JsonType.class), null, null, null, Map.of(), null, null,
            List.of(), null, true, Map.of(), null, LegacyMarks.NONE);

    private final Set<JsonType> types;
    private final JsonNode constValue;
    private final Set<JsonNode> enumValues;
    private final Map<String, Property> properties;
    private final Map<String, Property> spellings;
    private final List<Property> defaulted;
    private final Shape additional;
    private final Shape items;
    private final List<Shape> alternatives;
    private final Coercion coercion;
    private final boolean refused;
    private final Map<String, List<String>> aliases;
    private final String reference;
    private final boolean choosesByType;
    private final LegacyMarks legacy;
    private final boolean fillsDefaults;

    /**
     * What the normalizer keeps of each default once it has normalized it, {@value #FILLINGS} slots per
     * defaulted property (one per way of filling); empty until first needed. Opaque here: the normalizer
     * owns its content.
     */
    private final AtomicReferenceArray<Object> normalizedDefaults;

    Shape(Set<JsonType> types, JsonNode constValue, Set<JsonNode> enumValues, Map<String, Property> properties,
            Map<String, String> spellings, Shape additional, Shape items, List<Shape> alternatives, Coercion coercion,
            boolean refused, Map<String, List<String>> aliases, String reference, LegacyMarks legacy) {
        this.types = types.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(types));
        this.constValue = constValue;
        this.enumValues = enumValues == null ? null : Set.copyOf(enumValues);
        this.properties = properties == null ? null : Collections.unmodifiableMap(placed(properties));
        Map<String, Property> bySpelling = new HashMap<>();
        spellings.forEach((spelling, name) -> bySpelling.put(spelling, this.properties.get(name)));
        this.spellings = bySpelling;
        this.defaulted = properties == null ? List.of()
                : this.properties.values().stream().filter(property -> property.defaultValue() != null).toList();
        this.normalizedDefaults = new AtomicReferenceArray<>(defaulted.size() * FILLINGS);
        this.additional = additional;
        this.items = items;
        this.alternatives = List.copyOf(alternatives);
        this.coercion = coercion;
        this.refused = refused;
        this.aliases = Map.copyOf(aliases);
        this.reference = reference;
        this.choosesByType = alternatives.stream().allMatch(alternative -> alternative.constValue == null);
        this.legacy = legacy;
        this.fillsDefaults = false;
    }

    /** The properties, each knowing its position. */
    private static Map<String, Property> placed(Map<String, Property> properties) {
        Map<String, Property> placed = new LinkedHashMap<>();
        for (Property property : properties.values()) {
            placed.put(property.name(), property.at(placed.size()));
        }
        return placed;
    }

    /** A copy of {@code original} that fills defaults, as every place below it does. */
    private Shape(Shape original) {
        this.types = original.types;
        this.constValue = original.constValue;
        this.enumValues = original.enumValues;
        Map<String, Property> filling = null;
        if (original.properties != null) {
            filling = new LinkedHashMap<>();
            for (Property property : original.properties.values()) {
                filling.put(property.name(), property.fillingDefaults());
            }
        }
        this.properties = filling == null ? null : Collections.unmodifiableMap(filling);
        Map<String, Property> bySpelling = new HashMap<>();
        original.spellings.forEach((spelling, property) -> bySpelling.put(spelling, properties.get(property.name())));
        this.spellings = bySpelling;
        this.defaulted = properties == null ? List.of()
                : properties.values().stream().filter(property -> property.defaultValue() != null).toList();
        this.normalizedDefaults = new AtomicReferenceArray<>(defaulted.size() * FILLINGS);
        this.additional = original.additional == null ? null : original.additional.fillingDefaults();
        this.items = original.items == null ? null : original.items.fillingDefaults();
        this.alternatives = original.alternatives.stream().map(Shape::fillingDefaults).toList();
        this.coercion = original.coercion;
        this.refused = original.refused;
        this.aliases = original.aliases;
        this.reference = original.reference;
        this.choosesByType = original.choosesByType;
        this.legacy = original.legacy;
        this.fillsDefaults = true;
    }

    /**
     * This shape filling the defaults of what a value given here omits, at every depth, in any kind: for a
     * value that replaces the stored one whole ({@code x-replaced-whole}). Scalar shapes have nothing to fill.
     */
    Shape fillingDefaults() {
        boolean nothingBelow = properties == null && additional == null && items == null && alternatives.isEmpty();
        return fillsDefaults || nothingBelow ? this : new Shape(this);
    }

    /** Whether the defaults of an object here are filled even in a kind that fills none. */
    public boolean fillsDefaults() {
        return fillsDefaults;
    }

    /** Accepted types; empty means any. */
    public Set<JsonType> types() {
        return types;
    }

    /** The known properties in schema order, or null when the schema lists none (a free-form value). */
    public Map<String, Property> properties() {
        return properties;
    }

    /** The shape of values under keys that are not listed properties, or null when such keys are unknown. */
    public Shape additional() {
        return additional;
    }

    public Shape items() {
        return items;
    }

    public List<Shape> alternatives() {
        return alternatives;
    }

    public Coercion coercion() {
        return coercion;
    }

    /** The catalogue reference name of {@code x-reference}, or null. */
    public String reference() {
        return reference;
    }

    /** A {@code false} schema: any value here is refused (read-only fields in request bodies). */
    public boolean refused() {
        return refused;
    }

    /** Every accepted spelling of every property: canonical, camelCase and aliases. */
    public Set<String> spellings() {
        return spellings.keySet();
    }

    /** The {@code x-aliases} of a property. */
    public List<String> aliasesOf(String name) {
        return aliases.getOrDefault(name, List.of());
    }

    /** The canonical name of a property spelled {@code key} (canonical, camelCase or an alias), or null. */
    public String canonicalName(String key) {
        Property property = property(key);
        return property == null ? null : property.name();
    }

    /** The property spelled {@code key} (canonical, camelCase or an alias), or null. */
    public Property property(String key) {
        if (spellings.isEmpty()) {
            return null;
        }
        Property property = spellings.get(key);
        return property != null ? property : spellings.get(KeySpelling.snake(key));
    }

    /** {@return what the normalizer kept in slot {@code way} of the i-th {@link #defaulted} property, or null} */
    public Object normalizedDefault(int i, int way) {
        return normalizedDefaults.get(i * FILLINGS + way);
    }

    /** Keeps {@code kept} in slot {@code way} of the i-th {@link #defaulted} property (any thread may). */
    public void normalizedDefault(int i, int way, Object kept) {
        normalizedDefaults.set(i * FILLINGS + way, kept);
    }

    /** The properties that have a default, in schema order. */
    public List<Property> defaulted() {
        return defaulted;
    }

    /** Whether the value has one of the accepted types and equals the constant, if any. */
    public boolean admits(JsonNode value) {
        return (constValue == null || constValue.equals(value)) && hasType(JsonType.of(value));
    }

    /**
     * Whether the value has one of the accepted types, equals the constant and is one of the enumerated
     * values, if the schema gives them; patterns, formats and ranges are the validator's, not looked at.
     */
    boolean matches(JsonNode value) {
        return admits(value) && (enumValues == null || enumValues.contains(value));
    }

    /** The enumerated values, or null when the schema gives none. */
    Set<JsonNode> enumValues() {
        return enumValues;
    }

    LegacyMarks legacy() {
        return legacy;
    }

    /** Whether {@link #legacyOf} can find anything here: cheap, for skipping the look-up. */
    public boolean marksLegacy() {
        return legacy != LegacyMarks.NONE;
    }

    /**
     * The {@code x-legacy} text of a value only one source accepts (decisions S0): an enumerated value the
     * schema lists as such, or a value that only alternatives marked {@code x-legacy} match (the first one's
     * text); else null.
     */
    public String legacyOf(JsonNode value) {
        return legacy == LegacyMarks.NONE ? null : legacy.of(value, alternatives);
    }

    /** Whether values of this type are accepted (any type, when none is listed; integers are numbers). */
    public boolean hasType(JsonType actual) {
        return types.isEmpty() || types.contains(actual)
                || (actual == JsonType.INTEGER && types.contains(JsonType.NUMBER));
    }

    /**
     * The first alternative that admits every value of a type (none has a {@code const}), or null; for
     * choosing before a container is read, when {@link #choosesByType()}.
     */
    public Shape alternativeFor(JsonType type) {
        for (int i = 0; i < alternatives.size(); i++) {
            if (alternatives.get(i).hasType(type)) {
                return alternatives.get(i);
            }
        }
        return null;
    }

    /** Whether the alternative a value takes depends on its type alone (no alternative has a {@code const}). */
    public boolean choosesByType() {
        return choosesByType;
    }

    /** The first alternative that admits the value, or null. */
    public Shape alternativeFor(JsonNode value) {
        for (int i = 0; i < alternatives.size(); i++) {
            if (alternatives.get(i).admits(value)) {
                return alternatives.get(i);
            }
        }
        return null;
    }
}
