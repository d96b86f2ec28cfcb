package io.assistconf.internal.rules;

import io.assistconf.Catalogue;
import io.assistconf.Code;
import io.assistconf.Kind;
import io.assistconf.Violation;
import io.assistconf.internal.normalize.ChangeList;
import java.util.List;

/**
 * What the rules of one check share: the kind of document, whether the assistant at hand is partial, the
 * catalogue ({@link Catalogue#NONE} when the caller gave none), which values the normalizer filled from a
 * default, and where violations go.
 */
public final class RuleContext {

    private final Kind kind;
    private final boolean partial;
    private final Catalogue catalogue;
    private final ChangeList changes;
    private final List<Violation> out;

    /**
     * The context of a document of the given kind, normalized with the {@code changes} (the defaults it filled
     * among them); an update body is partial.
     */
    RuleContext(Kind kind, Catalogue catalogue, ChangeList changes, List<Violation> out) {
        this(kind, kind == Kind.UPDATE, catalogue, changes, out);
    }

    private RuleContext(Kind kind, boolean partial, Catalogue catalogue, ChangeList changes,
            List<Violation> out) {
        this.kind = kind;
        this.partial = partial;
        this.catalogue = catalogue;
        this.changes = changes;
        this.out = out;
    }

    public Kind kind() {
        return kind;
    }

    /**
     * Whether the assistant may lack fields the stored one holds (an update body, a list item with a
     * reduced field set): a rule whose other field is absent is then skipped.
     */
    public boolean partial() {
        return partial;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    /**
     * Whether the value at the canonical pointer is a default the normalizer filled, not a value given. A scan:
     * rules ask about a pointer or two, and a set of every filled pointer cost a fifth of a small payload's check.
     */
    public boolean filled(String pointer) {
        return changes.defaultedAt(pointer);
    }

    /** This context for assistants with a reduced field set, such as the items of a list response. */
    public RuleContext asPartial() {
        return new RuleContext(kind, true, catalogue, changes, out);
    }

    /** Reports a violation of the code, at its default severity, at a place of the canonical payload. */
    public void report(Code code, String pointer, String message) {
        out.add(code.at(pointer, message));
    }
}
