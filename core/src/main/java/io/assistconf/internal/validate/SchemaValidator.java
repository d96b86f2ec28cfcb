package io.assistconf.internal.validate;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import io.assistconf.internal.schema.SchemaFiles;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The networknt json-schema-validator, configured once: draft-07 with our {@code x-} members as annotations
 * ({@link AnnotationKeywords}), format assertions on, and every
 * {@code $id} of ours mapped to the classpath (networknt 3 fetches nothing remote unless told to).
 */
public final class SchemaValidator {

    private static final Dialect DRAFT_7 = Dialect.builder(Dialects.getDraft7())
            .unknownKeywordFactory(new AnnotationKeywords())
            .build();

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(DRAFT_7,
            builder -> builder
                    .nodeReader(new SchemaNodeReader())
                    .schemaIdResolvers(resolvers -> resolvers.mapPrefix(SchemaFiles.ID_PREFIX,
                            "classpath:" + SchemaFiles.CLASSPATH_PREFIX))
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    /** Loads and fully compiles a schema, failing at once on an unresolvable reference. */
    public Schema compile(String id) {
        Schema schema = registry.getSchema(SchemaLocation.of(id));
        schema.initializeValidators();
        return schema;
    }

    /** networknt's errors on a canonical tree (see {@link NetworkntNumbers#readableByNetworknt}). */
    public static List<Error> validate(Schema schema, JsonNode canonical) {
        return schema.validate(NetworkntNumbers.readableByNetworknt(canonical));
    }
}
