package io.assistconf.internal.read;

import io.assistconf.internal.tree.CompactMembers;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a JSON token stream into a tree as it is written, catching a repeated key as it is inserted (so the
 * parser need not keep a set of names per object) and counting the values it builds. Builds the nodes
 * Jackson's own tree reader builds; a repeated key keeps its first place and takes the last value, as
 * Jackson's reader and most JSON parsers do.
 */
public final class TokenTreeReader {

    /** A key given twice in one object, met by a reader that does not note repetitions; ends the read. */
    public static final class DuplicateKey extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public DuplicateKey() {
            super("duplicate key", null, false, false);
        }
    }

    private final JsonParser parser;
    private final JsonNodeFactory nodes;
    private final NodeCount count;
    private final RepeatedJsonKeys repeated;
    /** The objects read so far: the number of the next one, in text order. */
    private int objects;

    /** A reader that ends the read with {@link DuplicateKey} at a repeated key. */
    public TokenTreeReader(JsonParser parser, JsonNodeFactory nodes, NodeCount count) {
        this(parser, nodes, count, null);
    }

    /** A reader that notes each repeated key in {@code repeated} (null: ends the read there) and goes on. */
    TokenTreeReader(JsonParser parser, JsonNodeFactory nodes, NodeCount count, RepeatedJsonKeys repeated) {
        this.parser = parser;
        this.nodes = nodes;
        this.count = count;
        this.repeated = repeated;
    }

    /** Reads the value that starts at {@code token}, the parser's current token. */
    public JsonNode value(JsonToken token) {
        if (token == JsonToken.START_OBJECT) {
            count.add();
            int number = objects++;
            CompactMembers members = new CompactMembers();
            for (String key = parser.nextName(); key != null; key = parser.nextName()) {
                count.addName(key);
                if (members.find(key) < 0) {
                    members.append(key, value(parser.nextToken()));
                } else if (repeated == null) {
                    throw new DuplicateKey();
                } else {
                    repeated.add(number, key, parser.currentTokenLocation());
                    members.put(key, value(parser.nextToken()));
                }
            }
            return new ObjectNode(nodes, members);
        }
        if (token == JsonToken.START_ARRAY) {
            count.add();
            ArrayNode array = nodes.arrayNode();
            for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                array.add(value(item));
            }
            return array;
        }
        return scalar(token);
    }

    /** The node Jackson's own tree reader builds for a scalar (floats as BigDecimal, as configured). */
    public JsonNode scalar(JsonToken token) {
        count.add();
        return switch (token) {
            case VALUE_STRING -> nodes.stringNode(parser.getString());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> nodes.numberNode(parser.getIntValue());
                case LONG -> nodes.numberNode(parser.getLongValue());
                default -> nodes.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> nodes.numberNode(parser.getDecimalValue());
            case VALUE_TRUE -> nodes.booleanNode(true);
            case VALUE_FALSE -> nodes.booleanNode(false);
            case VALUE_NULL -> nodes.nullNode();
            default -> throw new IllegalStateException("unexpected token " + token);
        };
    }
}
