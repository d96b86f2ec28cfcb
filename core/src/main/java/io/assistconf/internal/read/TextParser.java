package io.assistconf.internal.read;

import io.assistconf.Code;
import io.assistconf.Limits;
import io.assistconf.TextFormat;
import io.assistconf.internal.tree.GuardedNodeFactory;
import io.assistconf.internal.tree.SecretKeys;
import java.util.Collection;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;

/**
 * Parses JSON, JSONC and YAML text into trees within the configured {@link Limits}. Every failure becomes one
 * located violation whose message is written here: parser messages are never passed on, since they
 * may quote the input (and so a secret). A repeated key does not end the read: the tree keeps its last
 * value, and the document carries a {@code duplicate_key} violation for it.
 */
public final class TextParser {

    private final Limits limits;
    private final LimitMessages messages;
    private final JsonFactory jsonTokens;
    private final JsonFactory jsoncTokens;
    private final GuardedNodeFactory nodes;
    private final LoadSettings yamlSettings;
    private final YamlScalars yamlScalars;
    private final DuplicateKeyMessage duplicateKeys;

    /** A parser within the limits; a repeated key that carries a secret is reported without showing it. */
    public TextParser(Limits limits, SecretKeys secretKeys) {
        this.limits = limits;
        this.messages = new LimitMessages(limits);
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxDocumentBytes())
                .maxNestingDepth(limits.maxDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxNameLength())
                .maxNumberLength(limits.maxNumberLength())
                .build();
        // JSON is read token by token (StreamingNormalizer, TokenTreeReader), which catches repeated keys as
        // it inserts them, so the parser need not keep a set of names per object.
        this.jsonTokens = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        this.jsoncTokens = jsonTokens.rebuild().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build();
        this.nodes = new GuardedNodeFactory(limits);
        int codePoints = (int) Math.min(Integer.MAX_VALUE, limits.maxDocumentBytes());
        this.yamlSettings = LoadSettings.builder().setCodePointLimit(codePoints).build();
        this.yamlScalars = new YamlScalars(limits, nodes);
        this.duplicateKeys = new DuplicateKeyMessage(secretKeys);
    }

    /** Parses text; {@code format} null means: JSON when it starts with '{' or '[', else YAML. */
    public ReadOutcome parse(byte[] text, TextFormat format) {
        return parse(text, format, null);
    }

    /**
     * Parses one document like {@link #parse(byte[], TextFormat)}; a JSON document whose first token the
     * builder accepts is built by it (the document then says {@link Document#built()}), unless it repeats a
     * key: it is then read again as a tree, which keeps the last value. A YAML stream with a second
     * document that has content is a parse error there.
     */
    public ReadOutcome parse(byte[] text, TextFormat format, TreeBuilder builder) {
        ReadOutcome refused = refused(text, format);
        if (refused != null) {
            return refused;
        }
        TextFormat actual = formatOf(text, format);
        if (actual != TextFormat.YAML) {
            return parseJson(text, builder, actual);
        }
        YamlDocuments documents = yaml(text);
        ReadOutcome first = documents.next();
        if (first.problem() != null) {
            return first;
        }
        ReadOutcome more = documents.another();
        return more == null ? first : more;
    }

    /**
     * The documents of a text, each read as {@link #parse(byte[], TextFormat, TreeBuilder)} reads one: those
     * of a YAML stream one at a time, from one parse of the text, within limits that bound the whole stream;
     * a JSON text holds one, which the builder (or null) may build.
     */
    public DocumentStream documents(byte[] text, TextFormat format, TreeBuilder builder) {
        ReadOutcome refused = refused(text, format);
        if (refused != null) {
            return DocumentStream.of(refused);
        }
        TextFormat actual = formatOf(text, format);
        return actual == TextFormat.YAML ? yaml(text) : DocumentStream.of(parseJson(text, builder, actual));
    }

    /** The problem of a text too large, empty, or not well-formed UTF-8 (located), or null. */
    private ReadOutcome refused(byte[] text, TextFormat format) {
        if (text.length > limits.maxDocumentBytes()) {
            return ReadOutcome.failed(Code.LIMIT_EXCEEDED, messages.documentBytesMessage(text.length), 0, 0);
        }
        int start = firstContent(text);
        if (start < 0) {
            return ReadOutcome.failed(Code.EMPTY_DOCUMENT, "the document is empty", 0, 0);
        }
        EncodingCheck.Problem encoding = EncodingCheck.find(text, start, formatOf(text, format) != TextFormat.YAML);
        if (encoding == null) {
            return null;
        }
        TextPositions positions = new TextPositions(text);
        return ReadOutcome.failed(Code.INVALID_ENCODING, encoding.message(), positions.lineAt(encoding.offset()),
                positions.columnAt(encoding.offset()));
    }

    private static TextFormat formatOf(byte[] text, TextFormat format) {
        if (format != null) {
            return format;
        }
        int start = firstContent(text);
        return text[start] == '{' || text[start] == '[' ? TextFormat.JSON : TextFormat.YAML;
    }

    private JsonFactory tokens(TextFormat format) {
        return format == TextFormat.JSONC ? jsoncTokens : jsonTokens;
    }

    private ReadOutcome parseJson(byte[] text, TreeBuilder builder, TextFormat format) {
        if (builder != null) {
            try {
                return readJson(text, builder, format);
            } catch (TokenTreeReader.DuplicateKey e) {
                // A repeated key: read as a tree, which keeps the last value and notes each repetition (D9).
            }
        }
        return readJson(text, null, format);
    }

    private ReadOutcome readJson(byte[] text, TreeBuilder builder, TextFormat format) {
        JsonNode tree;
        boolean built;
        RepeatedJsonKeys repeated = new RepeatedJsonKeys();
        try (JsonParser parser = tokens(format).createParser(text)) {
            try {
                JsonToken first = parser.nextToken();
                if (first == null) {
                    return ReadOutcome.failed(Code.EMPTY_DOCUMENT, "the document is empty", 0, 0);
                }
                built = builder != null && builder.accepts(first);
                NodeCount count = new NodeCount(limits);
                tree = built ? builder.build(parser, nodes, count)
                        : new TokenTreeReader(parser, nodes, count, repeated).value(first);
                if (parser.nextToken() != null) {
                    TokenStreamLocation at = parser.currentTokenLocation();
                    return ReadOutcome.failed(Code.PARSE_ERROR, JsonSyntax.AFTER_THE_END, at.getLineNr(),
                            new TextPositions(text).columnOf(at));
                }
            } catch (NodeCount.Exceeded e) {
                TokenStreamLocation at = parser.currentTokenLocation();
                return ReadOutcome.failed(Code.LIMIT_EXCEEDED, e.message(messages), at.getLineNr(),
                        new TextPositions(text).columnOf(at));
            } catch (JacksonException e) {
                return failure(e, e.getLocation() != null ? e.getLocation() : parser.currentLocation(), text, format);
            }
        } catch (TokenTreeReader.DuplicateKey e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            return ReadOutcome.failed(Code.PARSE_ERROR, "the document is not well-formed JSON", 0, 0);
        }
        return ReadOutcome.of(new Document(tree, text, format, null, built,
                repeated.violations(text, tokens(format), duplicateKeys)));
    }

    /** A YAML stream of documents. */
    private YamlDocuments yaml(byte[] text) {
        return new YamlDocuments(text, new YamlComposer(text, yamlSettings, limits, yamlScalars, duplicateKeys),
                new YamlTree(nodes));
    }

    /**
     * Locates the wanted pointers (escaped JSON Pointers in the user's spelling) in the text of a document
     * this parser read: JSON by one more token pass, YAML in the document as composed when it was read.
     */
    public PointerLocator locator(Document document, Collection<String> pointers) {
        return document.format() == TextFormat.YAML ? PointerLocator.yaml(document.composed(), pointers)
                : PointerLocator.json(document.text(), tokens(document.format()), pointers,
                        !document.repeatedKeys().isEmpty());
    }

    private ReadOutcome failure(JacksonException e, TokenStreamLocation location, byte[] text, TextFormat format) {
        int line = location == null ? 0 : Math.max(0, location.getLineNr());
        int column = location == null || line == 0 ? 0 : Math.max(1, new TextPositions(text).columnOf(location));
        Throwable limit = e.getCause() instanceof StreamConstraintsException ? e.getCause() : e;
        String original = limit instanceof JacksonException j && j.getOriginalMessage() != null
                ? j.getOriginalMessage() : "";
        if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException) {
            return ReadOutcome.failed(Code.LIMIT_EXCEEDED, limitMessage(original), line, column);
        }
        JsonSyntax.Problem problem = JsonSyntax.find(text, firstContent(text), format == TextFormat.JSONC);
        if (problem == null) {
            return ReadOutcome.failed(Code.PARSE_ERROR, "the document is not well-formed JSON", line, column);
        }
        TextPositions positions = new TextPositions(text);
        return ReadOutcome.failed(Code.PARSE_ERROR, problem.message(), positions.lineAt(problem.offset()),
                positions.columnAt(problem.offset()));
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
