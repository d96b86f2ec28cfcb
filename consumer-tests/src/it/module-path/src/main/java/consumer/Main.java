package consumer;

import io.assistconf.AssistConf;
import io.assistconf.Input;
import io.assistconf.Kind;
import io.assistconf.Result;
import io.assistconf.Variant;
import io.assistconf.Violation;
import java.util.List;

/**
 * Normalizes and validates a payload as an application on the module path would; exits non-zero when the
 * library misbehaves.
 */
public final class Main {

    public static void main(String[] args) {
        expect(Main.class.getModule().isNamed() && AssistConf.class.getModule().getName().equals("io.assistconf"),
                "runs on the module path, found " + AssistConf.class.getModule());
        AssistConf assistconf = AssistConf.create();

        Result create = assistconf.check(Variant.FREDDY, Kind.CREATE, Input.json("{\"name\": \"Support\","
                + " \"instructions\": \"Answer politely.\", \"organization_id\": \"org_1\","
                + " \"toolConfigurations\": {\"systemTools\": {\"webSearch\": {\"mode\": \"on\"}}}}"));
        expect(create.valid(), "a valid create body passes, got " + create.violations());
        String canonical = create.canonicalJson().orElseThrow();
        expect(canonical.contains("\"system_tools\"") && !canonical.contains("systemTools"),
                "camelCase keys are normalized, got " + canonical);

        Result stored = assistconf.check(Input.yaml("id: 57\ndescription: HR policies\nsystem_prompt: Quote the"
                + " policy.\ncreated_at: yesterday\nupdated_at: \"2025-05-02T16:40:00Z\"\ntemperature: 7\n"));
        expect(stored.variant().orElseThrow() == Variant.COGSOL && stored.kind() == Kind.OBJECT,
                "a stored CogSol object is detected, got " + stored.variant() + " " + stored.kind());
        expect(codes(stored.errors()).containsAll(List.of("invalid_format", "out_of_range")),
                "a bad timestamp and temperature are reported, got " + stored.errors());
        Violation timestamp = stored.errors().stream().filter(v -> v.code().equals("invalid_format")).findFirst()
                .orElseThrow();
        expect(timestamp.line() == 4 && timestamp.pointer().equals("/created_at"),
                "the bad timestamp is located at line 4, got " + timestamp);
        System.out.println("assistconf checked both payloads: " + stored.errors().size() + " errors located");
    }

    private static List<String> codes(List<Violation> violations) {
        return violations.stream().map(Violation::code).toList();
    }

    private static void expect(boolean condition, String what) {
        if (!condition) {
            System.err.println("FAILED: " + what);
            System.exit(1);
        }
    }
}
