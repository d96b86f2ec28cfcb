package io.assistconf;

import java.util.stream.Collectors;

/** Writes {@code docs/errors.md} from {@link Code}: the intro, then one section and table per group. */
final class ErrorsDocument {

    private static final String INTRO = """
            # Violation codes

            <!-- Written from io.assistconf.Code by core's CodeCatalogueTest: edit the enum, not this file. -->

            Every violation carries one of these codes. Codes are stable: a code is never
            renamed or reused for another meaning. The severity given is the default one.
            `pointer` is a JSON Pointer into the canonical payload; `path` is the same place
            as the user wrote it; `line`/`column` are given for text input. Pointer and path
            are exact, except that they stop at the object holding a key that starts with
            the name of a secret field followed by `:` or `=` (such a key carries a secret).

            A message quotes a key or value of the payload only where its code says so, and
            then shortened to 64 characters with an ellipsis, with control characters and
            bidirectional overrides escaped as `\\uXXXX`; it never quotes the value of a
            secret field (`"x-secret": true` in the schemas) nor a key carrying a secret.
            """;

    private ErrorsDocument() {
    }

    static String markdown() {
        StringBuilder out = new StringBuilder(INTRO);
        for (Code.Group group : Code.Group.values()) {
            out.append("\n## ").append(group.title()).append('\n');
            if (!group.description().isEmpty()) {
                out.append(group.description()).append("\n\n");
            }
            boolean keywords = group == Code.Group.SCHEMA;
            out.append(keywords ? "| code | keyword(s) | severity | meaning |\n| --- | --- | --- | --- |\n"
                    : "| code | severity | meaning |\n| --- | --- | --- |\n");
            for (Code code : group.codes()) {
                out.append("| `").append(code.id()).append("` | ");
                if (keywords) {
                    out.append(keywordsCell(code)).append(" | ");
                }
                out.append(code.defaultSeverity().label()).append(" | ").append(code.help()).append(" |\n");
            }
        }
        return out.toString();
    }

    /** The keywords in backquotes; {@code false} is a schema, not a keyword, and no keywords mean the rest. */
    private static String keywordsCell(Code code) {
        if (code.keywords().isEmpty()) {
            return "any other";
        }
        return code.keywords().stream()
                .map(keyword -> keyword.equals("false") ? "`false` schema" : "`" + keyword + "`")
                .collect(Collectors.joining(", "));
    }
}
