package io.assistconf.fuzz;

import io.assistconf.AssistConf;
import io.assistconf.Code;
import io.assistconf.Input;
import io.assistconf.Result;
import io.assistconf.Violation;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * What every result of every target must satisfy: only catalogued codes and never {@code internal_error}, a
 * verdict that matches its errors, no planted secret in any message, pointer or path, and a canonical payload
 * that normalizes to itself and, when valid, validates again.
 */
final class Invariants {

    static final AssistConf ASSISTCONF = AssistConf.create();
    private static final Set<String> CODES = Arrays.stream(Code.values()).map(Code::id)
            .collect(Collectors.toUnmodifiableSet());

    private Invariants() {
    }

    /** Compiles every schema, which each check does on first use, so that no timed check pays for it. */
    static void compileSchemas() {
        for (io.assistconf.Variant variant : io.assistconf.Variant.values()) {
            for (io.assistconf.Kind kind : ASSISTCONF.kinds(variant)) {
                ASSISTCONF.check(variant, kind, Input.json("{}"));
            }
        }
    }

    /** The result's own invariants; {@code secrets} are values that must appear in no violation. */
    static Result sane(Result result, Collection<String> secrets, String input) {
        sane(result.violations(), secrets, input);
        if (result.valid() != result.errors().isEmpty()) {
            throw new AssertionError("valid() is " + result.valid() + " with errors " + result.errors() + " for " + input);
        }
        return result;
    }

    /** Only catalogued codes, never {@code internal_error}, no secret shown. */
    static void sane(Collection<Violation> violations, Collection<String> secrets, String input) {
        for (Violation violation : violations) {
            require(CODES.contains(violation.code()), "an uncatalogued code", violation, input);
            require(!violation.code().equals(Code.INTERNAL_ERROR.id()), "internal_error", violation, input);
            for (String secret : secrets) {
                require(!violation.message().contains(secret) && !violation.pointer().contains(secret)
                        && !violation.path().contains(secret), "a secret value shown", violation, input);
            }
        }
    }

    /**
     * Checks the canonical payload again, as a tree of the variant and kind the result names: no change, the
     * same payload, and valid again when the first check was.
     */
    static void idempotent(Result first, String input) {
        if (first.canonical().isEmpty() || first.variant().isEmpty()) {
            return;
        }
        JsonNode canonical = first.canonical().orElseThrow();
        Result second = sane(ASSISTCONF.check(first.variant().orElseThrow(), first.kind(), Input.of(canonical)),
                Set.of(), input);
        if (!second.changes().isEmpty()) {
            throw new AssertionError("normalizing the canonical payload again changed " + second.changes() + "; input "
                    + input + ", canonical " + canonical);
        }
        String text = first.canonicalJson().orElseThrow();
        if (!second.canonicalJson().orElseThrow().equals(text)) {
            throw new AssertionError("the canonical payload of the canonical payload differs: " + text + " became "
                    + second.canonicalJson().orElseThrow() + "; input " + input);
        }
        if (first.valid() && !second.valid()) {
            throw new AssertionError("the canonical payload of a valid input is invalid: " + second.errors()
                    + "; input " + input + ", canonical " + canonical);
        }
    }

    private static void require(boolean holds, String what, Violation violation, String input) {
        if (!holds) {
            throw new AssertionError(what + ": " + violation + " for input " + input);
        }
    }
}
