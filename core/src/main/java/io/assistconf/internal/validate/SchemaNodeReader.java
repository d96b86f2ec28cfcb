package io.assistconf.internal.validate;

import com.networknt.schema.InputFormat;
import com.networknt.schema.serialization.NodeReader;
import io.assistconf.internal.schema.SchemaFiles;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;

/**
 * Reads the schema documents networknt loads as {@link SchemaFiles} reads them, token by token. networknt's
 * own reader builds a Jackson {@code JsonMapper} on first use, which cost a lint run with invalid files more
 * than compiling its schemas. {@code SchemaNodeReaderTest} proves the trees equal to networknt's for every
 * shipped schema. Only JSON: the shipped schemas are JSON.
 */
final class SchemaNodeReader implements NodeReader {

    @Override
    public JsonNode readTree(String content, InputFormat format) {
        return readTree(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), format);
    }

    @Override
    public JsonNode readTree(InputStream content, InputFormat format) {
        if (format != InputFormat.JSON) {
            throw new IllegalArgumentException("schemas are read as JSON, not " + format);
        }
        return SchemaFiles.read(content, "loaded by networknt");
    }
}
