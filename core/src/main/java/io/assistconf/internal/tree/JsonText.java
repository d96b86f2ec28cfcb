package io.assistconf.internal.tree;

import java.io.StringWriter;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;

/**
 * A tree's compact JSON text, as {@link JsonNode#toString()} writes it, written with jackson-core alone:
 * {@code toString()} builds an ObjectMapper on its first call, which takes longer than compiling a schema.
 */
public final class JsonText {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private JsonText() {
    }

    public static String of(JsonNode node) {
        // the scalars whose text needs no generator: a generator per call was most of an error message's cost
        if (node.isInt()) {
            return Integer.toString(node.intValue());
        } else if (node.isLong()) {
            return Long.toString(node.longValue());
        } else if (node.isBigInteger()) {
            return node.bigIntegerValue().toString();
        } else if (node.isBoolean()) {
            return node.booleanValue() ? "true" : "false";
        } else if (node.isNull()) {
            return "null";
        }
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(ObjectWriteContext.empty(), text)) {
            write(node, generator);
        }
        return text.toString();
    }

    private static void write(JsonNode node, JsonGenerator generator) {
        if (node.isObject()) {
            generator.writeStartObject();
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                generator.writeName(member.getKey());
                write(member.getValue(), generator);
            }
            generator.writeEndObject();
        } else if (node.isArray()) {
            generator.writeStartArray();
            for (JsonNode element : node) {
                write(element, generator);
            }
            generator.writeEndArray();
        } else if (node.isString()) {
            generator.writeString(node.asString());
        } else if (node.isBoolean()) {
            generator.writeBoolean(node.booleanValue());
        } else if (node.isNull()) {
            generator.writeNull();
        } else if (node.isInt()) {
            generator.writeNumber(node.intValue());
        } else if (node.isLong()) {
            generator.writeNumber(node.longValue());
        } else if (node.isBigInteger()) {
            generator.writeNumber(node.bigIntegerValue());
        } else if (node.isBigDecimal()) {
            generator.writeNumber(node.decimalValue());
        } else if (node.isFloat()) {
            generator.writeNumber(node.floatValue());
        } else if (node.isDouble()) {
            generator.writeNumber(node.doubleValue());
        } else {
            throw new IllegalArgumentException("no JSON text for a " + node.getNodeType() + " node");
        }
    }
}
