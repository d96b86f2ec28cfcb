package io.assistconf;

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
final class TextParser {

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]{1,100})\"");

    private final Limits limits;
    private final ObjectMapper json;
    private final ObjectMapper yaml;
    private final JsonFactory jsonTokens;
    private final GuardedNodeFactory nodes;

    TextParser(Limits limits) {
        this.limits = limits;
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
    ObjectMapper mapper(Format format) {
        return format == Format.YAML ? yaml : json;
    }

    /** Parses text; {@code format} null means: JSON when it starts with '{' or '[', else YAML. */
    ReadOutcome parse(byte[] text, Format format) {
        return parse(text, format, null, null);
    }

    /**
     * Parses text like {@link #parse(byte[], Format)}; a JSON document whose root container {@code shape}
     * accepts is normalized while it is read, and the document carries the {@link Normalization}.
     */
    ReadOutcome parse(byte[] text, Format format, Shape shape, Normalizer.Mode mode) {
        if (text.length > limits.maxDocumentBytes()) {
            return ReadOutcome.failed("limit_exceeded", limits.documentBytesMessage(text.length), 0, 0);
        }
        int start = firstContent(text);
        if (start < 0) {
            return ReadOutcome.failed("empty_document", "the document is empty", 0, 0);
        }
        Format actual = format != null ? format : (text[start] == '{' || text[start] == '[' ? Format.JSON : Format.YAML);
        JsonNode tree;
        Normalization normalized = null;
        try (JsonParser parser = actual == Format.JSON ? jsonTokens.createParser(text) : yaml.createParser(text)) {
            try {
                if (actual == Format.JSON) {
                    JsonToken first = parser.nextToken();
                    if (first == null) {
                        return ReadOutcome.failed("empty_document", "the document is empty", 0, 0);
                    }
                    if (shape != null && first.isStructStart() && shape.hasType(
                            first == JsonToken.START_OBJECT ? JsonType.OBJECT : JsonType.ARRAY)) {
                        normalized = NormalizingReader.read(parser, nodes, shape, mode);
                        tree = normalized.canonical();
                    } else {
                        tree = NormalizingReader.readPlain(parser, nodes);
                    }
                } else {
                    tree = yaml.readTree(parser);
                }
                if (tree != null && parser.nextToken() != null) {
                    TokenStreamLocation at = parser.currentTokenLocation();
                    return ReadOutcome.failed("parse_error", "unexpected content after the end of the " + actual
                            + " document", at.getLineNr(), at.getColumnNr());
                }
            } catch (NormalizingReader.DuplicateKey e) {
                return duplicate(e.key, e.location.getLineNr(), e.location.getColumnNr());
            } catch (JacksonException e) {
                return failure(e, e.getLocation() != null ? e.getLocation() : parser.currentLocation(), actual);
            }
        } catch (RuntimeException | StackOverflowError e) {
            return ReadOutcome.failed("parse_error", "the document is not well-formed " + actual, 0, 0);
        }
        if (tree == null || tree.isMissingNode()) {
            return ReadOutcome.failed("empty_document", "the document is empty", 0, 0);
        }
        if (actual == Format.YAML && hasLongName(tree)) {
            return ReadOutcome.failed("limit_exceeded", limits.nameLengthMessage(), 0, 0);
        }
        return ReadOutcome.of(new Document(tree, text, actual, normalized));
    }

    /** A repeated key, named when {@code key} is not null and short enough to quote. */
    private static ReadOutcome duplicate(String key, int line, int column) {
        String which = key != null && key.length() <= 100 && key.indexOf('"') < 0 ? " '" + key + "'" : "";
        return ReadOutcome.failed("duplicate_key", "duplicate key" + which + " in the same object", line, column);
    }

    private ReadOutcome failure(JacksonException e, TokenStreamLocation location, Format format) {
        int line = location == null ? 0 : Math.max(0, location.getLineNr());
        int column = location == null || line == 0 ? 0 : Math.max(1, location.getColumnNr());
        Throwable limit = e.getCause() instanceof StreamConstraintsException ? e.getCause() : e;
        String original = limit instanceof JacksonException j && j.getOriginalMessage() != null
                ? j.getOriginalMessage() : "";
        if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException) {
            return ReadOutcome.failed("limit_exceeded", limitMessage(original), line, column);
        }
        if (original.startsWith("Duplicate ")) {
            Matcher name = QUOTED.matcher(original);
            return duplicate(name.find() ? name.group(1) : null, line, column);
        }
        if (e instanceof UnexpectedEndOfInputException) {
            return ReadOutcome.failed("parse_error", "the " + format + " document ends too early", line, column);
        }
        return ReadOutcome.failed("parse_error", "the document is not well-formed " + format, line, column);
    }

    private String limitMessage(String original) {
        String lower = original.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("nesting depth")) {
            return limits.nestingMessage();
        }
        if (lower.contains("number magnitude")) {
            return limits.numberMagnitudeMessage();
        }
        if (lower.contains("number value length")) {
            return limits.numberLengthMessage();
        }
        if (lower.contains("name length")) {
            return limits.nameLengthMessage();
        }
        if (lower.contains("string value length")) {
            return limits.stringLengthMessage();
        }
        return limits.documentSizeMessage();
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
