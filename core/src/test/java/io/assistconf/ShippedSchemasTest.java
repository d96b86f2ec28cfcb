package io.assistconf;

import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.internal.check.CompiledSchemas;
import io.assistconf.internal.schema.SchemaFiles;
import io.assistconf.internal.schema.SecretMarks;
import io.assistconf.internal.schema.ShapeCompiler;
import io.assistconf.internal.tree.CompactNodeFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped schemas are compiled lazily, each on first use (decisions CL13); this compiles every kind of
 * every variant in every form, so that a defect of any shipped schema (a bad x-legacy mark, a recursive
 * schema, an unresolvable $ref, a keyword networknt refuses) still fails the build.
 */
class ShippedSchemasTest {

    private static List<String> shippedIds() {
        List<String> ids = new ArrayList<>();
        for (Variant variant : Variant.values()) {
            for (Kind kind : Checks.LENIENT.kinds(variant)) {
                ids.add(SchemaFiles.idOf(variant, kind));
            }
        }
        return ids;
    }

    @Test
    void everyKindOfEveryVariantCompilesInEachForm() {
        CompiledSchemas schemas = CompiledSchemas.get();
        schemas.compileAll();
        for (Variant variant : Variant.values()) {
            assertThat(schemas.kinds(variant)).isNotEmpty();
            for (Kind kind : schemas.kinds(variant)) {
                CompiledSchemas.Entry entry = schemas.entry(variant, kind);
                assertThat(entry.shape()).as("%s %s", variant, kind).isNotNull();
                assertThat(entry.fast()).as("%s %s", variant, kind).isNotNull();
                assertThat(entry.schema()).as("%s %s", variant, kind).isNotNull();
                assertThat(schemas.entry(variant, kind)).isSameAs(entry);
            }
        }
        assertThat(schemas.detector()).isSameAs(schemas.detector());
    }

    @Test
    void theSecretNamesReadFromTheTextAreThoseTheShapeCompilerCollects() {
        SchemaFiles files = new SchemaFiles();
        ShapeCompiler compiler = new ShapeCompiler(files);
        shippedIds().forEach(compiler::compile);
        assertThat(compiler.secretFields()).isNotEmpty();
        assertThat(SecretMarks.of(files, shippedIds())).isEqualTo(compiler.secretFields());
    }

    @Test
    void eachSchemaIsReadAsJacksonsMapperReadsIt() throws Exception {
        JsonMapper mapper = JsonMapper.builder().nodeFactory(CompactNodeFactory.INSTANCE).build();
        SchemaFiles files = new SchemaFiles();
        for (String id : shippedIds()) {
            String resource = SchemaFiles.CLASSPATH_PREFIX + id.substring(SchemaFiles.ID_PREFIX.length());
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
                assertThat(files.document(id)).as(id).isEqualTo(mapper.readTree(in));
            }
        }
    }
}
