package consumer;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.assistconf.AssistConf;

/**
 * A Spring Boot 3 style application: its Jackson 2 BOM holds jackson-annotations at the BOM's version, too old
 * for the Jackson 3 inside assistconf. Creating assistconf must fail with the documented exception, naming
 * what to add; exits non-zero otherwise.
 */
public final class Main {

    public static void main(String[] args) throws Exception {
        String bomVersion = args[0];
        String needed = args[1];
        String annotations = JsonFormat.class.getPackage().getImplementationVersion();
        expect(bomVersion.equals(annotations), "the BOM holds jackson-annotations at " + bomVersion + ", found "
                + annotations);
        expect(new ObjectMapper().readTree("{\"app\": 1}").get("app").asInt() == 1, "the application's Jackson 2 works");
        try {
            AssistConf.create();
            expect(false, "AssistConf.create() must refuse jackson-annotations " + annotations);
        } catch (IllegalStateException expected) {
            String message = expected.getMessage();
            System.out.println("AssistConf.create() said: " + message);
            expect(message.contains("com.fasterxml.jackson.core:jackson-annotations")
                    && message.contains(needed + " or later") && message.contains(annotations),
                    "the message names the artifact, the version to add and the one found");
        }
    }

    private static void expect(boolean condition, String what) {
        if (!condition) {
            System.err.println("FAILED: " + what);
            System.exit(1);
        }
    }
}
