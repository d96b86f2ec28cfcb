package io.assistconf;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * A payload to check, in one of the forms a caller may hold it. Text inputs (strings, bytes, streams,
 * files) are JSON, JSON with comments (JSONC) or YAML; their violations carry line and column, and a YAML
 * stream of several documents can be checked document by document ({@link AssistConf#checkDocuments}).
 * Trees ({@link Map}, {@link JsonNode}) are never modified: the canonical payload is always a new tree.
 * Every factory throws a {@link NullPointerException} naming the parameter given null.
 */
public final class Input {

    enum Source { TEXT, STREAM, FILE, MAP, TREE, QUERY_STRING, QUERY_MAP }

    private final Source source;
    private final Object content;
    private final TextFormat format;

    private Input(Source source, Object content, TextFormat format) {
        this.source = source;
        this.content = content;
        this.format = format;
    }

    /**
     * {@return a JSON document}
     *
     * @param text the JSON text
     */
    public static Input json(String text) {
        return new Input(Source.TEXT, utf8(text), TextFormat.JSON);
    }

    /**
     * {@return a YAML document}
     *
     * @param text the YAML text
     */
    public static Input yaml(String text) {
        return new Input(Source.TEXT, utf8(text), TextFormat.YAML);
    }

    /**
     * A JSON or YAML document; JSON when it starts with '{' or '[', else YAML.
     *
     * @param text the JSON or YAML text
     * @return the input
     */
    public static Input text(String text) {
        return new Input(Source.TEXT, utf8(text), null);
    }

    /**
     * {@return UTF-8 bytes of a document in the given format}
     *
     * @param bytes  the document's UTF-8 bytes, read when checked and not copied
     * @param format how the document is written
     */
    public static Input of(byte[] bytes, TextFormat format) {
        return new Input(Source.TEXT, Objects.requireNonNull(bytes, "bytes"), Objects.requireNonNull(format, "format"));
    }

    /**
     * UTF-8 bytes of a JSON or YAML document; JSON when it starts with '{' or '[', else YAML.
     *
     * @param bytes the document's UTF-8 bytes, read when checked and not copied
     * @return the input
     */
    public static Input of(byte[] bytes) {
        return new Input(Source.TEXT, Objects.requireNonNull(bytes, "bytes"), null);
    }

    /**
     * {@return a stream of UTF-8 text in the given format; read up to the document size limit, not closed}
     *
     * @param stream the document's UTF-8 bytes, read when checked
     * @param format how the document is written
     */
    public static Input of(InputStream stream, TextFormat format) {
        return new Input(Source.STREAM, Objects.requireNonNull(stream, "stream"), Objects.requireNonNull(format, "format"));
    }

    /**
     * A file; {@code .yaml} and {@code .yml} files are YAML, {@code .json} files JSON, {@code .jsonc} files
     * JSONC, others sniffed.
     *
     * @param file the file, read when checked
     * @return the input
     */
    public static Input of(Path file) {
        return new Input(Source.FILE, file, formatOf(Objects.requireNonNull(file, "file")));
    }

    /**
     * {@return a file in the given format, whatever its name (a {@code .json} file a caller allows comments in)}
     *
     * @param file   the file, read when checked
     * @param format how the document is written
     */
    public static Input of(Path file, TextFormat format) {
        return new Input(Source.FILE, Objects.requireNonNull(file, "file"), Objects.requireNonNull(format, "format"));
    }

    /**
     * {@return a tree of maps, lists, strings, numbers, booleans and nulls, as a JSON library would produce it}
     *
     * @param tree the payload's top-level object
     */
    public static Input of(Map<String, ?> tree) {
        return new Input(Source.MAP, Objects.requireNonNull(tree, "tree"), null);
    }

    /**
     * {@return a Jackson tree}
     *
     * @param tree the payload
     */
    public static Input of(JsonNode tree) {
        return new Input(Source.TREE, Objects.requireNonNull(tree, "tree"), null);
    }

    /**
     * {@return a raw URL query string such as {@code limit=10&fields=full} (a leading '?' is allowed)}
     *
     * @param rawQuery the query as it appears in the URL, still percent-encoded
     */
    public static Input query(String rawQuery) {
        return new Input(Source.QUERY_STRING, Objects.requireNonNull(rawQuery, "rawQuery"), null);
    }

    /**
     * {@return decoded query parameters: each name with every value it was given, in order}
     *
     * @param parameters each parameter name with its values
     */
    public static Input query(Map<String, ? extends List<String>> parameters) {
        return new Input(Source.QUERY_MAP, Objects.requireNonNull(parameters, "parameters"), null);
    }

    Source source() {
        return source;
    }

    Object content() {
        return content;
    }

    /** The declared format, or null when it is to be sniffed from the content. */
    TextFormat format() {
        return format;
    }

    boolean isQuery() {
        return source == Source.QUERY_STRING || source == Source.QUERY_MAP;
    }

    boolean isText() {
        return source == Source.TEXT || source == Source.STREAM || source == Source.FILE;
    }

    private static byte[] utf8(String text) {
        return Objects.requireNonNull(text, "text").getBytes(StandardCharsets.UTF_8);
    }

    private static TextFormat formatOf(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return TextFormat.YAML;
        }
        if (lower.endsWith(".jsonc")) {
            return TextFormat.JSONC;
        }
        return lower.endsWith(".json") ? TextFormat.JSON : null;
    }
}
