package io.assistconf.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.serialization.BasicNodeReader;
import io.assistconf.Kind;
import io.assistconf.Variant;
import io.assistconf.internal.schema.SchemaFiles;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * networknt is given {@link SchemaNodeReader} instead of its own reader: for every schema file shipped, the
 * tree must be the one networknt's reader builds, number types included (networknt keeps a decimal as a
 * {@code BigDecimal} where a double would change it).
 */
class SchemaNodeReaderTest {

    @Test
    void everyShippedSchemaIsReadAsNetworkntReadsIt() throws Exception {
        List<String> resources = shippedResources();
        assertThat(resources).hasSizeGreaterThanOrEqualTo(16);
        for (String resource : resources) {
            JsonNode ours;
            JsonNode networknt;
            try (InputStream in = open(resource)) {
                ours = new SchemaNodeReader().readSchema(in, InputFormat.JSON);
            }
            try (InputStream in = open(resource)) {
                networknt = BasicNodeReader.getInstance().readSchema(in, InputFormat.JSON);
            }
            assertSame(resource, ours, networknt);
        }
    }

    @Test
    void aDecimalADoubleWouldChangeIsTold() {
        String schema = "{\"multipleOf\": 0.1000000000000000055511151231257827}";
        JsonNode networknt = BasicNodeReader.getInstance().readSchema(schema, InputFormat.JSON);
        JsonNode ours = new SchemaNodeReader().readSchema(schema, InputFormat.JSON);
        assertThat(networknt.get("multipleOf").isBigDecimal()).isTrue();
        assertThat(ours.get("multipleOf").isBigDecimal()).isFalse(); // the case the test above would catch
    }

    @Test
    void aYamlSchemaIsRefused() {
        assertThatThrownBy(() -> new SchemaNodeReader().readSchema("type: object", InputFormat.YAML))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("YAML");
    }

    private static void assertSame(String at, JsonNode ours, JsonNode networknt) {
        assertThat(ours.getNodeType()).as(at).isEqualTo(networknt.getNodeType());
        if (ours.isNumber()) {
            assertThat(ours.numberType()).as(at).isEqualTo(networknt.numberType());
            assertThat(ours.numberValue()).as(at).isEqualTo(networknt.numberValue());
        } else if (ours.isObject()) {
            assertThat(names(ours)).as(at).containsExactlyElementsOf(names(networknt));
            for (Map.Entry<String, JsonNode> member : ours.properties()) {
                assertSame(at + "/" + member.getKey(), member.getValue(), networknt.get(member.getKey()));
            }
        } else if (ours.isArray()) {
            assertThat(ours.size()).as(at).isEqualTo(networknt.size());
            for (int i = 0; i < ours.size(); i++) {
                assertSame(at + "/" + i, ours.get(i), networknt.get(i));
            }
        } else {
            assertThat(ours).as(at).isEqualTo(networknt);
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.propertyNames().iterator(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    /** The schema file of every kind of every variant there is one for. */
    private static List<String> shippedResources() {
        List<String> resources = new ArrayList<>();
        for (Variant variant : Variant.values()) {
            for (Kind kind : Kind.values()) {
                String id = SchemaFiles.idOf(variant, kind);
                if (SchemaFiles.exists(id)) {
                    resources.add(SchemaFiles.resourceOf(id));
                }
            }
        }
        return resources;
    }

    private static InputStream open(String resource) {
        return SchemaNodeReaderTest.class.getClassLoader().getResourceAsStream(resource);
    }
}
