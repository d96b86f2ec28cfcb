package io.assistconf.lint;

import io.assistconf.ShownText;
import io.assistconf.Violation;
import tools.jackson.databind.node.ObjectNode;

/** How every report of assistconf writes one violation: a text line, and the members of a JSON object. */
public final class ViolationText {

    private ViolationText() {
    }

    /**
     * {@code FILE:LINE:COLUMN: SEVERITY CODE: MESSAGE (at POINTER)}; without {@code LINE:COLUMN:} when the
     * place in the text is unknown and without {@code (at POINTER)} when the violation is about the whole
     * document. File name and pointer are {@link ShownText}; the library writes messages so.
     *
     * @param name      the file's name as reports show it
     * @param violation the violation to write
     * @return the line, without a line break
     */
    public static String line(String name, Violation violation) {
        return place(name, violation) + ' ' + violation.severity().label() + ' ' + coded(violation);
    }

    /** {@link #line} without the severity, for logs that show it their own way. */
    static String unrated(String name, Violation violation) {
        return place(name, violation) + ' ' + coded(violation);
    }

    /**
     * Writes one violation's members into {@code out}: code, severity, pointer, path, line, column, message.
     * Line and column are null when the place in the text is unknown.
     *
     * @param out       the JSON object to add the members to
     * @param violation the violation to write
     */
    public static void json(ObjectNode out, Violation violation) {
        out.put("code", violation.code());
        out.put("severity", violation.severity().label());
        out.put("pointer", violation.pointer());
        out.put("path", violation.path());
        if (violation.hasLocation()) {
            out.put("line", violation.line());
            out.put("column", violation.column());
        } else {
            out.putNull("line");
            out.putNull("column");
        }
        out.put("message", violation.message());
    }

    private static String place(String name, Violation violation) {
        StringBuilder place = new StringBuilder(ShownText.fileName(name)).append(':');
        if (violation.hasLocation()) {
            place.append(violation.line()).append(':').append(violation.column()).append(':');
        }
        return place.toString();
    }

    private static String coded(Violation violation) {
        String coded = violation.code() + ": " + violation.message();
        return violation.pointer().isEmpty() ? coded : coded + " (at " + ShownText.pointer(violation.pointer()) + ')';
    }
}
