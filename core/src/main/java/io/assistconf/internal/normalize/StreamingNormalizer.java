package io.assistconf.internal.normalize;

import io.assistconf.internal.read.NodeCount;
import io.assistconf.internal.read.TokenTreeReader;
import io.assistconf.internal.schema.Shape;
import io.assistconf.internal.tree.CompactMembers;
import io.assistconf.internal.tree.JsonType;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a token stream straight into the canonical tree, normalizing while it reads: each key is looked
 * up once for its canonical spelling and the shape of its value, repeated keys are caught as they are
 * inserted (and end the read: the reader then reads the document as a tree, which keeps the last value of
 * each), and defaults are filled as each object closes. The payload is thus walked once, where reading
 * a tree and then rewriting it walks it twice and builds it twice.
 *
 * <p>It records what it finds by taking the {@link NormalizationSteps} of a {@link TreeNormalizer}, so the
 * outcome is the one {@link TreeNormalizer#normalize} gives on the tree the parser would build: the same
 * canonical tree, changes and violations in the same order. Values under an {@code anyOf} or a
 * {@code false} schema are read as they are and handed to {@link NormalizationSteps#value}.
 */
final class StreamingNormalizer {

    private final JsonParser parser;
    private final JsonNodeFactory nodes;
    private final NodeCount count;
    private final TokenTreeReader plain;
    private final NormalizationSteps steps;

    private StreamingNormalizer(JsonParser parser, JsonNodeFactory nodes, NodeCount count, NormalizationSteps steps) {
        this.parser = parser;
        this.nodes = nodes;
        this.count = count;
        this.plain = new TokenTreeReader(parser, nodes, count);
        this.steps = steps;
    }

    /**
     * Reads the value starting at the parser's current token, which is {@code START_OBJECT} or
     * {@code START_ARRAY}, as a document of the given shape, adding each value read to {@code count}.
     */
    static Normalization read(JsonParser parser, JsonNodeFactory nodes, NodeCount count, Shape shape,
            TreeNormalizer.Mode mode) {
        NormalizationSteps steps = new TreeNormalizer(mode);
        JsonNode canonical = new StreamingNormalizer(parser, nodes, count, steps).value(parser.currentToken(), shape);
        return steps.finish(canonical);
    }

    private JsonNode value(JsonToken token, Shape shape) {
        if (shape.refused()) {
            return plain(token);
        }
        if (!shape.alternatives().isEmpty()) {
            // A container's alternative is known from its first token, unless a const decides or the value
            // is looked at for legacy marks.
            Shape chosen = token.isStructStart() && shape.choosesByType() && !shape.marksLegacy()
                    ? shape.alternativeFor(token == JsonToken.START_OBJECT ? JsonType.OBJECT : JsonType.ARRAY) : null;
            return chosen != null && chosen.coercion() == null ? value(token, chosen)
                    : steps.value(plain(token), shape);
        }
        if (token == JsonToken.START_OBJECT) {
            return shape.properties() == null && shape.additional() == null ? plain(token) : object(shape);
        }
        if (token == JsonToken.START_ARRAY) {
            return shape.items() == null ? plain(token) : array(shape.items());
        }
        JsonNode scalar = plain.scalar(token);
        steps.scalar(scalar, shape);
        return scalar;
    }

    private ObjectNode object(Shape shape) {
        count.add();
        CompactMembers members = new CompactMembers();
        ObjectNode object = new ObjectNode(nodes, members);
        // The key each known property was written with, by position, where it is not the canonical name.
        String[] respelled = null;
        // The keys of the second spellings read, merged or refused.
        List<String> repeated = null;
        // The known properties read so far, by position (the first 64): a property not read yet is not
        // looked for among the members. Unknown keys never spell a known property, so they are looked for.
        long read = 0;
        for (String key = parser.nextName(); key != null; key = parser.nextName()) {
            count.addName(key);
            Shape.Property known = shape.property(key);
            String canonical = known == null ? key : known.name();
            boolean renamed = !canonical.equals(key);
            int at;
            if (known != null && known.index() < Long.SIZE) {
                long bit = 1L << known.index();
                at = (read & bit) == 0 ? -1 : members.find(canonical);
                read |= bit;
            } else {
                at = members.find(canonical);
            }
            JsonNode earlier = at < 0 ? null : members.valueAt(at);
            String earlierKey = earlier == null ? null : spellingOf(known, canonical, respelled);
            if (key.equals(earlierKey) || (repeated != null && repeated.contains(key))) {
                // The reader reads the document again as a tree, keeping the last value (D9).
                throw new TokenTreeReader.DuplicateKey();
            }
            JsonToken token = parser.nextToken();
            int mark = steps.mark();
            JsonNode value;
            if (known == null && shape.additional() == null) {
                steps.unknown(key, shape);
                value = plain(token);
            } else {
                if (renamed) {
                    steps.renamed(canonical, key);
                }
                steps.enter(canonical, key);
                if (known != null && known.legacy() != null) {
                    steps.legacyKey(key, known.legacy());
                }
                value = value(token, known == null ? shape.additional() : known.shape());
                steps.leave();
            }
            if (earlier == null) {
                members.append(canonical, value);
                if (renamed) {
                    respelled = respelled == null ? new String[shape.properties().size()] : respelled;
                    respelled[known.index()] = key;
                }
            } else {
                steps.repeated(mark, canonical, earlierKey, key, earlier.equals(value));
                repeated = repeated == null ? new ArrayList<>(2) : repeated;
                repeated.add(key);
            }
        }
        steps.defaults(object, members, read, shape);
        return object;
    }

    /** The key a member named {@code canonical} (of the property {@code known}, or unknown) was written with. */
    private static String spellingOf(Shape.Property known, String canonical, String[] respelled) {
        String spelled = known == null || respelled == null ? null : respelled[known.index()];
        return spelled == null ? canonical : spelled;
    }

    private ArrayNode array(Shape items) {
        count.add();
        ArrayNode array = nodes.arrayNode();
        int index = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            steps.enter(index++);
            array.add(value(token, items));
            steps.leave();
        }
        return array;
    }

    private JsonNode plain(JsonToken token) {
        return plain.value(token);
    }
}
