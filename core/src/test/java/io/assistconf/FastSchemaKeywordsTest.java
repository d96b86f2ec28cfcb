package io.assistconf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.assistconf.internal.schema.SchemaFiles;
import io.assistconf.internal.validate.FastSchema;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fast validator implements exactly the draft-07 keywords the shipped schemas use, each proven equal to
 * networknt by {@link FastSchemaProperties}. Every other keyword (and every other form of a used one) is
 * refused at compile time, so a schema that starts using it goes to networknt until support for it comes
 * with tests of its own. The refused cases are small draft-07 schemas under
 * {@code src/test/resources/assistconf/schemas/refused/}.
 */
class FastSchemaKeywordsTest {

    /** The keywords of the shipped schemas, {@code x-} extensions aside. */
    static final Set<String> USED = Set.of("$schema", "$id", "$ref", "title", "description", "default", "readOnly",
            "definitions", "type", "enum", "const", "minimum", "maximum", "minLength", "maxLength", "pattern",
            "format", "required", "minProperties", "properties", "additionalProperties", "propertyNames", "items", "uniqueItems",
            "allOf", "anyOf", "if", "then", "else");

    /** Forms of used keywords the shipped schemas do not use, by file, with the reason the compiler gives. */
    private static final Map<String, String> REFUSED_FORMS = Map.of("items-array", "items as an array",
            "enum-of-numbers", "an enum value other than a string", "format-email", "format \"email\"");

    /** Keywords whose value is a schema, a list of schemas or a map of schemas. */
    private static final Set<String> SCHEMA = Set.of("additionalProperties", "propertyNames", "not", "if", "then",
            "else", "contains", "additionalItems");
    private static final Set<String> SCHEMA_LISTS = Set.of("allOf", "anyOf", "oneOf", "items");
    private static final Set<String> SCHEMA_MAPS = Set.of("properties", "definitions", "patternProperties",
            "dependencies");

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private final SchemaFiles files = new SchemaFiles();

    @Test
    void theShippedSchemasUseTheseKeywords() {
        Set<String> used = new TreeSet<>();
        for (Variant variant : Variant.values()) {
            for (Kind kind : Kind.values()) {
                String id = SchemaFiles.idOf(variant, kind);
                if (SchemaFiles.exists(id)) {
                    collectKeywords(files.document(id), used);
                }
            }
        }
        assertThat(used).containsExactlyInAnyOrderElementsOf(USED);
    }

    @Test
    void everyOtherDraft07KeywordIsRefused() throws IOException {
        Set<String> others = draft07Keywords();
        assertThat(others).containsAll(USED);
        others.removeAll(USED);
        assertThat(others).hasSize(17);
        for (String keyword : others) {
            assertRefused(keyword.replace("$", ""), "keyword " + keyword);
        }
    }

    @Test
    void otherFormsOfUsedKeywordsAreRefused() {
        REFUSED_FORMS.forEach(this::assertRefused);
    }

    private void assertRefused(String file, String reason) {
        String id = SchemaFiles.ID_PREFIX + "refused/" + file + ".json";
        assertThat(SchemaFiles.exists(id)).as(id).isTrue();
        assertThat(FastSchema.compile(files, id)).as(id).isNull();
        assertThatThrownBy(() -> FastSchema.compileOrThrow(files, id)).as(id).hasMessage(reason);
    }

    /** The keywords of draft-07, as networknt's copy of its meta-schema lists them. */
    private static Set<String> draft07Keywords() throws IOException {
        try (InputStream in = com.networknt.schema.Schema.class.getResourceAsStream("/draft-07/schema")) {
            return new TreeSet<>(MAPPER.readTree(in).get("properties").propertyNames());
        }
    }

    /** The keywords of a schema and of every schema in it. */
    private static void collectKeywords(JsonNode schema, Set<String> used) {
        if (!schema.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> entry : schema.properties()) {
            String keyword = entry.getKey();
            JsonNode value = entry.getValue();
            if (keyword.startsWith("x-")) {
                continue;
            }
            used.add(keyword);
            if (SCHEMA.contains(keyword)) {
                collectKeywords(value, used);
            } else if (SCHEMA_LISTS.contains(keyword)) {
                (value.isArray() ? value.values() : Set.of(value)).forEach(item -> collectKeywords(item, used));
            } else if (SCHEMA_MAPS.contains(keyword)) {
                value.values().forEach(item -> collectKeywords(item, used));
            }
        }
    }
}
