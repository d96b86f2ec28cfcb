package io.assistconf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** Shared helpers for the core tests. */
final class Checks {

    static final AssistConf LENIENT = AssistConf.create();
    static final AssistConf STRICT = AssistConf.builder().strict(true).build();

    private Checks() {
    }

    static Result freddy(Kind kind, String json) {
        return LENIENT.check(Variant.FREDDY, kind, Input.json(json));
    }

    static JsonNode canonical(Result result) {
        return result.canonical().orElseThrow();
    }

    /** The single violation with the given code; fails when there is none or several. */
    static Violation only(Result result, String code) {
        List<Violation> matching = result.violations().stream().filter(v -> v.code().equals(code)).toList();
        assertThat(matching).as("violations with code %s in %s", code, result.violations()).hasSize(1);
        return matching.get(0);
    }

    static List<String> codes(Result result) {
        return result.violations().stream().map(Violation::code).toList();
    }
}
