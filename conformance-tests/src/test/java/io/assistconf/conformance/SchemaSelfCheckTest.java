package io.assistconf.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.assistconf.Kind;
import io.assistconf.Variant;
import io.assistconf.conformance.SchemaDocs.Loc;
import io.assistconf.testkit.Spellings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The schemas checked as documents, before any payload: each is a valid draft-07 schema (against the
 * draft-07 meta-schema, in both engines, from the classpath), each default validates against its own
 * subschema, aliases are unique and never collide with a canonical name, and every {@code $id} and
 * {@code $ref} resolves from the classpath with no network.
 */
class SchemaSelfCheckTest {

    /** The draft-07 meta-schema, as the networknt jar carries it. */
    private static final String META_SCHEMA_RESOURCE = "draft-07/schema";
    private static final JsonNode META_SCHEMA = readMetaSchema();
    private static final Schema NETWORKNT_META = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(META_SCHEMA);
    private static final org.everit.json.schema.Schema EVERIT_META = SchemaLoader.builder().draftV7Support()
            .schemaClient(Engines.CLIENT).schemaJson(new JSONObject(META_SCHEMA.toString())).build().load().build();

    static Stream<String> schemaIds() {
        return SchemaDocs.allIds().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaIds")
    void schemaIsAValidDraft07Schema(String id) {
        JsonNode schema = SchemaDocs.document(id);
        assertThat(schema.path("$schema").asString()).as("$schema of %s", id).isEqualTo("http://json-schema.org/draft-07/schema#");
        assertThat(NETWORKNT_META.validate(schema)).as("networknt: %s against the draft-07 meta-schema", id).isEmpty();
        assertThat(everitMeta(schema)).as("everit: %s against the draft-07 meta-schema", id).isEmpty();
    }

    /** The meta-schema check catches a broken schema (so the check above is not vacuous). */
    @Test
    void theMetaSchemaCheckRejectsABrokenSchema() {
        JsonNode broken = Fixtures.MAPPER.readTree("{\"type\": \"strnig\", \"minimum\": \"zero\", \"required\": \"name\"}");
        assertThat(NETWORKNT_META.validate(broken)).isNotEmpty();
        assertThat(everitMeta(broken)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaIds")
    void everyDefaultValidatesAgainstItsOwnSubschema(String id) {
        List<Loc> withDefaults = new ArrayList<>();
        collect(SchemaDocs.document(id), new Loc(id, ""), withDefaults, "default");
        for (Loc loc : withDefaults) {
            JsonNode value = loc.node().get("default");
            assertThat(Engines.networknt(loc.absolute(), value))
                    .as("networknt: the default %s at %s against its own subschema", value, loc).isEmpty();
            assertThat(Engines.everit(loc.absolute(), value.toString()))
                    .as("everit: the default %s at %s against its own subschema", value, loc).isEmpty();
        }
    }

    /** The default check catches a default outside its schema. */
    @Test
    void theDefaultCheckRejectsAWrongDefault() {
        String mode = SchemaDocs.ID_PREFIX + "freddy/object.json#/definitions/web_search/properties/mode";
        assertThat(Engines.networknt(mode, Fixtures.MAPPER.readTree("\"always\""))).isNotEmpty();
        assertThat(Engines.everit(mode, "\"always\"")).isNotEmpty();
    }

    /**
     * For every object of every kind (its properties merged from {@code allOf} and {@code $ref}), each alias
     * names one property only, differs from every canonical name and from their camelCase spellings, and is
     * no camelCase or snake_case respelling of any name (decisions F1.6).
     */
    @Test
    void aliasesAreUniqueAndNeverCollideWithACanonicalName() {
        int objects = 0;
        int aliases = 0;
        for (Variant variant : Variant.values()) {
            for (Kind kind : Conformance.ASSISTCONF.kinds(variant)) {
                Map<String, SchemaView> views = new LinkedHashMap<>();
                SchemaView.walk(SchemaView.of(SchemaDocs.root(variant, kind)), "", views);
                for (Map.Entry<String, SchemaView> entry : views.entrySet()) {
                    SchemaView view = entry.getValue();
                    if (view.properties == null) {
                        continue;
                    }
                    objects++;
                    String where = variant.id() + "/" + kind.id() + " at " + entry.getKey().split("\\|")[0];
                    Map<String, String> spelledBy = new HashMap<>();
                    for (String name : view.properties.keySet()) {
                        spelledBy.put(name, name);
                        spelledBy.putIfAbsent(Spellings.camel(name), name);
                    }
                    Map<String, String> aliasOf = new HashMap<>();
                    for (String name : view.properties.keySet()) {
                        for (String alias : view.property(name).aliases) {
                            aliases++;
                            assertThat(aliasOf.put(alias, name)).as("alias '%s' of '%s' in %s is also an alias of another"
                                    + " property", alias, name, where).isNull();
                            assertThat(spelledBy).as("alias '%s' of '%s' in %s collides with a canonical name or its"
                                    + " camelCase", alias, name, where).doesNotContainKey(alias);
                            assertThat(spelledBy).as("the camelCase of alias '%s' of '%s' in %s collides", alias, name, where)
                                    .doesNotContainKey(Spellings.camel(alias));
                            assertThat(Respell.snake(alias)).as("alias '%s' of '%s' in %s is a respelling of a name", alias,
                                    name, where).isNotIn(view.properties.keySet());
                        }
                    }
                }
            }
        }
        System.out.println("aliases: " + aliases + " checked over " + objects + " object schemas");
        assertThat(aliases).as("aliases found (store, text_configuration, rules_attached, total_count, my_assistants)")
                .isGreaterThanOrEqualTo(5);
    }

    /** Aliases also stay apart within each raw {@code properties} object, before any merging. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaIds")
    void aliasesAreUniqueWithinEachPropertiesObject(String id) {
        List<Loc> objects = new ArrayList<>();
        collect(SchemaDocs.document(id), new Loc(id, ""), objects, "properties");
        for (Loc loc : objects) {
            JsonNode properties = loc.node().get("properties");
            Set<String> names = new TreeSet<>();
            properties.propertyNames().forEach(names::add);
            Set<String> seen = new TreeSet<>();
            for (Map.Entry<String, JsonNode> property : properties.properties()) {
                for (JsonNode alias : property.getValue().path("x-aliases").values()) {
                    assertThat(seen.add(alias.asString())).as("alias %s twice in %s", alias, loc).isTrue();
                    assertThat(names).as("alias %s of %s in %s", alias, property.getKey(), loc)
                            .doesNotContain(alias.asString(), Respell.snake(alias.asString()));
                }
            }
        }
    }

    /**
     * Each schema's {@code $id} is its classpath place under https://assistconf.io/schemas/, and every
     * {@code $ref} resolves to a schema on the classpath; both engines load every schema through the
     * classpath only.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaIds")
    void everyIdAndRefResolvesFromTheClasspath(String id) {
        JsonNode schema = SchemaDocs.document(id);
        assertThat(schema.path("$id").asString()).as("$id of %s", SchemaDocs.resourceOf(id)).isEqualTo(id);
        List<Loc> refs = new ArrayList<>();
        collect(schema, new Loc(id, ""), refs, "$ref");
        for (Loc loc : refs) {
            String ref = loc.node().get("$ref").asString();
            Loc target = loc.resolve(ref);
            assertThat(target.doc()).as("$ref '%s' at %s must stay under %s", ref, loc, SchemaDocs.ID_PREFIX)
                    .startsWith(SchemaDocs.ID_PREFIX);
            assertThat(SchemaDocs.class.getClassLoader().getResource(SchemaDocs.resourceOf(target.doc())))
                    .as("$ref '%s' at %s names a document on the classpath", ref, loc).isNotNull();
            JsonNode node = SchemaDocs.document(target.doc()).at(target.pointer());
            assertThat(node.isObject() || node.isBoolean()).as("$ref '%s' at %s resolves to a schema", ref, loc).isTrue();
            assertThat(URI.create(ref).getHost()).as("$ref '%s' at %s is relative", ref, loc).isNull();
        }
        assertThat(Engines.everit(id, "null")).as("everit loads %s", id).isNotNull();
        assertThat(Engines.networknt(id, Fixtures.MAPPER.nullNode())).as("networknt loads %s", id).isNotNull();
        assertThat(Engines.CLIENT.served()).allSatisfy(address -> assertThat(address).startsWith(SchemaDocs.ID_PREFIX));
    }

    /** The schema files are the kinds core offers, and nothing else (decisions D4). */
    @Test
    void schemaFilesAreTheKindsCoreOffers() {
        Set<String> offered = new TreeSet<>();
        for (Variant variant : Variant.values()) {
            for (Kind kind : Conformance.ASSISTCONF.kinds(variant)) {
                offered.add(SchemaDocs.id(variant, kind));
            }
        }
        assertThat(SchemaDocs.allIds()).as("schema files on the classpath").containsExactlyElementsOf(offered);
    }

    /** Every place in a document holding {@code keyword}, as a location. */
    static void collect(JsonNode node, Loc at, List<Loc> out, String keyword) {
        if (node.isObject()) {
            if (node.has(keyword) && !(keyword.equals("properties") && !node.get(keyword).isObject())) {
                if (!(keyword.equals("default") && at.pointer().contains("/properties/default"))) {
                    out.add(at);
                }
            }
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                if (member.getKey().equals("default") || member.getKey().equals("enum") || member.getKey().equals("const")) {
                    continue; // values, not schemas
                }
                collect(member.getValue(), at.child(member.getKey()), out, keyword);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), at.child(i), out, keyword);
            }
        }
    }

    private static List<String> everitMeta(JsonNode schema) {
        try {
            EVERIT_META.validate(new JSONObject(schema.toString()));
            return List.of();
        } catch (ValidationException e) {
            return e.getAllMessages();
        }
    }

    private static JsonNode readMetaSchema() {
        try (InputStream in = SchemaSelfCheckTest.class.getClassLoader().getResourceAsStream(META_SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the draft-07 meta-schema is not on the classpath at " + META_SCHEMA_RESOURCE);
            }
            return Fixtures.MAPPER.readTree(new JSONTokener(in).nextValue().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
