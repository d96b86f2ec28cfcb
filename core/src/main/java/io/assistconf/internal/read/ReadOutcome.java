package io.assistconf.internal.read;

import io.assistconf.Code;
import io.assistconf.Violation;

/** Either the document read from an input, or the single problem that kept it from being read. */
public record ReadOutcome(Document document, Violation problem) {

    static ReadOutcome of(Document document) {
        return new ReadOutcome(document, null);
    }

    static ReadOutcome failed(Code code, String message, int line, int column) {
        return new ReadOutcome(null, code.violation("", "", line, column, message));
    }

    static ReadOutcome failed(Code code, String pointer, String message) {
        return new ReadOutcome(null, code.at(pointer, message));
    }
}
