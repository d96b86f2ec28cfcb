package io.assistconf.internal.validate;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.assistconf.internal.schema.SchemaFiles;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The networknt json-schema-validator, configured once: draft-07, format assertions on, and every
 * {@code $id} of ours mapped to the classpath (networknt 3 fetches nothing remote unless told to).
 */
public final class SchemaValidator {

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
            builder -> builder
                    .schemaIdResolvers(resolvers -> resolvers.mapPrefix(SchemaFiles.ID_PREFIX,
                            "classpath:" + SchemaFiles.CLASSPATH_PREFIX))
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    /** Loads and fully compiles a schema, failing at once on an unresolvable reference. */
    public Schema compile(String id) {
        Schema schema = registry.getSchema(SchemaLocation.of(id));
        schema.initializeValidators();
        return schema;
    }

    public static List<Error> validate(Schema schema, JsonNode canonical) {
        return schema.validate(hasWideDecimal(canonical) ? narrowable(canonical) : canonical);
    }

    /**
     * Whether the tree holds a decimal beyond the 64-bit range. networknt compares a number with an int or
     * long {@code minimum} or {@code maximum} of an integer field by {@code asLong()} (the fraction
     * truncated), which throws for such a decimal; integral ones are already integer nodes, compared exactly,
     * so these are the ones with a fraction (a type error there, as {@code 1.5} is).
     */
    private static boolean hasWideDecimal(JsonNode node) {
        if (node.isContainer()) {
            for (JsonNode child : node.values()) {
                if (hasWideDecimal(child)) {
                    return true;
                }
            }
            return false;
        }
        return node.isBigDecimal() && !node.canConvertToLong();
    }

    /** A copy of the tree with each decimal beyond the 64-bit range as a {@link SaturatedDecimal}. */
    private static JsonNode narrowable(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                copy.set(member.getKey(), narrowable(member.getValue()));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode(node.size());
            for (JsonNode item : node.values()) {
                copy.add(narrowable(item));
            }
            return copy;
        }
        return node.isBigDecimal() && !node.canConvertToLong() ? new SaturatedDecimal(node.decimalValue()) : node;
    }

    /**
     * A decimal beyond the 64-bit range whose long value is the nearest long, so that networknt's integer
     * bounds compare it as they compare {@code 1.5} (by the truncated value) instead of throwing. Every other
     * reading (type, decimal value, text, equality) is the decimal's own. {@link FastSchema} compares alike.
     */
    static final class SaturatedDecimal extends DecimalNode {
        private static final long serialVersionUID = 1L;

        SaturatedDecimal(BigDecimal value) {
            super(value);
        }

        @Override
        public boolean inLongRange() {
            return true;
        }

        @Override
        public long _asLongValueUnchecked() {
            return FastSchema.nearestLong(_value);
        }
    }
}
