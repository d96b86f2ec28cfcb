package io.assistconf.internal.read;

import io.assistconf.Severity;
import io.assistconf.Violation;

/** Either the document read from an input, or the single problem that kept it from being read. */
public record ReadOutcome(Document document, Violation problem) {

    static ReadOutcome of(Document document) {
        return new ReadOutcome(document, null);
    }

    static ReadOutcome failed(String code, String message, int line, int column) {
        return new ReadOutcome(null, new Violation(code, Severity.ERROR, "", "", line, column, message));
    }

    static ReadOutcome failed(String code, String pointer, String message) {
        return new ReadOutcome(null, new Violation(code, Severity.ERROR, pointer, pointer, 0, 0, message));
    }
}
