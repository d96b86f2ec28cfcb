package io.assistconf.benchmarks;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.assistconf.AssistConf;
import io.assistconf.Variant;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaClient;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONTokener;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The engines compared, each set up as a user would set it up once per process: plain Jackson 3, networknt
 * 3 with the canonical schema compiled once (draft-07, format assertions on, like assistconf), everit on
 * org.json with the same schema, and assistconf. Schemas are read from the classpath only.
 */
final class Engines {

    static final String ID_PREFIX = "https://assistconf.io/schemas/";
    static final String CLASSPATH_PREFIX = "assistconf/schemas/";

    static final JsonMapper JACKSON = JsonMapper.builder().build();

    private Engines() {
    }

    static String schemaId(String variant, String kind) {
        return ID_PREFIX + variant + "/" + kind + ".json";
    }

    /** The variant, or a clear failure when core does not register it (yet). */
    static Variant variant(String id) {
        return Variant.byId(id).orElseThrow(() -> new IllegalStateException(
                "assistconf-core has no variant '" + id + "' (Variant.byId); its assistconf benchmarks cannot run"));
    }

    static AssistConf assistconf(boolean locations) {
        return AssistConf.builder().locations(locations).build();
    }

    /** Tokens of a streaming pass over the bytes: the least any JSON check can cost. */
    static int scan(byte[] payload) {
        int tokens = 0;
        try (JsonParser parser = JACKSON.createParser(payload)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                tokens += token.id();
            }
        }
        return tokens;
    }

    static JsonNode readTree(byte[] payload) {
        return JACKSON.readTree(payload);
    }

    static Schema networknt(String variant, String kind) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                builder -> builder
                        .schemaIdResolvers(resolvers -> resolvers.mapPrefix(ID_PREFIX, "classpath:" + CLASSPATH_PREFIX))
                        .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        Schema schema = registry.getSchema(SchemaLocation.of(schemaId(variant, kind)));
        schema.initializeValidators();
        return schema;
    }

    static List<Error> networkntCheck(Schema schema, byte[] payload) {
        return schema.validate(JACKSON.readTree(payload));
    }

    static org.everit.json.schema.Schema everit(String variant, String kind) {
        String id = schemaId(variant, kind);
        JSONObject raw;
        try (InputStream in = CLASSPATH.get(id)) {
            raw = new JSONObject(new JSONTokener(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SchemaLoader.builder().draftV7Support().schemaClient(CLASSPATH).resolutionScope(id).schemaJson(raw)
                .build().load().build();
    }

    /** everit's verdict: null when valid, else the exception listing every failure. */
    static ValidationException everitCheck(org.everit.json.schema.Schema schema, byte[] payload) {
        try {
            schema.validate(new JSONObject(new String(payload, StandardCharsets.UTF_8)));
            return null;
        } catch (ValidationException e) {
            return e;
        }
    }

    /** Serves {@code https://assistconf.io/schemas/...} from the classpath and refuses every other address. */
    private static final SchemaClient CLASSPATH = url -> {
        String address = url.indexOf('#') < 0 ? url : url.substring(0, url.indexOf('#'));
        if (!address.startsWith(ID_PREFIX) || address.contains("..")) {
            throw new IllegalArgumentException("refusing to fetch " + url);
        }
        InputStream in = Engines.class.getClassLoader()
                .getResourceAsStream(CLASSPATH_PREFIX + address.substring(ID_PREFIX.length()));
        if (in == null) {
            throw new IllegalArgumentException("no schema on the classpath for " + url);
        }
        return in;
    };

    static byte[] payload(String fileName) {
        try (InputStream in = Engines.class.getClassLoader().getResourceAsStream("payloads/" + fileName)) {
            if (in == null) {
                throw new IllegalStateException("no payload payloads/" + fileName + " on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
