package io.assistconf.benchmarks;

import com.networknt.schema.Error;
import io.assistconf.AssistConf;
import io.assistconf.Input;
import io.assistconf.Kind;
import io.assistconf.Result;
import io.assistconf.Variant;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * A list endpoint's query string checked by assistconf ({@code Input.query}: decoded, typed, defaults filled,
 * validated) against networknt validating the same parameters already written as a typed JSON object (Jackson
 * {@code readTree} of it, then validation). Setup fails when an engine's verdict is not the one the name says.
 */
public class QueryBenchmark extends ThroughputBenchmark {

    /** Per variant and validity: the query string, and its parameters as the JSON object networknt validates. */
    private static final Map<String, String[]> QUERIES = Map.of(
            "freddy-valid", new String[] {"search=chat&access_mode=public&fields=standard&limit=10",
                "{\"search\": \"chat\", \"access_mode\": \"public\", \"fields\": \"standard\", \"limit\": 10}"},
            "freddy-invalid", new String[] {"search=chat&access_mode=everyone&fields=standard&limit=0",
                "{\"search\": \"chat\", \"access_mode\": \"everyone\", \"fields\": \"standard\", \"limit\": 0}"},
            "burki-valid", new String[] {"skip=0&limit=100&active_only=true&my_assistants_only=true",
                "{\"skip\": 0, \"limit\": 100, \"active_only\": true, \"my_assistants_only\": true}"},
            "burki-invalid", new String[] {"skip=-1&limit=1000&active_only=true&my_assistants_only=true",
                "{\"skip\": -1, \"limit\": 1000, \"active_only\": true, \"my_assistants_only\": true}"});

    @Param({"freddy", "burki"})
    public String variant;

    @Param({"valid", "invalid"})
    public String validity;

    private String query;
    private byte[] json;
    private com.networknt.schema.Schema networknt;
    private Variant assistconfVariant;
    private AssistConf assistconf;

    @Setup
    public void setup() {
        String[] pair = QUERIES.get(variant + "-" + validity);
        query = pair[0];
        json = pair[1].getBytes(StandardCharsets.UTF_8);
        networknt = Engines.networknt(variant, "list-query");
        assistconfVariant = Engines.variant(variant);
        assistconf = Engines.assistconf(false);
        boolean valid = validity.equals("valid");
        expect(q1_networknt().isEmpty() == valid, "networknt");
        expect(q2_assistconf().valid() == valid, "assistconf");
    }

    private void expect(boolean condition, String engine) {
        if (!condition) {
            throw new IllegalStateException(variant + " " + validity + " query '" + query + "': " + engine
                    + " does not give the verdict the name says");
        }
    }

    @Benchmark
    public List<Error> q1_networknt() {
        return Engines.networkntCheck(networknt, json);
    }

    @Benchmark
    public Result q2_assistconf() {
        return assistconf.check(assistconfVariant, Kind.LIST_QUERY, Input.query(query));
    }
}
