package io.assistconf.lint;

import io.assistconf.Kind;
import io.assistconf.ShownText;
import io.assistconf.Variant;

/**
 * The variant and kind of a document and what decided each. Before the check it holds what the command
 * line and the config file give, null where the document is to decide; after it, what the document was
 * checked as (the variant stays null when detection failed).
 *
 * @param glob the config glob that gave the variant or kind, or null
 */
record Decision(Variant variant, Decided variantBy, Kind kind, Decided kindBy, String glob) {

    /** Nothing given: the document decides both. */
    static final Decision NONE = new Decision(null, null, null, null, null);

    /**
     * How the text report says it: {@code (detected)} when one thing decided both, else {@code (variant
     * detected, kind default)}.
     */
    String label() {
        if (variantBy == kindBy) {
            return "(" + label(variantBy) + ")";
        }
        return "(variant " + label(variantBy) + ", kind " + label(kindBy) + ")";
    }

    private String label(Decided decided) {
        return decided == Decided.CONFIG ? decided.label() + " '" + ShownText.quote(glob) + "'" : decided.label();
    }
}
