package io.assistconf.conformance;

import java.util.function.Supplier;

/**
 * Defects of core this suite found that are reported but not fixed yet (this module does not change core).
 * While one is listed, the property tests keep away from the inputs that show it, and
 * {@link KnownDefectsTest} checks that it still shows: once core is fixed that test fails, and the entry,
 * with the exclusion that uses it, is to be removed and the fix pinned in {@link FoundDefectsTest} (as were
 * all the defects found so far). None is open.
 *
 * <p>An entry names the defect, summarizes it, and reproduces it: a supplier that returns true while core
 * still shows it, for example
 * {@code NAME("what happens on which input; what is expected", () -> ...check shows it...)}.
 */
enum KnownDefects {
    ;

    private final String summary;
    private final Supplier<Boolean> reproduces;
    private volatile Boolean reproduced;

    KnownDefects(String summary, Supplier<Boolean> reproduces) {
        this.summary = summary;
        this.reproduces = reproduces;
    }

    String summary() {
        return summary;
    }

    /** Whether core still shows the defect (found out once per run). */
    boolean reproduces() {
        Boolean known = reproduced;
        if (known == null) {
            known = reproduces.get();
            reproduced = known;
        }
        return known;
    }
}
