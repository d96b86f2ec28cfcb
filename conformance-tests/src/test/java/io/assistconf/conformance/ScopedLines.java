package io.assistconf.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a {@code doc-coverage/*.txt} listing: {@code [scope]} headings, {@code #} comments and blank
 * lines aside, each remaining line with the scope it stands under and its line number.
 */
record ScopedLines(String scope, String text, int number) {

    /** @param file the listing's name, for the message when a line stands before any {@code [scope]} */
    static List<ScopedLines> of(String listing, String file) {
        String[] lines = listing.split("\n");
        List<ScopedLines> out = new ArrayList<>();
        String scope = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                scope = line.substring(1, line.length() - 1);
            } else if (scope == null) {
                throw new IllegalStateException(file + " line " + (i + 1) + ": a line before any [scope]");
            } else {
                out.add(new ScopedLines(scope, line, i + 1));
            }
        }
        return out;
    }
}
