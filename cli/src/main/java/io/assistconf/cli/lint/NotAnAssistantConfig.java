package io.assistconf.cli.lint;

import io.assistconf.AssistConf;
import io.assistconf.Change;
import io.assistconf.Code;
import io.assistconf.Input;
import io.assistconf.Kind;
import io.assistconf.Result;
import io.assistconf.Variant;
import io.assistconf.Violation;
import io.assistconf.cli.ShippedSchemas;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Tells a file that is no assistant config at all ({@code package.json}, a CI workflow) from a broken one,
 * until the library gives that signal itself: the only place that decides it. Today: detection failed with
 * {@code unknown_variant}, the document is an object, and none of its top-level keys is one that any kind
 * of any variant knows, which is found by checking it as each of them and looking for a key that is
 * neither an {@code unknown_property} nor a default filled in. A kind whose schema takes any key as a
 * member of a map (CogSol's error body names each failed field) is left out: any key is one it knows. It
 * costs a check per kind of every variant, paid only by documents whose variant could not be detected.
 */
final class NotAnAssistantConfig {

    /** Why such a file is skipped, as reports say it. */
    static final String REASON = "not an assistant config: no key of any variant";

    /** A variant and one of its kinds. */
    private record Target(Variant variant, Kind kind) {
    }

    private final AssistConf assistconf;
    private final List<Target> targets;

    NotAnAssistantConfig(AssistConf assistconf) {
        this.assistconf = assistconf;
        this.targets = Arrays.stream(Variant.values())
                .flatMap(variant -> assistconf.kinds(variant).stream().map(kind -> new Target(variant, kind)))
                .filter(target -> !takesAnyKey(target.variant(), target.kind()))
                .toList();
    }

    /**
     * @param detected the result of checking the document with its variant detected
     * @param input    the same document again, as often as needed
     */
    boolean test(Result detected, Supplier<Input> input) {
        boolean unknown = detected.variant().isEmpty() && detected.violations().size() == 1
                && detected.violations().get(0).code().equals(Code.UNKNOWN_VARIANT.id());
        if (!unknown) {
            return false;
        }
        boolean object = false;
        for (Target target : targets) {
            Result result = assistconf.check(target.variant(), target.kind(), input.get());
            Optional<JsonNode> canonical = result.canonical();
            if (canonical.isEmpty()) {
                continue; // a kind whose root is an array
            }
            if (!canonical.get().isObject() || knowsAKey(result, canonical.get())) {
                return false;
            }
            object = true;
        }
        return object;
    }

    /** The schema's {@code additionalProperties} is a schema: every key is a member of a map. */
    private static boolean takesAnyKey(Variant variant, Kind kind) {
        return ShippedSchemas.tree(variant, kind).path("additionalProperties").isObject();
    }

    private static boolean knowsAKey(Result result, JsonNode canonical) {
        Set<String> unknown = result.violations().stream().filter(v -> v.code().equals(Code.UNKNOWN_PROPERTY.id()))
                .map(Violation::pointer).collect(Collectors.toSet());
        Set<String> filled = result.changes().stream().filter(change -> change.type() == Change.Type.DEFAULTED)
                .map(Change::pointer).collect(Collectors.toSet());
        for (String name : canonical.propertyNames()) {
            String pointer = "/" + name.replace("~", "~0").replace("/", "~1");
            if (!name.equals("$schema") && !unknown.contains(pointer) && !filled.contains(pointer)) {
                return true;
            }
        }
        return false;
    }
}
