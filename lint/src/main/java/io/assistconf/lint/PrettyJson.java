package io.assistconf.lint;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON as the command prints it: two-space indentation, {@code "name": value}, one array element per line,
 * {@code []} and {@code {}}.
 */
public final class PrettyJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(printer())
            .build();

    private PrettyJson() {
    }

    /** {@return a new empty object to fill and print} */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /**
     * {@return the tree as the command prints it, without a final line break}
     *
     * @param tree the JSON to print
     */
    public static String of(JsonNode tree) {
        return MAPPER.writeValueAsString(tree);
    }

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
}
