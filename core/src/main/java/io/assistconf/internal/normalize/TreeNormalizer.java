package io.assistconf.internal.normalize;

import io.assistconf.Catalogue;
import io.assistconf.Change;
import io.assistconf.Code;
import io.assistconf.Limits;
import io.assistconf.Severity;
import io.assistconf.ShownText;
import io.assistconf.Violation;
import io.assistconf.internal.schema.Shape;
import io.assistconf.internal.tree.CompactMembers;
import io.assistconf.internal.tree.CompactNodeFactory;
import io.assistconf.internal.tree.JsonText;
import io.assistconf.internal.tree.JsonType;
import io.assistconf.internal.tree.KeySpelling;
import io.assistconf.internal.tree.Place;
import io.assistconf.internal.tree.Pointers;
import io.assistconf.internal.tree.SecretKeys;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rewrites a payload tree, in place, into its canonical form by walking it alongside its {@link Shape}:
 * keys get their canonical spelling, documented shape variants their canonical shape, missing values
 * their documented default, and query strings their schema type; what only one source accepts (a key or
 * value the schema marks {@code x-legacy}) is kept and reported as a warning. One instance serves one call;
 * it takes the {@link NormalizationSteps} the {@link StreamingNormalizer} takes while reading.
 */
public final class TreeNormalizer implements NormalizationSteps {

    /** The root key naming a document's schema; known everywhere, never reported. */
    public static final String SCHEMA_KEY = "$schema";

    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    /**
     * How to normalize.
     *
     * @param defaults        which defaults the canonical payload gets
     * @param typeStrings     whether string values are converted to the scalar type the schema expects
     *                        (query parameters)
     * @param unknownSeverity the severity of an unknown property
     * @param catalogue       the known values of {@code x-reference} fields
     * @param limits          the bounds of the input; a query value longer than the number limit is not
     *                        typed as a number, and violations past the violation limit are only counted
     * @param secretKeys      the unknown keys that carry a secret, which messages do not show
     */
    public record Mode(Defaults defaults, boolean typeStrings, Severity unknownSeverity, Catalogue catalogue,
            Limits limits, SecretKeys secretKeys) {
    }

    /** Which missing values get their schema default, and whether a {@code null} is replaced by its default. */
    public enum Defaults {
        /** Every default, at every depth (a kind that {@link io.assistconf.Kind#fillsDefaults() fills them}). */
        ALL,
        /** Only those the shape fills: in a value given whole ({@code x-replaced-whole}, {@code x-null-resets}). */
        SHAPE,
        /** None: the canonical payload keeps only what was given, renamed and coerced. */
        NONE;

        /** {@link #ALL} or {@link #SHAPE}, as the kind fills defaults, or {@link #NONE} when none are wanted. */
        public static Defaults of(boolean kindFills, boolean wanted) {
            return !wanted ? NONE : kindFills ? ALL : SHAPE;
        }
    }

    /**
     * What a shape keeps of a default whose normalization reported something or changed more than defaults
     * (and what a run that keeps none reads): it is normalized where it is filled.
     */
    private static final Object NOT_KEPT = new Object();

    private final Mode mode;
    /** Whether defaults are normalized once and kept on their shape ({@link #filled}), or at each fill. */
    private final boolean keepsDefaults;
    private final Defaults defaults;
    private final boolean typeStrings;
    private final Severity unknownSeverity;
    private final Catalogue catalogue;
    private final int maxNumberLength;
    private final SecretKeys secretKeys;
    private final int maxViolations;
    private final ChangeList changes = new ChangeList();
    private final List<Violation> violations = new ArrayList<>();
    private final PathStack canonicalPath = new PathStack();
    private final PathStack originalPath = new PathStack();
    /** The violations past the limit: how many, and whether one is an error. */
    private long unlisted;
    private boolean unlistedError;
    /**
     * Whether a schema default is being filled: the server fills it too, so a catalogue that does not list
     * it is no reason to refuse the document (decisions S13).
     */
    private boolean fillingDefault;

    TreeNormalizer(Mode mode) {
        this(mode, true);
    }

    private TreeNormalizer(Mode mode, boolean keepsDefaults) {
        this.mode = mode;
        this.keepsDefaults = keepsDefaults;
        this.defaults = mode.defaults();
        this.typeStrings = mode.typeStrings();
        this.unknownSeverity = mode.unknownSeverity();
        this.catalogue = mode.catalogue();
        this.maxNumberLength = mode.limits().maxNumberLength();
        this.secretKeys = mode.secretKeys();
        this.maxViolations = mode.limits().maxViolations();
    }

    /** Normalizes {@code root}, which the caller owns and which is modified. */
    public static Normalization normalize(JsonNode root, Shape shape, Mode mode) {
        TreeNormalizer run = new TreeNormalizer(mode);
        return run.finish(run.value(root, shape));
    }

    /**
     * Normalizes as {@link #normalize} does, but normalizes each default afresh where it is filled: the plain
     * path that keeping normalized defaults is proven equal to.
     */
    public static Normalization normalizeEachDefault(JsonNode root, Shape shape, Mode mode) {
        TreeNormalizer run = new TreeNormalizer(mode, false);
        return run.finish(run.value(root, shape));
    }

    @Override
    public Normalization finish(JsonNode canonical) {
        return new Normalization(canonical, changes, violations, new Unlisted(unlisted, unlistedError));
    }

    @Override
    public JsonNode value(JsonNode node, Shape shape) {
        if (shape.refused()) {
            return node;
        }
        if (!shape.alternatives().isEmpty()) {
            return alternative(node, shape);
        }
        if (node.isObject()) {
            object((ObjectNode) node, shape);
            return node;
        }
        if (node.isArray()) {
            return array((ArrayNode) node, shape);
        }
        JsonNode scalar = typeStrings && node.isString() ? typed(node, shape) : node;
        scalar(scalar, shape);
        return scalar;
    }

    @Override
    public void scalar(JsonNode value, Shape shape) {
        if (shape.reference() != null && !fillingDefault && catalogue.lists(shape.reference())) {
            checkReference(value, shape.reference());
        }
        legacyValue(value, shape);
    }

    /** Whether {@link #value} would return this scalar unchanged, reporting nothing: then it is skipped. */
    private boolean inert(JsonNode node, Shape shape) {
        return !node.isContainer() && shape.alternatives().isEmpty() && !(typeStrings && node.isString())
                && (shape.reference() == null || !catalogue.lists(shape.reference())) && !shape.marksLegacy();
    }

    /**
     * Reports a value only one source accepts: a listed {@code x-legacy} value, or one that only marked
     * alternatives match. It is kept as given. A value under a secret field is not shown.
     */
    private void legacyValue(JsonNode value, Shape shape) {
        String text = shape.legacyOf(value);
        if (text == null || counted(Code.LEGACY_VALUE.defaultSeverity())) {
            return;
        }
        String secret = canonicalPath.firstName(secretKeys::names);
        String shown = secret != null ? "the value of '" + secret + "'"
                : value.isString() ? "value '" + ShownText.quote(value.asString()) + "'"
                : value.isContainer() ? "this " + JsonType.of(value).label()
                : "value " + value;
        violations.add(violation(Code.LEGACY_VALUE, Code.LEGACY_VALUE.defaultSeverity(),
                shown + " is accepted by one source only: " + text));
    }

    @Override
    public void legacyKey(String key, String text) {
        if (counted(Code.LEGACY_KEY.defaultSeverity())) {
            return;
        }
        violations.add(violation(Code.LEGACY_KEY, Code.LEGACY_KEY.defaultSeverity(),
                "key '" + ShownText.quote(key) + "' is accepted by one source only: " + text));
    }

    private void checkReference(JsonNode value, String reference) {
        if (!value.isString() && !value.isIntegralNumber()) {
            return;
        }
        String text = value.asString();
        if (catalogue.values(reference).contains(text) || counted(Severity.ERROR)) {
            return;
        }
        String suggestion = Suggestions.nearest(text, catalogue.values(reference))
                .map(known -> "; did you mean '" + ShownText.quote(known) + "'?").orElse("");
        violations.add(violation(Code.UNKNOWN_REFERENCE, Severity.ERROR,
                "'" + ShownText.quote(text) + "' is not a known " + reference.replace('_', ' ') + suggestion));
    }

    private JsonNode alternative(JsonNode node, Shape shape) {
        legacyValue(node, shape);
        Shape chosen = shape.alternativeFor(node);
        if (chosen == null || chosen.coercion() == null) {
            return chosen == null ? node : value(node, chosen);
        }
        JsonNode coerced = chosen.coercion().apply(node);
        changes.add(new Change(Change.Type.COERCED, canonicalPath.pointer(), originalPath.pointer(),
                "converted " + chosen.coercion().description()));
        Shape target = shape.alternativeFor(coerced);
        return target == null ? coerced : value(coerced, target);
    }

    private JsonNode array(ArrayNode array, Shape shape) {
        if (typeStrings && !shape.types().contains(JsonType.ARRAY) && !shape.types().isEmpty()) {
            if (counted(Severity.ERROR)) {
                return array;
            }
            violations.add(violation(Code.REPEATED_PARAMETER, Severity.ERROR,
                    "parameter '" + ShownText.quote(originalPath.last()) + "' is given " + array.size() + " times; it takes one value"));
            return array;
        }
        Shape items = shape.items();
        if (items == null) {
            return array;
        }
        for (int i = 0; i < array.size(); i++) {
            if (inert(array.get(i), items)) {
                continue;
            }
            enter(i);
            JsonNode element = array.get(i);
            JsonNode normalized = value(element, items);
            if (normalized != element) {
                array.set(i, normalized);
            }
            leave();
        }
        return array;
    }

    private void object(ObjectNode object, Shape shape) {
        Map<String, Shape.Property> properties = shape.properties();
        if (properties == null) {
            if (shape.additional() != null) {
                members(object, shape);
            }
            return;
        }
        if (needsRenaming(object, shape)) {
            rebuild(object, shape);
        } else {
            members(object, shape);
        }
        defaults(object, null, 0, shape);
    }

    private static boolean needsRenaming(ObjectNode object, Shape shape) {
        for (String key : object.propertyNames()) {
            Shape.Property known = shape.property(key);
            if (known != null && !known.name().equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** Normalizes the members of an object whose keys are all canonical or unknown. */
    private void members(ObjectNode object, Shape shape) {
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            String key = entry.getKey();
            JsonNode normalized = member(key, shape.property(key), entry.getValue(), shape);
            if (normalized != entry.getValue()) {
                entry.setValue(normalized);
            }
        }
    }

    /** Rebuilds an object with canonical keys, in input order, merging or refusing repeated spellings. */
    private void rebuild(ObjectNode object, Shape shape) {
        Map<String, JsonNode> canonicalMembers = new LinkedHashMap<>();
        Map<String, String> firstSpelling = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            String key = entry.getKey();
            Shape.Property known = shape.property(key);
            String canonical = known == null ? key : known.name();
            int mark = mark();
            if (!canonical.equals(key)) {
                renamed(canonical, key);
            }
            JsonNode normalized = member(key, known, entry.getValue(), shape);
            String earlier = firstSpelling.putIfAbsent(canonical, key);
            if (earlier == null) {
                canonicalMembers.put(canonical, normalized);
            } else {
                repeated(mark, canonical, earlier, key, canonicalMembers.get(canonical).equals(normalized));
            }
        }
        object.removeAll();
        object.setAll(canonicalMembers);
    }

    @Override
    public int mark() {
        return changes.size();
    }

    @Override
    public void renamed(String canonical, String key) {
        changes.addRenamed(canonicalPath.location(), canonical, originalPath.location(), key);
    }

    @Override
    public void repeated(int mark, String canonical, String earlier, String key, boolean same) {
        changes.subList(mark, changes.size()).clear();
        String earlierPath = Pointers.append(originalPath.pointer(), earlier);
        String laterPath = Pointers.append(originalPath.pointer(), key);
        if (same) {
            changes.add(new Change(Change.Type.MERGED, Pointers.append(canonicalPath.pointer(), canonical),
                    laterPath, "'" + key + "' repeats '" + earlier + "' with the same value; kept one"));
        } else if (!counted(Severity.ERROR)) {
            violations.add(Code.CONFLICTING_ALIAS.violation(
                    Pointers.append(canonicalPath.pointer(), canonical), laterPath, 0, 0,
                    "'" + ShownText.quote(earlierPath) + "' and '" + ShownText.quote(laterPath) + "' both set '"
                            + canonical + "' but with different values; keep one of them"));
        }
    }

    /** Normalizes one member value; {@code known} is null for a key the shape does not know. */
    private JsonNode member(String key, Shape.Property known, JsonNode value, Shape shape) {
        Shape valueShape;
        if (known != null) {
            valueShape = known.shape();
        } else if (shape.additional() != null) {
            valueShape = shape.additional();
        } else {
            unknown(key, shape);
            return value;
        }
        String legacy = known == null ? null : known.legacy();
        if (legacy == null && inert(value, valueShape)) {
            return value;
        }
        enter(known == null ? key : known.name(), key);
        if (legacy != null) {
            legacyKey(key, legacy);
        }
        JsonNode normalized = value(value, valueShape);
        leave();
        return normalized;
    }

    @Override
    public void enter(String canonical, String key) {
        canonicalPath.push(canonical);
        originalPath.push(key);
    }

    @Override
    public void enter(int index) {
        canonicalPath.push(index);
        originalPath.push(index);
    }

    @Override
    public void leave() {
        canonicalPath.pop();
        originalPath.pop();
    }

    /**
     * {@inheritDoc} A root {@code $schema} is known everywhere and not reported. The message does not show
     * a key that carries a secret (the checker cuts such a key from every pointer).
     */
    @Override
    public void unknown(String key, Shape shape) {
        if ((canonicalPath.isEmpty() && key.equals(SCHEMA_KEY)) || counted(unknownSeverity)) {
            return;
        }
        enter(key, key);
        SecretKeys.Match secret = secretKeys.match(key);
        violations.add(violation(Code.UNKNOWN_PROPERTY, unknownSeverity,
                secret == null ? unknownMessage(key, shape) : secretKeyMessage(secret)));
        leave();
    }

    private static String unknownMessage(String key, Shape shape) {
        List<String> known = new ArrayList<>(shape.properties().keySet());
        for (String name : shape.properties().keySet()) {
            known.addAll(shape.aliasesOf(name));
        }
        String suggestion = Suggestions.nearest(KeySpelling.snake(key), known)
                .map(shape::canonicalName)
                .map(name -> KeySpelling.isCamel(key) ? KeySpelling.camel(name) : name)
                .map(name -> "; did you mean '" + name + "'?")
                .orElse("");
        return "unknown property '" + ShownText.quote(key) + "'" + suggestion;
    }

    private static String secretKeyMessage(SecretKeys.Match secret) {
        String hint = secret.separator() == ':' ? " (a missing space after the colon?)" : "";
        return "an unknown key starts with " + secret.description() + "; it is not shown" + hint;
    }

    /**
     * {@inheritDoc} Defaults are filled where the run or the shape fills them; a {@code null} that stands for
     * its default is replaced where the run, the shape or the property's own value fills them; none of either
     * in a run that fills no default ({@link Defaults#NONE}).
     */
    @Override
    public void defaults(ObjectNode object, CompactMembers members, long present, Shape shape) {
        if (defaults == Defaults.NONE) {
            return;
        }
        boolean filling = defaults == Defaults.ALL || shape.fillsDefaults();
        List<Shape.Property> defaulted = shape.defaulted();
        for (int i = 0; i < defaulted.size(); i++) {
            Shape.Property property = defaulted.get(i);
            boolean counted = members != null && property.index() < Long.SIZE;
            boolean absent = counted && (present & 1L << property.index()) == 0;
            if (counted && !absent && !property.nullResets()) {
                continue; // given, and no null given for it can stand for its default
            }
            JsonNode given = absent ? null : object.get(property.name());
            boolean reset = given != null && given.isNull() && property.nullResets()
                    && (filling || property.shape().fillsDefaults());
            if (given == null ? !filling : !reset) {
                continue;
            }
            String detail = reset ? "replaced null by the default " + JsonText.of(property.defaultValue())
                    : property.defaultDetail();
            changes.addDefaulted(canonicalPath.location(), property.name(), detail);
            JsonNode filled = filled(shape, i, property);
            if (given == null && members != null) {
                members.append(property.name(), filled); // just looked up: absent
            } else {
                object.set(property.name(), filled);
            }
        }
    }

    /**
     * The default of the i-th defaulted property of {@code shape}, normalized, its changes added. How a
     * default normalizes depends only on its shape and on which defaults are filled and whether strings are
     * typed: its place shows only in the pointers of the changes. So when normalizing it reports nothing
     * and changes nothing but defaults filled inside it, that is done once and kept on the shape, and each
     * fill shares the value and adds those changes under the current pointer: no lookups, no normalizing,
     * no copy, and no path entered unless there are such changes. The shared value is read only (each change
     * to it throws): nothing changes the canonical tree once it is normalized, and {@code Result.canonical()}
     * hands out copies.
     */
    private JsonNode filled(Shape shape, int i, Shape.Property property) {
        if (kept(shape, i, property) instanceof Normalization normalized) {
            if (!normalized.changes().isEmpty()) {
                enter(property.name(), property.name());
                changes.addDefaultedUnder(canonicalPath.location(), normalized.changes());
                leave();
            }
            return normalized.canonical();
        }
        enter(property.name(), property.name());
        boolean outer = fillingDefault;
        fillingDefault = true;
        JsonNode value = value(property.defaultValue().deepCopy(), property.shape());
        fillingDefault = outer;
        leave();
        return value;
    }

    /** What the shape keeps of its i-th default for this way of filling, normalizing it the first time. */
    private Object kept(Shape shape, int i, Shape.Property property) {
        if (!keepsDefaults) {
            return NOT_KEPT;
        }
        int way = (defaults == Defaults.ALL ? 2 : 0) + (typeStrings ? 1 : 0);
        Object kept = shape.normalizedDefault(i, way);
        if (kept == null) {
            kept = normalizedDefault(property);
            shape.normalizedDefault(i, way, kept);
        }
        return kept;
    }

    /** A default normalized where nothing is around it, or {@link #NOT_KEPT} when that is not worth keeping. */
    private Object normalizedDefault(Shape.Property property) {
        TreeNormalizer run = new TreeNormalizer(mode);
        run.fillingDefault = true;
        JsonNode value = run.value(property.defaultValue().deepCopy(), property.shape());
        boolean onlyDefaults = run.violations.isEmpty() && run.unlisted == 0 && run.changes.onlyDefaultedUnwritten();
        if (!onlyDefaults) {
            return NOT_KEPT;
        }
        run.changes.eachDefaultedApart(); // each fill adds them as one entry
        return run.finish(CompactNodeFactory.frozen(value));
    }

    /** Converts a query-string value to the scalar type the schema expects, when it reads as one. */
    private JsonNode typed(JsonNode node, Shape shape) {
        if (shape.types().isEmpty() || shape.types().contains(JsonType.STRING)) {
            return node;
        }
        String text = node.asString();
        JsonNode typed = null;
        // An integer of up to the number length limit is typed, exactly beyond the 64-bit range, so that the
        // schema reports it out of range; a longer one stays a string (its type is reported instead).
        if (shape.types().contains(JsonType.INTEGER) && JsonType.isIntegerText(text)
                && text.length() <= maxNumberLength) {
            java.math.BigInteger integer = text.length() < 19 ? null : new java.math.BigInteger(text);
            typed = integer == null ? JsonNodeFactory.instance.numberNode(Long.parseLong(text))
                    : integer.bitLength() < Long.SIZE ? JsonNodeFactory.instance.numberNode(integer.longValueExact())
                    : JsonNodeFactory.instance.numberNode(integer);
        } else if (shape.types().contains(JsonType.NUMBER) && NUMBER.matcher(text).matches()) {
            typed = JsonNodeFactory.instance.numberNode(new BigDecimal(text));
        } else if (shape.types().contains(JsonType.BOOLEAN) && (text.equals("true") || text.equals("false"))) {
            typed = JsonNodeFactory.instance.booleanNode(text.equals("true"));
        }
        if (typed == null) {
            return node;
        }
        changes.addTyped(canonicalPath.location(), originalPath.location(), JsonType.of(typed).label());
        return typed;
    }

    /**
     * Whether the violation limit is reached, in which case a violation of this severity is counted instead
     * of written (its message, and the suggestion in it, cost more than the rest of the normalization).
     */
    private boolean counted(Severity severity) {
        if (violations.size() < maxViolations) {
            return false;
        }
        unlisted++;
        unlistedError |= severity == Severity.ERROR;
        return true;
    }

    private Violation violation(Code code, Severity severity, String message) {
        return code.violation(canonicalPath.pointer(), originalPath.pointer(), 0, 0, message).withSeverity(severity);
    }

    /**
     * The segments of the current location, unescaped (a String name or an Integer index); pointers are
     * only built, and names escaped, when a change or problem needs one.
     */
    private static final class PathStack {
        /** A member name, or null where the segment is the array index in {@code indices}. */
        private String[] names = new String[8];
        private int[] indices = new int[8];
        /** The location of the first i + 1 segments, once asked for, so siblings share their parent's. */
        private Place[] locations = new Place[8];
        private int size;

        void push(String name) {
            add(name, 0);
        }

        void push(int index) {
            add(null, index);
        }

        private void add(String name, int index) {
            if (size == names.length) {
                names = java.util.Arrays.copyOf(names, size * 2);
                indices = java.util.Arrays.copyOf(indices, size * 2);
                locations = java.util.Arrays.copyOf(locations, size * 2);
            }
            names[size] = name;
            indices[size] = index;
            locations[size] = null;
            size++;
        }

        void pop() {
            size--;
            names[size] = null;
            locations[size] = null;
        }

        boolean isEmpty() {
            return size == 0;
        }

        /** The first member name that satisfies {@code test}, outermost first, or null. */
        String firstName(Predicate<String> test) {
            for (int i = 0; i < size; i++) {
                if (names[i] != null && test.test(names[i])) {
                    return names[i];
                }
            }
            return null;
        }

        String last() {
            return Place.segment(names[size - 1], indices[size - 1]);
        }

        /** The current location; its pointer is written only when asked for. */
        Place location() {
            if (size == 0) {
                return Place.ROOT;
            }
            int known = size - 1;
            while (known >= 0 && locations[known] == null) {
                known--;
            }
            for (int i = known + 1; i < size; i++) {
                Place parent = i == 0 ? Place.ROOT : locations[i - 1];
                locations[i] = names[i] != null ? parent.member(names[i]) : parent.item(indices[i]);
            }
            return locations[size - 1];
        }

        String pointer() {
            return location().pointer();
        }
    }
}
