package io.assistconf.internal.validate;

import com.networknt.schema.format.DateTimeFormat;
import com.networknt.schema.format.Format;
import com.networknt.schema.format.UriFormat;
import com.networknt.schema.format.UriReferenceFormat;
import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import io.assistconf.internal.schema.SchemaFiles;
import io.assistconf.internal.tree.CompactNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * A validator compiled at start-up from the schema documents that answers one question: is this canonical
 * payload valid? It is the gateway's fast path: when it says valid, networknt is not run at all; when it
 * says invalid (or cannot tell), networknt runs and writes the detailed report. So a "valid" answer must
 * be exactly networknt's, and an "invalid" answer is only ever a request for the detailed check.
 *
 * <p>It supports exactly the draft-07 keywords the shipped schemas use, with networknt 3's semantics:
 * {@code type}, {@code enum} (of strings), {@code const}, {@code minimum}, {@code maximum},
 * {@code minLength}, {@code maxLength}, {@code pattern} (networknt's JDK regular expressions),
 * {@code format} {@code date-time}, {@code uri} and {@code uri-reference} (networknt's own format
 * classes), {@code required}, {@code properties}, {@code additionalProperties}, {@code propertyNames},
 * {@code items} (one schema), {@code uniqueItems}, {@code allOf}, {@code anyOf},
 * {@code if}/{@code then}/{@code else}, boolean schemas and {@code $ref} (whose siblings draft-07
 * ignores). The annotations they use ({@code $schema}, {@code $id}, {@code title}, {@code description},
 * {@code default}, {@code readOnly}, {@code definitions}, {@code x-...}) are ignored. A schema using any
 * other keyword is not compiled: {@link #compile} returns null and every payload of that kind goes to
 * networknt. Support for another keyword comes with tests comparing it with networknt.
 */
public final class FastSchema {

    /** Thrown while compiling a schema that uses something this validator does not implement. */
    static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported(String message) {
            super(message, null, false, false);
        }
    }

    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "title", "description", "default",
            "readOnly", "definitions");
    private static final Map<String, Format> FORMATS = Map.of("date-time", new DateTimeFormat(), "uri",
            new UriFormat(), "uri-reference", new UriReferenceFormat());

    private static final int OBJECT = 1;
    private static final int ARRAY = 2;
    private static final int STRING = 4;
    private static final int INTEGER = 8;
    private static final int NUMBER = 16;
    private static final int BOOLEAN = 32;
    private static final int NULL = 64;
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private final Node root;

    private FastSchema(Node root) {
        this.root = root;
    }

    /** The fast validator of a schema document, or null when the schema uses an unsupported keyword. */
    public static FastSchema compile(SchemaFiles files, String documentId) {
        try {
            return compileOrThrow(files, documentId);
        } catch (Unsupported e) {
            return null;
        }
    }

    /** Like {@link #compile}, telling why a schema cannot be compiled. */
    public static FastSchema compileOrThrow(SchemaFiles files, String documentId) {
        Compiler compiler = new Compiler(files);
        Node root = compiler.compile(documentId, files.document(documentId));
        return new FastSchema(root);
    }

    /**
     * A copy of an invalid payload with only what can fail, for networknt to report on: networknt's errors
     * on it are its errors on the whole payload, at much less cost when a few members fail. Where every
     * schema that applies to an object or array asserts only {@code type}, {@code properties},
     * {@code additionalProperties}, {@code required} and {@code items}, no member is judged by
     * its siblings, so a member this validator finds valid (and whose report from networknt is therefore
     * empty) can be left out unless it is required; the rest is kept, pruned in the same way. Elsewhere
     * the value is kept whole. Keys and array positions are kept, so every error keeps its location.
     */
    public JsonNode failingPart(JsonNode instance) {
        try {
            return pruned(List.of(root), instance);
        } catch (RuntimeException e) {
            return instance;
        }
    }

    private static JsonNode pruned(List<Node> schemas, JsonNode value) {
        if (!value.isContainer()) {
            return value;
        }
        List<Node> applying = new ArrayList<>();
        for (Node schema : schemas) {
            if (!schema.collectPrunable(applying)) {
                return value;
            }
        }
        if (value.isArray()) {
            List<Node> items = new ArrayList<>();
            applying.stream().filter(schema -> schema.items != null).forEach(schema -> items.add(schema.items));
            ArrayNode copy = CompactNodeFactory.INSTANCE.arrayNode(value.size());
            value.values().forEach(item -> copy.add(pruned(items, item)));
            return copy;
        }
        ObjectNode copy = CompactNodeFactory.INSTANCE.objectNode();
        for (Map.Entry<String, JsonNode> member : value.properties()) {
            List<Node> memberSchemas = new ArrayList<>();
            boolean required = false;
            for (Node schema : applying) {
                Node memberSchema = schema.memberSchema(member.getKey());
                if (memberSchema != null) {
                    memberSchemas.add(memberSchema);
                }
                required |= schema.required != null && Arrays.asList(schema.required).contains(member.getKey());
            }
            if (required || !memberSchemas.stream().allMatch(schema -> schema.valid(member.getValue()))) {
                copy.set(member.getKey(), pruned(memberSchemas, member.getValue()));
            }
        }
        return copy;
    }

    /**
     * Whether networknt would find no error in this canonical payload. False also when the answer is not
     * certain (an unexpected failure while checking), since false only asks for networknt's report.
     */
    public boolean valid(JsonNode instance) {
        try {
            return root.valid(instance);
        } catch (RuntimeException e) {
            return false;
        }
    }

    // ------------------------------------------------------------------------------------------ compiler

    private static final class Compiler {
        private final SchemaFiles files;
        private final Map<JsonNode, Node> compiled = new IdentityHashMap<>();
        private final Set<JsonNode> resolving = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

        Compiler(SchemaFiles files) {
            this.files = files;
        }

        Node compile(String documentId, JsonNode schema) {
            if (schema.isBoolean()) {
                return schema.booleanValue() ? Node.TRUE : Node.FALSE;
            }
            if (!schema.isObject()) {
                throw new Unsupported("a schema must be an object or a boolean");
            }
            Node done = compiled.get(schema);
            if (done != null) {
                return done;
            }
            JsonNode ref = schema.get("$ref");
            if (ref != null) {
                // draft-07: the siblings of $ref are ignored (networknt does the same before 2019-09)
                if (!resolving.add(schema)) {
                    throw new Unsupported("a $ref that only leads to itself");
                }
                SchemaFiles.Located target = files.resolve(documentId, ref.asString());
                Node node = compile(target.documentId(), target.node());
                resolving.remove(schema);
                compiled.put(schema, node);
                return node;
            }
            Node node = new Node();
            compiled.put(schema, node);
            fill(node, documentId, schema);
            return node.simplest();
        }

        private void fill(Node node, String documentId, JsonNode schema) {
            for (Map.Entry<String, JsonNode> entry : schema.properties()) {
                String keyword = entry.getKey();
                JsonNode value = entry.getValue();
                if (ANNOTATIONS.contains(keyword) || keyword.startsWith("x-")) {
                    continue;
                }
                switch (keyword) {
                    case "type" -> node.types = types(value);
                    case "enum" -> node.enumeration(value);
                    case "const" -> node.constValue = value;
                    case "minimum" -> node.minimum = bound(value, schema);
                    case "maximum" -> node.maximum = bound(value, schema);
                    case "minLength" -> node.minLength = count(value);
                    case "maxLength" -> node.maxLength = count(value);
                    case "pattern" -> node.pattern = pattern(value);
                    case "format" -> {
                        Format format = FORMATS.get(value.asString());
                        if (format == null) {
                            throw new Unsupported("format " + value);
                        }
                        node.format = format;
                    }
                    case "required" -> {
                        List<String> names = new ArrayList<>();
                        value.values().forEach(name -> names.add(name.asString()));
                        node.required = names.toArray(new String[0]);
                    }
                    case "properties" -> {
                        node.properties = new HashMap<>();
                        for (Map.Entry<String, JsonNode> property : value.properties()) {
                            node.properties.put(property.getKey(), compile(documentId, property.getValue()));
                        }
                    }
                    case "additionalProperties" -> node.additional = compile(documentId, value);
                    case "propertyNames" -> node.propertyNames = compile(documentId, value);
                    case "items" -> {
                        if (value.isArray()) {
                            throw new Unsupported("items as an array");
                        }
                        node.items = compile(documentId, value);
                    }
                    case "uniqueItems" -> node.uniqueItems = value.isBoolean() && value.booleanValue();
                    case "allOf" -> node.allOf = each(documentId, value);
                    case "anyOf" -> node.anyOf = each(documentId, value);
                    case "if" -> node.ifNode = compile(documentId, value);
                    case "then" -> node.thenNode = compile(documentId, value);
                    case "else" -> node.elseNode = compile(documentId, value);
                    default -> throw new Unsupported("keyword " + keyword);
                }
            }
            if (node.ifNode == null) {
                node.thenNode = null;
                node.elseNode = null;
            }
            node.typeDependent = node.hasTypeDependentKeywords();
        }

        private Node[] each(String documentId, JsonNode list) {
            if (!list.isArray() || list.isEmpty()) {
                throw new Unsupported("a combinator needs a non-empty array");
            }
            Node[] nodes = new Node[list.size()];
            for (int i = 0; i < nodes.length; i++) {
                nodes[i] = compile(documentId, list.get(i));
            }
            return nodes;
        }

        private static int types(JsonNode value) {
            int mask = 0;
            for (JsonNode name : value.isArray() ? value.values() : List.of(value)) {
                mask |= switch (name.asString()) {
                    case "object" -> OBJECT;
                    case "array" -> ARRAY;
                    case "string" -> STRING;
                    case "integer" -> INTEGER;
                    case "number" -> NUMBER;
                    case "boolean" -> BOOLEAN;
                    case "null" -> NULL;
                    default -> throw new Unsupported("type " + name);
                };
            }
            if (mask == 0) {
                throw new Unsupported("an empty type list");
            }
            return mask;
        }

        private static int count(JsonNode value) {
            if (!value.canConvertToExactIntegral() || value.decimalValue().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
                    || value.decimalValue().signum() < 0) {
                throw new Unsupported("a count must be a small non-negative integer");
            }
            return value.intValue();
        }

        private static Bound bound(JsonNode value, JsonNode schema) {
            if (!value.isNumber()) {
                throw new Unsupported("a bound must be a number");
            }
            return new Bound(value, hasIntegerType(schema.get("type")));
        }

        private static boolean hasIntegerType(JsonNode type) {
            if (type == null) {
                return false;
            }
            if (type.isString()) {
                return "integer".equals(type.asString());
            }
            for (JsonNode item : type.values()) {
                if (item.isString() && "integer".equals(item.asString())) {
                    return true;
                }
            }
            return false;
        }

        private static RegularExpression pattern(JsonNode value) {
            if (!value.isString()) {
                throw new Unsupported("a pattern must be a string");
            }
            return JDKRegularExpressionFactory.getInstance().getRegularExpression(value.asString());
        }
    }

    // ------------------------------------------------------------------------------------------ nodes

    /** One compiled schema object. Unused assertions are null, -1 or false. */
    private static final class Node {
        static final Node TRUE = new Node();
        static final Node FALSE = new Node();

        static {
            FALSE.refusesAll = true;
        }

        boolean refusesAll;
        int types;
        Set<String> enumStrings;
        JsonNode constValue;
        Bound minimum;
        Bound maximum;
        int minLength = -1;
        int maxLength = -1;
        RegularExpression pattern;
        Format format;
        String[] required;
        Map<String, Node> properties;
        Node additional;
        Node propertyNames;
        Node items;
        boolean uniqueItems;
        Node[] allOf;
        Node[] anyOf;
        Node ifNode;
        Node thenNode;
        Node elseNode;
        boolean typeDependent;

        /**
         * Adds this node and its {@code allOf} parts to {@code out}; false when one of them judges a
         * container by more than its members one by one (see {@link FastSchema#failingPart}).
         */
        boolean collectPrunable(List<Node> out) {
            if (refusesAll || enumStrings != null || constValue != null || anyOf != null || ifNode != null
                    || propertyNames != null || uniqueItems) {
                return false;
            }
            out.add(this);
            if (allOf != null) {
                for (Node part : allOf) {
                    if (!part.collectPrunable(out)) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** A node that only wraps one {@code allOf} member is that member. */
        Node simplest() {
            if (allOf != null && allOf.length == 1 && !typeDependent && types == 0 && enumStrings == null
                    && constValue == null && anyOf == null && ifNode == null) {
                return allOf[0];
            }
            return this;
        }

        boolean hasTypeDependentKeywords() {
            return minimum != null || maximum != null || minLength >= 0 || maxLength >= 0 || pattern != null
                    || format != null || required != null || properties != null || additional != null
                    || propertyNames != null || items != null || uniqueItems;
        }

        void enumeration(JsonNode values) {
            if (!values.isArray()) {
                throw new Unsupported("enum must be an array");
            }
            Set<String> strings = new HashSet<>();
            for (JsonNode value : values) {
                if (!value.isString()) {
                    throw new Unsupported("an enum value other than a string");
                }
                strings.add(value.asString());
            }
            enumStrings = strings;
        }

        boolean valid(JsonNode node) {
            if (refusesAll) {
                return false;
            }
            if (types != 0 && !typeMatches(node)) {
                return false;
            }
            if (enumStrings != null && !(node.isString() && enumStrings.contains(node.asString()))) {
                return false;
            }
            if (constValue != null && !constMatches(node)) {
                return false;
            }
            if (typeDependent) {
                if (node.isObject()) {
                    if (!object(node)) {
                        return false;
                    }
                } else if (node.isArray()) {
                    if (!array(node)) {
                        return false;
                    }
                } else if (node.isString()) {
                    if (!string(node.asString())) {
                        return false;
                    }
                } else if (node.isNumber()) {
                    if ((minimum != null && minimum.compare(node) < 0) || (maximum != null && maximum.compare(node) > 0)) {
                        return false;
                    }
                }
            }
            if (allOf != null) {
                for (Node part : allOf) {
                    if (!part.valid(node)) {
                        return false;
                    }
                }
            }
            if (anyOf != null && !any(anyOf, node)) {
                return false;
            }
            if (ifNode != null) {
                Node branch = ifNode.valid(node) ? thenNode : elseNode;
                return branch == null || branch.valid(node);
            }
            return true;
        }

        private static boolean any(Node[] parts, JsonNode node) {
            for (Node part : parts) {
                if (part.valid(node)) {
                    return true;
                }
            }
            return false;
        }

        private boolean typeMatches(JsonNode node) {
            int actual;
            if (node.isObject()) {
                actual = OBJECT;
            } else if (node.isArray()) {
                actual = ARRAY;
            } else if (node.isString()) {
                actual = STRING;
            } else if (node.isNumber()) {
                if (node.isIntegralNumber()) {
                    return (types & (INTEGER | NUMBER)) != 0;
                }
                if (nonFinite(node)) {
                    return false;
                }
                return (types & NUMBER) != 0 || ((types & INTEGER) != 0 && node.canConvertToExactIntegral());
            } else if (node.isBoolean()) {
                actual = BOOLEAN;
            } else if (node.isNull()) {
                actual = NULL;
            } else {
                return false;
            }
            return (types & actual) != 0;
        }

        private boolean constMatches(JsonNode node) {
            if (constValue.isNumber() && node.isNumber()) {
                boolean schemaNonFinite = nonFinite(constValue);
                boolean nodeNonFinite = nonFinite(node);
                if (schemaNonFinite || nodeNonFinite) {
                    return schemaNonFinite == nodeNonFinite
                            && Double.compare(constValue.doubleValue(), node.doubleValue()) == 0;
                }
                return constValue.decimalValue().compareTo(node.decimalValue()) == 0;
            }
            return constValue.equals(node);
        }

        private boolean string(String text) {
            if (minLength >= 0 || maxLength >= 0) {
                int codePoints = text.codePointCount(0, text.length());
                if ((minLength >= 0 && codePoints < minLength) || (maxLength >= 0 && codePoints > maxLength)) {
                    return false;
                }
            }
            if (pattern != null && !pattern.matches(text)) {
                return false;
            }
            return format == null || format.matches(null, text);
        }

        private boolean object(JsonNode object) {
            if (required != null) {
                for (String name : required) {
                    if (object.get(name) == null) {
                        return false;
                    }
                }
            }
            if (properties != null || additional != null || propertyNames != null) {
                for (Map.Entry<String, JsonNode> member : object.properties()) {
                    String name = member.getKey();
                    Node schema = memberSchema(name);
                    if (schema != null && !schema.valid(member.getValue())) {
                        return false;
                    }
                    if (propertyNames != null && !propertyNames.valid(StringNode.valueOf(name))) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** The schema of the member {@code name}: its property schema, else additionalProperties, else null. */
        Node memberSchema(String name) {
            Node declared = properties == null ? null : properties.get(name);
            return declared != null ? declared : additional;
        }

        private boolean array(JsonNode array) {
            int size = array.size();
            if (items != null) {
                for (int i = 0; i < size; i++) {
                    if (!items.valid(array.get(i))) {
                        return false;
                    }
                }
            }
            return !uniqueItems || distinct(array);
        }

        private static boolean distinct(JsonNode array) {
            int size = array.size();
            if (size < 2) {
                return true;
            }
            boolean strings = true;
            for (int i = 0; i < size && strings; i++) {
                strings = array.get(i).isString();
            }
            if (strings && size <= 16) {
                for (int i = 1; i < size; i++) {
                    String text = array.get(i).asString();
                    for (int j = 0; j < i; j++) {
                        if (text.equals(array.get(j).asString())) {
                            return false;
                        }
                    }
                }
                return true;
            }
            Set<Object> seen = new HashSet<>();
            for (int i = 0; i < size; i++) {
                if (!seen.add(strings ? array.get(i).asString() : comparisonKey(array.get(i)))) {
                    return false;
                }
            }
            return true;
        }

        /** networknt's uniqueItems key: numbers by value, objects regardless of member order. */
        private static Object comparisonKey(JsonNode node) {
            if (node.isNumber() && !nonFinite(node)) {
                return node.decimalValue().stripTrailingZeros();
            }
            if (node.isArray()) {
                List<Object> items = new ArrayList<>(node.size());
                for (JsonNode item : node) {
                    items.add(comparisonKey(item));
                }
                return items;
            }
            if (node.isObject()) {
                Map<String, Object> members = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> member : node.properties()) {
                    members.put(member.getKey(), comparisonKey(member.getValue()));
                }
                return members;
            }
            return node;
        }
    }

    private static boolean nonFinite(JsonNode node) {
        return node.isFloatingPointNumber() && !node.isBigDecimal() && !node.isBigInteger()
                && !Double.isFinite(node.doubleValue());
    }

    /**
     * The long value networknt compares with an integer field's int or long bound: the fraction truncated,
     * and beyond the 64-bit range the nearest long (see {@link SchemaValidator.SaturatedDecimal}).
     */
    static long nearestLong(BigDecimal number) {
        if (number.compareTo(LONG_MIN) < 0) {
            return Long.MIN_VALUE;
        }
        return number.compareTo(LONG_MAX) > 0 ? Long.MAX_VALUE : number.longValue();
    }

    /**
     * A numeric bound with networknt's comparison: when the schema's value is an int or long and the schema
     * has type integer, a number is compared by its long value (a fraction truncated; an integer beyond the
     * 64-bit range exactly, any other number beyond it as the nearest long); otherwise by its decimal value.
     */
    private static final class Bound {
        private final boolean integral;
        private final long longLimit;
        private final BigDecimal decimalLimit;

        Bound(JsonNode limit, boolean integerType) {
            this.integral = integerType && (limit.isInt() || limit.isLong());
            this.longLimit = integral ? limit.asLong() : 0;
            this.decimalLimit = new BigDecimal(limit.asString());
        }

        /** The node compared with the limit. */
        int compare(JsonNode node) {
            if (integral) {
                if (node.isBigInteger()) {
                    return node.bigIntegerValue().compareTo(BigInteger.valueOf(longLimit));
                }
                return Long.compare(node.canConvertToLong() ? node.asLong() : nearestLong(node.decimalValue()),
                        longLimit);
            }
            if (node.isInt() || node.isLong()) {
                return BigDecimal.valueOf(node.longValue()).compareTo(decimalLimit);
            }
            if (node.isBigDecimal()) {
                return node.decimalValue().compareTo(decimalLimit);
            }
            return new BigDecimal(node.asString()).compareTo(decimalLimit);
        }
    }
}
