package io.assistconf.lint;

import io.assistconf.Violation;

/**
 * One violation of a run and the file it is in, for callers that show findings their own way.
 *
 * @param file      as reports name it, relative to the working folder; in a file of several documents, the
 *                  lines are the file's
 * @param violation the violation, with its severity as configured
 */
public record LintFinding(String file, Violation violation) {

    /**
     * {@return {@code FILE:LINE:COLUMN: CODE: MESSAGE (at POINTER)}, the severity left to the caller; the file
     * name and pointer escaped as every report escapes them}
     */
    public String located() {
        return ViolationText.unrated(file, violation);
    }
}
