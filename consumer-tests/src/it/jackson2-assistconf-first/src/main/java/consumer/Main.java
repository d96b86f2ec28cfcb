package consumer;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.assistconf.AssistConf;
import io.assistconf.Input;
import io.assistconf.Kind;
import io.assistconf.Result;
import io.assistconf.Variant;
import io.assistconf.Violation;
import java.util.List;

/**
 * Normalizes and validates a payload as an application on Jackson 2 would, and uses its own Jackson 2 beside
 * assistconf; exits non-zero when either misbehaves.
 */
public final class Main {

    /** An application's Jackson 2 bean. */
    public static final class Greeting {
        @JsonProperty("text")
        public String words;
    }

    public static void main(String[] args) throws Exception {
        String annotations = JsonFormat.class.getPackage().getImplementationVersion();
        expect(args[0].equals(annotations), "Maven resolves jackson-annotations " + args[0] + ", found " + annotations);
        Greeting greeting = new ObjectMapper().readValue("{\"text\": \"hello\"}", Greeting.class);
        expect("hello".equals(greeting.words), "the application's Jackson 2 reads its annotated bean");

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
