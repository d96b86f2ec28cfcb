package io.assistconf.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.assistconf.Input;
import io.assistconf.Result;
import io.assistconf.TextFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code AssistConf.check} on arbitrary bytes as JSON and as YAML. The last byte of an input selects the
 * {@link Target} (a variant and kind, or detection); the bytes before it are the payload. YAML inputs are also
 * checked as a stream of documents ({@code checkDocuments}).
 */
class TextCheckFuzzTest {

    private static final Timing JSON = new Timing("json");
    private static final Timing YAML = new Timing("yaml");

    @FuzzTest
    void json(byte[] data) {
        check(data, TextFormat.JSON, JSON);
    }

    @FuzzTest
    void yaml(byte[] data) {
        List<String> secrets = check(data, TextFormat.YAML, YAML);
        byte[] payload = payload(data);
        String shown = shown(payload);
        for (Result result : YAML.bounded(payload.length, () -> "documents of " + shown,
                () -> Invariants.ASSISTCONF.checkDocuments(null, null, Input.of(payload, TextFormat.YAML)))) {
            Invariants.sane(result, secrets, shown);
        }
    }

    @AfterAll
    static void report() throws IOException {
        JSON.report();
        YAML.report();
    }

    /** Checks the payload as the selected target asks; returns the secrets planted in it. */
    private static List<String> check(byte[] data, TextFormat format, Timing timing) {
        if (data.length == 0) {
            return List.of();
        }
        Target target = Target.of(data[data.length - 1] & 0xff);
        byte[] payload = payload(data);
        String shown = target + " " + shown(payload);
        List<String> secrets = planted(payload, format);
        Result result = timing.bounded(payload.length, () -> shown, () -> target.check(Input.of(payload, format)));
        Invariants.sane(result, secrets, shown);
        Invariants.idempotent(result, shown);
        return secrets;
    }

    private static byte[] payload(byte[] data) {
        return data.length == 0 ? data : java.util.Arrays.copyOf(data, data.length - 1);
    }

    private static String shown(byte[] payload) {
        return "base64:" + Base64.getEncoder().encodeToString(payload);
    }

    /** The planted secrets, when the payload reads as a document; none otherwise. */
    static List<String> planted(byte[] payload, TextFormat format) {
        String text = new String(payload, StandardCharsets.UTF_8);
        Object document;
        try {
            document = format == TextFormat.YAML ? new Load(LoadSettings.builder().build()).loadFromString(text)
                    : JsonMapper.shared().readValue(payload, Object.class);
        } catch (RuntimeException | StackOverflowError e) {
            return List.of();
        }
        return Secrets.planted(document, text);
    }

}
