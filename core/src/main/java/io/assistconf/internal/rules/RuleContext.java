package io.assistconf.internal.rules;

import io.assistconf.Catalogue;
import io.assistconf.Code;
import io.assistconf.Kind;
import io.assistconf.Violation;
import java.util.List;

/**
 * What the rules of one check share: the kind of document, whether the assistant at hand is partial, the
 * catalogue ({@link Catalogue#NONE} when the caller gave none) and where violations go.
 */
public final class RuleContext {

    private final Kind kind;
    private final boolean partial;
    private final Catalogue catalogue;
    private final List<Violation> out;

    /** The context of a document of the given kind; an update body is partial. */
    RuleContext(Kind kind, Catalogue catalogue, List<Violation> out) {
        this(kind, kind == Kind.UPDATE, catalogue, out);
    }

    private RuleContext(Kind kind, boolean partial, Catalogue catalogue, List<Violation> out) {
        this.kind = kind;
        this.partial = partial;
        this.catalogue = catalogue;
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

    /** This context for assistants with a reduced field set, such as the items of a list response. */
    public RuleContext asPartial() {
        return new RuleContext(kind, true, catalogue, out);
    }

    /** Reports a violation of the code, at its default severity, at a place of the canonical payload. */
    public void report(Code code, String pointer, String message) {
        out.add(code.at(pointer, message));
    }
}
