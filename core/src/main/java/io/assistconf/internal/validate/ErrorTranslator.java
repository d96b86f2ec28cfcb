package io.assistconf.internal.validate;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.path.NodePath;
import io.assistconf.Code;
import io.assistconf.ShownText;
import io.assistconf.Violation;
import io.assistconf.internal.schema.SchemaFiles;
import io.assistconf.internal.tree.JsonText;
import io.assistconf.internal.tree.JsonType;
import io.assistconf.internal.tree.Pointers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Turns networknt errors into violations with stable codes and messages written from the schema (the
 * allowed values, the range), never from the instance, so that no secret value can appear in a report.
 * The alternatives of an {@code anyOf} are reported as one problem: the errors of the alternative whose
 * type matched, or a single type error naming every accepted shape.
 */
public final class ErrorTranslator {

    private static final Set<String> TYPE_KEYWORDS = Set.of("type", "const");
    private static final Set<String> NAMED_CHILD = Set.of("properties", "patternProperties");
    /** The keywords whose message names the bounds of their schema object. */
    private static final Set<String> RANGES = Set.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
            "minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties");
    private static final Set<String> CHILD = Set.of("properties", "patternProperties", "items",
            "additionalProperties", "additionalItems");

    private final SchemaFiles files;
    /** {@link #schemaAt}'s answers, by place and child; a missing node where there is none. */
    private final Map<String, JsonNode> holders = new ConcurrentHashMap<>();

    public ErrorTranslator(SchemaFiles files) {
        this.files = files;
    }

    public List<Violation> translate(List<Error> errors) {
        return withoutNoiseAtRefusedFields(translate(errors, 0));
    }

    /** Translates errors, treating as alternatives only the {@code anyOf}s at or after {@code from}. */
    private List<Violation> translate(List<Error> errors, int from) {
        List<Violation> violations = new ArrayList<>();
        Map<String, AnyOfGroup> groups = new LinkedHashMap<>();
        for (Error error : errors) {
            NodePath evaluation = error.getEvaluationPath();
            int anyOf = indexOf(evaluation, "anyOf", from);
            if (anyOf < 0) {
                violations.add(violation(error));
                continue;
            }
            String instance = prefix(error.getInstanceLocation(), instanceDepth(evaluation, anyOf));
            String key = evaluationPrefix(evaluation, anyOf) + "|" + instance;
            Object alternative = anyOf + 1 < evaluation.getNameCount() ? evaluation.getElement(anyOf + 1) : -1;
            boolean typeAtInstance = TYPE_KEYWORDS.contains(error.getKeyword())
                    && Pointers.of(error.getInstanceLocation()).equals(instance);
            boolean own = indexOf(evaluation, "anyOf", anyOf + 2) < 0;
            groups.computeIfAbsent(key, k -> new AnyOfGroup(instance, anyOf))
                    .add(alternative, error, typeAtInstance, own);
        }
        for (AnyOfGroup group : groups.values()) {
            List<Error> matched = group.errorsOfMatchingAlternatives();
            if (matched.isEmpty()) {
                violations.add(typeMismatch(group));
            } else {
                violations.addAll(translate(matched, group.anyOfIndex + 2));
            }
        }
        return violations;
    }

    /** A value the request may not carry at all needs no further complaint about its type or range. */
    static List<Violation> withoutNoiseAtRefusedFields(List<Violation> violations) {
        Set<String> refused = new java.util.HashSet<>(); // no stream: this runs on every invalid payload's report
        for (Violation violation : violations) {
            if (violation.code().equals(Code.READ_ONLY_PROPERTY.id())) {
                refused.add(violation.pointer());
            }
        }
        if (refused.isEmpty()) {
            return violations;
        }
        violations.removeIf(v -> refused.contains(v.pointer()) && !v.code().equals(Code.READ_ONLY_PROPERTY.id()));
        return violations;
    }

    private Violation typeMismatch(AnyOfGroup group) {
        Error sample = group.ownMismatches.stream()
                .filter(e -> Pointers.of(e.getSchemaLocation().getFragment()).contains("/anyOf/"))
                .findFirst().orElse(group.mismatches.get(0));
        return typeMismatch(group.instance, sample.getSchemaLocation().getAbsoluteIri().toString(),
                Pointers.of(sample.getSchemaLocation().getFragment()), sample.getInstanceNode());
    }

    /**
     * The one type error of an {@code anyOf} none of whose alternatives admits the value's type: every shape
     * the alternatives accept, read from the {@code anyOf} that holds the failed keyword at {@code keywordAt} (a
     * pointer in the document {@code documentId}), and the type found.
     */
    Violation typeMismatch(String instance, String documentId, String keywordAt, JsonNode found) {
        JsonNode anyOf = schemaAt(documentId, keywordAt, "anyOf");
        Set<String> accepted = new LinkedHashSet<>(); // two alternatives may share a type (an enum, any string)
        for (JsonNode alternative : anyOf == null ? List.<JsonNode>of() : anyOf.values()) {
            accepted.add(describe(documentId, alternative));
        }
        String foundType = found == null ? "" : ", found " + JsonType.of(found).label();
        return Code.INVALID_TYPE.at(instance, "must be one of: " + String.join(", ", accepted) + foundType);
    }

    private String describe(String documentId, JsonNode schema) {
        if (schema.has("const")) {
            return JsonText.of(schema.get("const"));
        }
        if (schema.has("type")) {
            return typeNames(schema.get("type"));
        }
        if (schema.has("$ref")) {
            SchemaFiles.Located target = files.resolve(documentId, schema.get("$ref").asString());
            return describe(target.documentId(), target.node());
        }
        if (schema.has("allOf") && schema.get("allOf").size() > 0) {
            return describe(documentId, schema.get("allOf").get(0));
        }
        if (schema.has("anyOf")) {
            StringJoiner each = new StringJoiner(", ");
            schema.get("anyOf").values().forEach(alternative -> each.add(describe(documentId, alternative)));
            return each.toString();
        }
        return "a value";
    }

    private Violation violation(Error error) {
        String keyword = error.getKeyword();
        SchemaLocation location = error.getSchemaLocation();
        JsonNode holder = RANGES.contains(keyword) ? schemaAt(location.getAbsoluteIri().toString(),
                Pointers.of(location.getFragment()), null) : null;
        return violation(keyword, Pointers.of(error.getInstanceLocation()), error.getSchemaNode(), holder,
                error.getProperty(), error.getInstanceNode());
    }

    /**
     * The code of a failed keyword and the part of its message its schema object decides: the whole message but
     * for {@code type} (the type found follows), {@code required} and {@code false} (theirs name the member).
     */
    record Message(Code code, String text) {
    }

    /**
     * The violation of one failed keyword.
     *
     * @param pointer      where the value that failed is
     * @param keywordValue the keyword's value in the schema
     * @param holder       the schema object holding the keyword; needed for the keywords in {@link #RANGES}
     * @param property     the missing member, for {@code required}
     * @param instance     the value that failed
     */
    Violation violation(String keyword, String pointer, JsonNode keywordValue, JsonNode holder, String property,
            JsonNode instance) {
        return violation(keyword, message(keyword, keywordValue, holder), pointer, property, instance);
    }

    /** Like {@link #violation(String, String, JsonNode, JsonNode, String, JsonNode)}, given the keyword's message. */
    static Violation violation(String keyword, Message message, String pointer, String property, JsonNode instance) {
        return switch (keyword) {
            case "type" -> message.code().at(pointer,
                    instance == null ? message.text() : message.text() + ", found " + JsonType.of(instance).label());
            case "required" -> message.code().at(Pointers.append(pointer, property),
                    "required property '" + property + "' is missing");
            case "false" -> message.code().at(pointer, "'" + ShownText.quote(Pointers.lastSegment(pointer))
                    + "' is set by the server and cannot be sent in this request");
            default -> message.code().at(pointer, message.text());
        };
    }

    /** The code and schema-decided message of a failed keyword (see {@link Message}). */
    static Message message(String keyword, JsonNode keywordValue, JsonNode holder) {
        return switch (keyword) {
            case "type" -> new Message(Code.INVALID_TYPE, "must be " + typeNames(keywordValue));
            case "enum" -> new Message(Code.INVALID_VALUE, "must be one of: " + list(keywordValue));
            case "const" -> new Message(Code.INVALID_VALUE, "must be " + keywordValue);
            case "required" -> new Message(Code.MISSING_REQUIRED, "");
            case "false" -> new Message(Code.READ_ONLY_PROPERTY, "");
            case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" ->
                    new Message(Code.OUT_OF_RANGE, "must be " + range(holder, "minimum", "maximum", ""));
            case "multipleOf" -> new Message(Code.OUT_OF_RANGE, "must be a multiple of " + keywordValue);
            case "minLength", "maxLength" -> new Message(Code.INVALID_LENGTH,
                    "must be " + range(holder, "minLength", "maxLength", " characters long"));
            case "minItems", "maxItems" -> new Message(Code.INVALID_ITEM_COUNT,
                    "must have " + range(holder, "minItems", "maxItems", " items"));
            case "minProperties", "maxProperties" -> new Message(Code.INVALID_PROPERTY_COUNT,
                    "must have " + range(holder, "minProperties", "maxProperties", " properties"));
            case "uniqueItems" -> new Message(Code.DUPLICATE_ITEMS, "must not contain the same item twice");
            case "pattern" -> new Message(Code.INVALID_FORMAT, "must match the pattern " + keywordValue.asString());
            case "format" -> new Message(Code.INVALID_FORMAT, "must be a valid " + keywordValue.asString()
                    + ("date-time".equals(keywordValue.asString()) ? " (RFC 3339, e.g. 2025-01-20T10:30:00Z)" : ""));
            case "propertyNames" -> new Message(Code.INVALID_PROPERTY_NAME,
                    "property names must match " + describeNames(keywordValue));
            default -> new Message(Code.SCHEMA_VIOLATION, "does not satisfy the schema keyword '" + keyword + "'");
        };
    }

    /** "between 0 and 2", "at least 1" or "at most 100", from the keyword's schema object. */
    private static String range(JsonNode schema, String low, String high, String unit) {
        String exclusiveLow = "exclusiveMinimum";
        String exclusiveHigh = "exclusiveMaximum";
        JsonNode min = schema == null ? null : schema.has(low) ? schema.get(low) : schema.get(exclusiveLow);
        JsonNode max = schema == null ? null : schema.has(high) ? schema.get(high) : schema.get(exclusiveHigh);
        boolean minExclusive = schema != null && !schema.has(low) && schema.has(exclusiveLow);
        boolean maxExclusive = schema != null && !schema.has(high) && schema.has(exclusiveHigh);
        if (min != null && max != null && !minExclusive && !maxExclusive) {
            return "between " + JsonText.of(min) + " and " + JsonText.of(max) + unit + " (inclusive)";
        }
        StringJoiner parts = new StringJoiner(" and ");
        if (min != null) {
            parts.add((minExclusive ? "greater than " : "at least ") + JsonText.of(min) + unit);
        }
        if (max != null) {
            parts.add((maxExclusive ? "less than " : "at most ") + JsonText.of(max) + unit);
        }
        return parts.toString();
    }

    /**
     * The schema object holding the failed keyword at {@code keywordAt}, or, with {@code child}, the member
     * {@code child} of the object whose member holds it. Found once per place and child: finding the object again
     * for every error was a tenth of an invalid payload's report.
     */
    private JsonNode schemaAt(String documentId, String keywordAt, String child) {
        String key = documentId + "#" + keywordAt + (child == null ? "" : "\u0000" + child);
        JsonNode node = holders.computeIfAbsent(key, k -> find(documentId, keywordAt, child));
        return node.isMissingNode() ? null : node;
    }

    private JsonNode find(String documentId, String keywordAt, String child) {
        String holder = Pointers.parent(keywordAt);
        if (child != null) {
            int at = keywordAt.lastIndexOf("/" + child + "/");
            if (at < 0) {
                return MissingNode.getInstance();
            }
            holder = keywordAt.substring(0, at + child.length() + 1);
        }
        return files.document(documentId).at(holder);
    }

    private static String describeNames(JsonNode propertyNames) {
        JsonNode pattern = propertyNames.get("pattern");
        return pattern == null ? "the schema" : "the pattern " + pattern.asString();
    }

    private static String typeNames(JsonNode type) {
        if (type.isArray()) {
            StringJoiner names = new StringJoiner(" or ");
            type.values().forEach(t -> names.add(t.asString()));
            return names.toString();
        }
        return type.asString();
    }

    private static String list(JsonNode values) {
        StringJoiner joined = new StringJoiner(", ");
        values.values().forEach(v -> joined.add(v.isString() ? v.asString() : JsonText.of(v)));
        return joined.toString();
    }

    private static int indexOf(NodePath path, String element, int from) {
        for (int i = from; i < path.getNameCount(); i++) {
            if (element.equals(path.getElement(i))) {
                return i;
            }
        }
        return -1;
    }

    /** How many instance segments the evaluation path descends before position {@code end}. */
    private static int instanceDepth(NodePath evaluation, int end) {
        int depth = 0;
        for (int i = 0; i < end; i++) {
            Object element = evaluation.getElement(i);
            if (CHILD.contains(element)) {
                depth++;
                if (NAMED_CHILD.contains(element) || (i + 1 < end && evaluation.getElement(i + 1) instanceof Integer)) {
                    i++;
                }
            }
        }
        return depth;
    }

    private static String prefix(NodePath instance, int depth) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < Math.min(depth, instance.getNameCount()); i++) {
            Object element = instance.getElement(i);
            pointer.append('/').append(element instanceof Integer ? element.toString() : Pointers.escape((String) element));
        }
        return pointer.toString();
    }

    private static String evaluationPrefix(NodePath evaluation, int anyOf) {
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i <= anyOf; i++) {
            prefix.append('/').append(evaluation.getElement(i));
        }
        return prefix.toString();
    }

    /** The errors of one failed {@code anyOf} at one instance, by alternative. */
    private static final class AnyOfGroup {
        final String instance;
        final int anyOfIndex;
        final Map<Object, List<Error>> byAlternative = new LinkedHashMap<>();
        final Set<Object> ownTypeMismatch = new java.util.HashSet<>();
        final Set<Object> otherErrors = new java.util.HashSet<>();
        final List<Error> mismatches = new ArrayList<>();
        final List<Error> ownMismatches = new ArrayList<>();

        AnyOfGroup(String instance, int anyOfIndex) {
            this.instance = instance;
            this.anyOfIndex = anyOfIndex;
        }

        /**
         * An alternative does not match the value's type when its own type (or const) fails, or when every
         * error it has is a type mismatch at the value (its nested alternatives all refused the type).
         */
        void add(Object alternative, Error error, boolean typeAtInstance, boolean own) {
            byAlternative.computeIfAbsent(alternative, a -> new ArrayList<>()).add(error);
            if (typeAtInstance) {
                mismatches.add(error);
                if (own) {
                    ownTypeMismatch.add(alternative);
                    ownMismatches.add(error);
                }
            } else {
                otherErrors.add(alternative);
            }
        }

        List<Error> errorsOfMatchingAlternatives() {
            List<Error> errors = new ArrayList<>();
            byAlternative.forEach((alternative, list) -> {
                if (!ownTypeMismatch.contains(alternative) && otherErrors.contains(alternative)) {
                    errors.addAll(list);
                }
            });
            return errors;
        }
    }
}
