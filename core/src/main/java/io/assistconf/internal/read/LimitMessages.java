package io.assistconf.internal.read;

import io.assistconf.Limits;

/** The messages of {@code limit_exceeded}, one per limit, shared by the parsers and the tree copy. */
public final class LimitMessages {

    private final Limits limits;

    public LimitMessages(Limits limits) {
        this.limits = limits;
    }

    public String nestingMessage() {
        return "the document nests deeper than the limit of " + limits.maxDepth() + " levels";
    }

    public String documentBytesMessage(long bytes) {
        return "the document has " + bytes + " bytes, more than the limit of " + limits.maxDocumentBytes();
    }

    public String documentSizeMessage() {
        return "the document is larger than the limit of " + limits.maxDocumentBytes() + " bytes";
    }

    public String nodesMessage() {
        return "the document has more than the limit of " + limits.maxNodes() + " values";
    }

    public String aliasExpansionMessage() {
        return "the document, its aliases expanded, has more than the limit of " + limits.maxNodes() + " values";
    }

    public String stringLengthMessage() {
        return "a string is longer than the limit of " + limits.maxStringLength() + " characters";
    }

    public String nameLengthMessage() {
        return "a property name is longer than the limit of " + limits.maxNameLength() + " characters";
    }

    public String nameCharactersMessage() {
        return "the property names of the document hold more than the limit of " + limits.maxNameCharacters()
                + " characters";
    }

    public String numberLengthMessage() {
        return "a number is longer than the limit of " + limits.maxNumberLength() + " characters";
    }

    public String numberMagnitudeMessage() {
        return "a number has more than " + limits.maxNumberLength() + " digits written out in full";
    }
}
