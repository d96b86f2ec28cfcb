package io.assistconf.internal.rules;

import io.assistconf.Variant;
import java.util.EnumMap;
import java.util.Map;

/**
 * The cross-field rules of each variant: one line per variant that has any. A variant's rules are one
 * {@link Rules} class implementing the hooks of the kinds it has rules for.
 */
public final class RuleRegistry {

    private static final Map<Variant, Rules> RULES = new EnumMap<>(Map.of(
            Variant.FREDDY, new FreddyRules(),
            Variant.COGSOL, new CogsolRules(),
            Variant.BURKI, new BurkiRules()));

    private RuleRegistry() {
    }

    /** The rules of a variant; {@link Rules#NONE} when its documentation states none. */
    public static Rules of(Variant variant) {
        return RULES.getOrDefault(variant, Rules.NONE);
    }
}
