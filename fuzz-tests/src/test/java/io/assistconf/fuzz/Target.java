package io.assistconf.fuzz;

import io.assistconf.Input;
import io.assistconf.Kind;
import io.assistconf.Result;
import io.assistconf.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a check is asked: a variant and kind given, the variant detected for a kind, or both detected. The
 * list's order is what a seed's selector byte indexes ({@code seeds.py} writes the same order).
 */
record Target(Variant variant, Kind kind) {

    static final List<Target> ALL = all();

    private static List<Target> all() {
        List<Target> all = new ArrayList<>();
        for (Variant variant : Variant.values()) {
            for (Kind kind : Invariants.ASSISTCONF.kinds(variant)) {
                all.add(new Target(variant, kind));
            }
        }
        for (Kind kind : Kind.values()) {
            all.add(new Target(null, kind));
        }
        all.add(new Target(null, null));
        return List.copyOf(all);
    }

    /** The target a selector value names; any value names one. */
    static Target of(int selector) {
        return ALL.get(Math.floorMod(selector, ALL.size()));
    }

    Result check(Input input) {
        if (variant != null) {
            return Invariants.ASSISTCONF.check(variant, kind, input);
        }
        return kind != null ? Invariants.ASSISTCONF.check(kind, input) : Invariants.ASSISTCONF.check(input);
    }

    @Override
    public String toString() {
        return Objects.toString(variant, "detected") + "/" + Objects.toString(kind, "detected");
    }
}
