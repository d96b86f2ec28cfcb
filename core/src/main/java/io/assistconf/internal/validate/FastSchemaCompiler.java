package io.assistconf.internal.validate;

import com.networknt.schema.format.Format;
import com.networknt.schema.format.UriFormat;
import com.networknt.schema.format.UriReferenceFormat;
import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import io.assistconf.internal.schema.SchemaFiles;
import io.assistconf.internal.tree.Pointers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Compiles a schema document into {@link CompiledNode}s. It knows exactly the draft-07 keywords the shipped
 * schemas use, each with networknt 3's semantics: {@code type}, {@code enum} (of strings), {@code const},
 * {@code minimum}, {@code maximum}, {@code minLength}, {@code maxLength}, {@code pattern} (networknt's JDK
 * regular expressions), {@code format} {@code date-time}, {@code uri} and {@code uri-reference}
 * (networknt's own format classes), {@code required}, {@code minProperties}, {@code properties},
 * {@code additionalProperties},
 * {@code propertyNames}, {@code items} (one schema), {@code uniqueItems}, {@code allOf}, {@code anyOf},
 * {@code if}/{@code then}/{@code else}, boolean schemas and {@code $ref} (whose siblings draft-07 ignores).
 * The annotations they use ({@code $schema}, {@code $id}, {@code title}, {@code description},
 * {@code default}, {@code readOnly}, {@code definitions}, {@code x-...}) are skipped. Anything else is
 * {@link Unsupported}: support for another keyword comes with tests comparing it with networknt.
 */
final class FastSchemaCompiler {

    /** Thrown while compiling a schema that uses something the fast validator does not implement. */
    static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported(String message) {
            super(message, null, false, false);
        }
    }

    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "title", "description", "default",
            "readOnly", "definitions");
    private static final Map<String, Format> FORMATS = Map.of("date-time", new PlainDateTime(), "uri",
            new RefusedUriFirst(new UriFormat()), "uri-reference", new RefusedUriFirst(new UriReferenceFormat()));

    private final SchemaFiles files;
    private final Map<JsonNode, CompiledNode> compiled = new IdentityHashMap<>();
    private final Set<JsonNode> resolving = Collections.newSetFromMap(new IdentityHashMap<>());

    FastSchemaCompiler(SchemaFiles files) {
        this.files = files;
    }

    /** The compiled form of {@code schema}, the node at {@code pointer} of the document {@code documentId}. */
    CompiledNode compile(String documentId, String pointer, JsonNode schema) {
        if (schema.isBoolean()) {
            return schema.booleanValue() ? CompiledNode.TRUE : CompiledNode.FALSE;
        }
        if (!schema.isObject()) {
            throw new Unsupported("a schema must be an object or a boolean");
        }
        CompiledNode done = compiled.get(schema);
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
            CompiledNode node = compile(target.documentId(), target.pointer(), target.node());
            resolving.remove(schema);
            compiled.put(schema, node);
            return node;
        }
        CompiledNode node = new CompiledNode();
        node.source = schema;
        node.documentId = documentId;
        node.pointer = pointer;
        JsonNode given = schema.get("default");
        node.defaultScalar = given != null && given.isValueNode() ? given : null;
        compiled.put(schema, node);
        fill(node, documentId, pointer, schema);
        return simplest(node);
    }

    private void fill(CompiledNode node, String documentId, String pointer, JsonNode schema) {
        for (Map.Entry<String, JsonNode> entry : schema.properties()) {
            String keyword = entry.getKey();
            JsonNode value = entry.getValue();
            if (ANNOTATIONS.contains(keyword) || keyword.startsWith("x-")) {
                continue;
            }
            String at = Pointers.append(pointer, keyword);
            switch (keyword) {
                case "type" -> node.types = types(value);
                case "enum" -> node.enumStrings = strings(value);
                case "const" -> node.constValue = value;
                case "minimum" -> node.minimum = bound(value, schema);
                case "maximum" -> node.maximum = bound(value, schema);
                case "minLength" -> node.minLength = count(value);
                case "maxLength" -> node.maxLength = count(value);
                case "pattern" -> node.pattern = pattern(value);
                case "format" -> node.format = format(value);
                case "required" -> {
                    List<String> names = new ArrayList<>();
                    value.values().forEach(name -> names.add(name.asString().intern())); // as the keys are
                    node.required = names.toArray(new String[0]);
                    node.requiredNames = Set.copyOf(names);
                }
                case "minProperties" -> node.minProperties = count(value);
                case "properties" -> {
                    node.properties = new HashMap<>();
                    for (Map.Entry<String, JsonNode> property : value.properties()) {
                        node.properties.put(property.getKey(),
                                compile(documentId, Pointers.append(at, property.getKey()), property.getValue()));
                    }
                }
                case "additionalProperties" -> node.additional = compile(documentId, at, value);
                case "propertyNames" -> node.propertyNames = compile(documentId, at, value);
                case "items" -> {
                    if (value.isArray()) {
                        throw new Unsupported("items as an array");
                    }
                    node.items = compile(documentId, at, value);
                }
                case "uniqueItems" -> node.uniqueItems = value.isBoolean() && value.booleanValue();
                case "allOf" -> node.allOf = each(documentId, at, value);
                case "anyOf" -> node.anyOf = each(documentId, at, value);
                case "if" -> node.ifNode = compile(documentId, at, value);
                case "then" -> node.thenNode = compile(documentId, at, value);
                case "else" -> node.elseNode = compile(documentId, at, value);
                default -> throw new Unsupported("keyword " + keyword);
            }
        }
        if (node.ifNode == null) {
            node.thenNode = null;
            node.elseNode = null;
        }
        node.typeDependent = node.minimum != null || node.maximum != null || node.minLength >= 0
                || node.maxLength >= 0 || node.pattern != null || node.format != null || node.required != null
                || node.minProperties >= 0 || node.properties != null || node.additional != null || node.propertyNames != null
                || node.items != null || node.uniqueItems;
    }

    /** A node that only wraps one {@code allOf} member is that member. */
    private static CompiledNode simplest(CompiledNode node) {
        if (node.allOf != null && node.allOf.length == 1 && !node.typeDependent && node.types == 0
                && node.enumStrings == null && node.constValue == null && node.anyOf == null && node.ifNode == null) {
            return node.allOf[0];
        }
        return node;
    }

    private CompiledNode[] each(String documentId, String pointer, JsonNode list) {
        if (!list.isArray() || list.isEmpty()) {
            throw new Unsupported("a combinator needs a non-empty array");
        }
        CompiledNode[] nodes = new CompiledNode[list.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = compile(documentId, Pointers.append(pointer, i), list.get(i));
        }
        return nodes;
    }

    private static int types(JsonNode value) {
        int mask = 0;
        for (JsonNode name : value.isArray() ? value.values() : List.of(value)) {
            mask |= switch (name.asString()) {
                case "object" -> CompiledNode.OBJECT;
                case "array" -> CompiledNode.ARRAY;
                case "string" -> CompiledNode.STRING;
                case "integer" -> CompiledNode.INTEGER;
                case "number" -> CompiledNode.NUMBER;
                case "boolean" -> CompiledNode.BOOLEAN;
                case "null" -> CompiledNode.NULL;
                default -> throw new Unsupported("type " + name);
            };
        }
        if (mask == 0) {
            throw new Unsupported("an empty type list");
        }
        return mask;
    }

    private static Set<String> strings(JsonNode values) {
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
        return strings;
    }

    private static NetworkntNumbers.Bound bound(JsonNode value, JsonNode schema) {
        if (!value.isNumber()) {
            throw new Unsupported("a bound must be a number");
        }
        return NetworkntNumbers.Bound.of(value, schema.get("type"));
    }

    private static int count(JsonNode value) {
        if (!value.canConvertToExactIntegral() || value.decimalValue().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
                || value.decimalValue().signum() < 0) {
            throw new Unsupported("a count must be a small non-negative integer");
        }
        return value.intValue();
    }

    private static RegularExpression pattern(JsonNode value) {
        if (!value.isString()) {
            throw new Unsupported("a pattern must be a string");
        }
        return JDKRegularExpressionFactory.getInstance().getRegularExpression(value.asString());
    }

    private static Format format(JsonNode value) {
        Format format = FORMATS.get(value.asString());
        if (format == null) {
            throw new Unsupported("format " + value);
        }
        return format;
    }
}
