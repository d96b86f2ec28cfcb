package io.assistconf.benchmarks;

import com.networknt.schema.Error;
import io.assistconf.AssistConf;
import io.assistconf.TextFormat;
import io.assistconf.Input;
import io.assistconf.Kind;
import io.assistconf.Result;
import io.assistconf.Variant;
import java.util.List;
import org.everit.json.schema.Schema;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import tools.jackson.databind.JsonNode;

/**
 * One check of one payload, starting from its bytes, by each engine side by side. The payload is an
 * assistant object ({@code object} kind) of the given variant, size and validity; see
 * {@link PayloadGenerator}. Setup fails when a payload is not valid or invalid as its name says, for
 * every engine that checks it.
 *
 * <ol>
 * <li>{@code s1_jacksonScan}: a streaming pass over the tokens (the floor)</li>
 * <li>{@code s2_jacksonReadTree}: Jackson 3 {@code readTree}</li>
 * <li>{@code s3_networknt}: {@code readTree} + networknt 3 validation against the canonical schema</li>
 * <li>{@code s4_everit}: org.json parse + everit validation against the same schema</li>
 * <li>{@code s5_assistconf} / {@code s5_assistconfCamel}: assistconf's full check (parse, normalize, validate,
 * rules) of the canonical payload and of its camelCase spelling, locations off</li>
 * <li>{@code s6_assistconfLocated}: the same with line/column tracking on (the lint path)</li>
 * </ol>
 */
public class CheckBenchmark extends ThroughputBenchmark {

    @Param({"freddy", "burki"})
    public String variant;

    @Param({"small", "typical", "large"})
    public String size;

    @Param({"valid", "invalid"})
    public String validity;

    private byte[] canonical;
    private byte[] camel;
    private com.networknt.schema.Schema networknt;
    private Schema everit;
    private Variant assistconfVariant;
    private AssistConf unlocated;
    private AssistConf located;

    @Setup
    public void setup() {
        canonical = Engines.payload(PayloadGenerator.fileName(variant, size, validity, false));
        camel = Engines.payload(PayloadGenerator.fileName(variant, size, validity, true));
        networknt = Engines.networknt(variant, "object");
        everit = Engines.everit(variant, "object");
        boolean valid = validity.equals("valid");
        expect(Engines.networkntCheck(networknt, canonical).isEmpty() == valid, "networknt");
        expect((Engines.everitCheck(everit, canonical) == null) == valid, "everit");
        if (Variant.byId(variant).isPresent()) {
            assistconfVariant = Engines.variant(variant);
            unlocated = Engines.assistconf(false);
            located = Engines.assistconf(true);
            Result plain = s5_assistconf();
            Result respelled = s5_assistconfCamel();
            Result lint = s6_assistconfLocated();
            expect(plain.valid() == valid, "assistconf");
            expect(respelled.valid() == valid, "assistconf (camelCase)");
            expect(lint.valid() == valid, "assistconf (located)");
            expect(plain.canonicalJson().equals(respelled.canonicalJson()), "camelCase and snake_case canonical forms");
            expect(valid || lint.errors().stream().allMatch(v -> v.line() > 0), "every error located");
        }
    }

    private void expect(boolean condition, String engine) {
        if (!condition) {
            throw new IllegalStateException(PayloadGenerator.fileName(variant, size, validity, false) + ": " + engine
                    + " does not give the verdict the name says");
        }
    }

    private Variant assistconfVariant() {
        if (assistconfVariant == null) {
            return Engines.variant(variant);
        }
        return assistconfVariant;
    }

    @Benchmark
    public int s1_jacksonScan() {
        return Engines.scan(canonical);
    }

    @Benchmark
    public JsonNode s2_jacksonReadTree() {
        return Engines.readTree(canonical);
    }

    @Benchmark
    public List<Error> s3_networknt() {
        return Engines.networkntCheck(networknt, canonical);
    }

    @Benchmark
    public Object s4_everit() {
        return Engines.everitCheck(everit, canonical);
    }

    @Benchmark
    public Result s5_assistconf() {
        return unlocated().check(assistconfVariant(), Kind.OBJECT, Input.of(canonical, TextFormat.JSON));
    }

    @Benchmark
    public Result s5_assistconfCamel() {
        return unlocated().check(assistconfVariant(), Kind.OBJECT, Input.of(camel, TextFormat.JSON));
    }

    @Benchmark
    public Result s6_assistconfLocated() {
        return located().check(assistconfVariant(), Kind.OBJECT, Input.of(canonical, TextFormat.JSON));
    }

    private AssistConf unlocated() {
        if (unlocated == null) {
            Engines.variant(variant);
        }
        return unlocated;
    }

    private AssistConf located() {
        if (located == null) {
            Engines.variant(variant);
        }
        return located;
    }
}
