package io.assistconf.internal.read;

import io.assistconf.Code;
import io.assistconf.Limits;
import io.assistconf.TextFormat;
import io.assistconf.internal.tree.GuardedNodeFactory;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Parses JSON and YAML text into a tree within the configured {@link Limits}. Every failure becomes one
 * located violation whose message is written here: parser messages are never passed on, since they
 * may quote the input (and so a secret).
 */
public final class TextParser {

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]{1,100})\"");

    private final Limits limits;
    private final LimitMessages messages;
    private final ObjectMapper json;
    private final ObjectMapper yaml;
    private final JsonFactory jsonTokens;
    private final GuardedNodeFactory nodes;

    public TextParser(Limits limits) {
        this.limits = limits;
        this.messages = new LimitMessages(limits);
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxDocumentBytes())
                .maxNestingDepth(limits.maxDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .build();
        // JSON is read token by token (NormalizingReader), which catches repeated keys as it inserts them,
        // so the parser need not keep a set of names per object.
        this.jsonTokens = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        int codePoints = (int) Math.min(Integer.MAX_VALUE, limits.maxDocumentBytes());
        YAMLFactory yamlFactory = YAMLFactory.builder()
                .loadSettings(LoadSettings.builder().setCodePointLimit(codePoints).setAllowDuplicateKeys(false)
                        .setMaxAliasesForCollections(50).build())
                .streamReadConstraints(constraints)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        this.nodes = new GuardedNodeFactory(limits);
        this.json = configure(JsonMapper.builder(jsonTokens)).nodeFactory(nodes).build();
        this.yaml = configure(YAMLMapper.builder(yamlFactory)).nodeFactory(nodes).build();
    }

    private static <B extends tools.jackson.databind.cfg.MapperBuilder<?, B>> B configure(B builder) {
        return builder
                .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
    }

    /** The mapper over the parser of a format, with the limits (for JSON, without duplicate detection). */
    public ObjectMapper mapper(TextFormat format) {
        return format == TextFormat.YAML ? yaml : json;
    }

    /** Parses text; {@code format} null means: JSON when it starts with '{' or '[', else YAML. */
    public ReadOutcome parse(byte[] text, TextFormat format) {
        return parse(text, format, null);
    }

    /**
     * Parses text like {@link #parse(byte[], TextFormat)}; a JSON document whose first token the builder
     * accepts is built by it (the document then says {@link Document#built()}).
     */
    public ReadOutcome parse(byte[] text, TextFormat format, TreeBuilder builder) {
        if (text.length > limits.maxDocumentBytes()) {
            return ReadOutcome.failed(Code.LIMIT_EXCEEDED, messages.documentBytesMessage(text.length), 0, 0);
        }
        int start = firstContent(text);
        if (start < 0) {
            return ReadOutcome.failed(Code.EMPTY_DOCUMENT, "the document is empty", 0, 0);
        }
        TextFormat actual = format != null ? format : (text[start] == '{' || text[start] == '[' ? TextFormat.JSON : TextFormat.YAML);
        JsonNode tree;
        boolean built = false;
        try (JsonParser parser = actual == TextFormat.JSON ? jsonTokens.createParser(text) : yaml.createParser(text)) {
            try {
                if (actual == TextFormat.JSON) {
                    JsonToken first = parser.nextToken();
                    if (first == null) {
                        return ReadOutcome.failed(Code.EMPTY_DOCUMENT, "the document is empty", 0, 0);
                    }
                    built = builder != null && builder.accepts(first);
                    tree = built ? builder.build(parser, nodes) : new TokenTreeReader(parser, nodes).value(first);
                } else {
                    tree = yaml.readTree(parser);
                }
                if (tree != null && parser.nextToken() != null) {
                    TokenStreamLocation at = parser.currentTokenLocation();
                    return ReadOutcome.failed(Code.PARSE_ERROR, "unexpected content after the end of the " + actual
                            + " document", at.getLineNr(), at.getColumnNr());
                }
            } catch (TokenTreeReader.DuplicateKey e) {
                return duplicate(e.key, e.location.getLineNr(), e.location.getColumnNr());
            } catch (JacksonException e) {
                return failure(e, e.getLocation() != null ? e.getLocation() : parser.currentLocation(), actual);
            }
        } catch (RuntimeException | StackOverflowError e) {
            return ReadOutcome.failed(Code.PARSE_ERROR, "the document is not well-formed " + actual, 0, 0);
        }
        if (tree == null || tree.isMissingNode()) {
            return ReadOutcome.failed(Code.EMPTY_DOCUMENT, "the document is empty", 0, 0);
        }
        if (actual == TextFormat.YAML && hasLongName(tree)) {
            return ReadOutcome.failed(Code.LIMIT_EXCEEDED, messages.nameLengthMessage(), 0, 0);
        }
        return ReadOutcome.of(new Document(tree, text, actual, built));
    }

    /** A repeated key, named when {@code key} is not null and short enough to quote. */
    private static ReadOutcome duplicate(String key, int line, int column) {
        String which = key != null && key.length() <= 100 && key.indexOf('"') < 0 ? " '" + key + "'" : "";
        return ReadOutcome.failed(Code.DUPLICATE_KEY, "duplicate key" + which + " in the same object", line, column);
    }

    private ReadOutcome failure(JacksonException e, TokenStreamLocation location, TextFormat format) {
        int line = location == null ? 0 : Math.max(0, location.getLineNr());
        int column = location == null || line == 0 ? 0 : Math.max(1, location.getColumnNr());
        Throwable limit = e.getCause() instanceof StreamConstraintsException ? e.getCause() : e;
        String original = limit instanceof JacksonException j && j.getOriginalMessage() != null
                ? j.getOriginalMessage() : "";
        if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException) {
            return ReadOutcome.failed(Code.LIMIT_EXCEEDED, limitMessage(original), line, column);
        }
        if (original.startsWith("Duplicate ")) {
            Matcher name = QUOTED.matcher(original);
            return duplicate(name.find() ? name.group(1) : null, line, column);
        }
        if (e instanceof UnexpectedEndOfInputException) {
            return ReadOutcome.failed(Code.PARSE_ERROR, "the " + format + " document ends too early", line, column);
        }
        return ReadOutcome.failed(Code.PARSE_ERROR, "the document is not well-formed " + format, line, column);
    }

    private String limitMessage(String original) {
        String lower = original.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("nesting depth")) {
            return messages.nestingMessage();
        }
        if (lower.contains("number magnitude")) {
            return messages.numberMagnitudeMessage();
        }
        if (lower.contains("number value length")) {
            return messages.numberLengthMessage();
        }
        if (lower.contains("name length")) {
            return messages.nameLengthMessage();
        }
        if (lower.contains("string value length")) {
            return messages.stringLengthMessage();
        }
        return messages.documentSizeMessage();
    }

    /** Whether a YAML key is longer than the string limit (the YAML parser does not enforce it). */
    private boolean hasLongName(JsonNode tree) {
        java.util.ArrayDeque<JsonNode> pending = new java.util.ArrayDeque<>();
        pending.push(tree);
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            if (node.isObject()) {
                for (String name : node.propertyNames()) {
                    if (name.length() > limits.maxStringLength()) {
                        return true;
                    }
                }
            }
            if (node.isContainer()) {
                node.values().forEach(pending::push);
            }
        }
        return false;
    }

    /** Index of the first byte that is neither white space nor a byte order mark, or -1. */
    private static int firstContent(byte[] text) {
        int i = text.length >= 3 && (text[0] & 0xFF) == 0xEF && (text[1] & 0xFF) == 0xBB && (text[2] & 0xFF) == 0xBF
                ? 3 : 0;
        for (; i < text.length; i++) {
            byte b = text[i];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return i;
            }
        }
        return -1;
    }
}
