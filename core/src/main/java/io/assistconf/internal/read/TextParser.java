package io.assistconf.internal.read;

import io.assistconf.Code;
import io.assistconf.Limits;
import io.assistconf.TextFormat;
import io.assistconf.internal.tree.GuardedNodeFactory;
import io.assistconf.internal.tree.SecretKeys;
import java.util.Collection;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
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

/**
 * Parses JSON and YAML text into a tree within the configured {@link Limits}. Every failure becomes one
 * located violation whose message is written here: parser messages are never passed on, since they
 * may quote the input (and so a secret).
 */
public final class TextParser {

    private final Limits limits;
    private final LimitMessages messages;
    private final JsonFactory jsonTokens;
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
        // JSON is read token by token (StreamingNormalizer), which catches repeated keys as it inserts them,
        // so the parser need not keep a set of names per object.
        this.jsonTokens = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
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
        EncodingCheck.Problem encoding = EncodingCheck.find(text, start, actual == TextFormat.JSON);
        if (encoding != null) {
            TextPositions positions = new TextPositions(text);
            return ReadOutcome.failed(Code.INVALID_ENCODING, encoding.message(), positions.lineAt(encoding.offset()),
                    positions.columnAt(encoding.offset()));
        }
        return actual == TextFormat.JSON ? parseJson(text, builder) : parseYaml(text);
    }

    private ReadOutcome parseJson(byte[] text, TreeBuilder builder) {
        JsonNode tree;
        boolean built;
        try (JsonParser parser = jsonTokens.createParser(text)) {
            try {
                JsonToken first = parser.nextToken();
                if (first == null) {
                    return ReadOutcome.failed(Code.EMPTY_DOCUMENT, "the document is empty", 0, 0);
                }
                built = builder != null && builder.accepts(first);
                NodeCount count = new NodeCount(limits);
                tree = built ? builder.build(parser, nodes, count)
                        : new TokenTreeReader(parser, nodes, count).value(first);
                if (parser.nextToken() != null) {
                    TokenStreamLocation at = parser.currentTokenLocation();
                    return ReadOutcome.failed(Code.PARSE_ERROR, "unexpected content after the end of the JSON document",
                            at.getLineNr(), new TextPositions(text).columnOf(at));
                }
            } catch (NodeCount.Exceeded e) {
                TokenStreamLocation at = parser.currentTokenLocation();
                return ReadOutcome.failed(Code.LIMIT_EXCEEDED, messages.nodesMessage(), at.getLineNr(),
                        new TextPositions(text).columnOf(at));
            } catch (TokenTreeReader.DuplicateKey e) {
                return duplicate(e.key, e.location.getLineNr(), new TextPositions(text).columnOf(e.location));
            } catch (JacksonException e) {
                return failure(e, e.getLocation() != null ? e.getLocation() : parser.currentLocation(), text);
            }
        } catch (RuntimeException | StackOverflowError e) {
            return ReadOutcome.failed(Code.PARSE_ERROR, "the document is not well-formed JSON", 0, 0);
        }
        return ReadOutcome.of(new Document(tree, text, TextFormat.JSON, built));
    }

    /** Reads a YAML stream of one document. */
    private ReadOutcome parseYaml(byte[] text) {
        try {
            YamlComposer composer = new YamlComposer(text, yamlSettings, limits, yamlScalars, duplicateKeys);
            if (composer.nextDocumentStart() == null) {
                return ReadOutcome.failed(Code.EMPTY_DOCUMENT, "the document is empty", 0, 0);
            }
            JsonNode tree = new YamlTree(nodes).of(composer.nextDocument());
            Mark more = composer.nextDocumentStart();
            if (more != null) {
                return ReadOutcome.failed(Code.PARSE_ERROR, "unexpected content after the end of the YAML document",
                        more.getLine() + 1, more.getColumn() + 1);
            }
            return ReadOutcome.of(new Document(tree, text, TextFormat.YAML, false));
        } catch (YamlComposer.Refused e) {
            return e.at == null ? ReadOutcome.failed(e.code, e.getMessage(), 0, 0)
                    : ReadOutcome.failed(e.code, e.getMessage(), e.at.getLine() + 1, e.at.getColumn() + 1);
        } catch (RuntimeException | StackOverflowError e) {
            return ReadOutcome.failed(Code.PARSE_ERROR, "the document is not well-formed YAML", 0, 0);
        }
    }

    /**
     * Locates the wanted pointers (escaped JSON Pointers in the user's spelling) in the text of a document
     * this parser read; YAML text is composed again, since only a report needs where its values start.
     */
    public PointerLocator locator(Document document, Collection<String> pointers) {
        if (document.format() == TextFormat.JSON) {
            return PointerLocator.json(document.text(), jsonTokens, pointers);
        }
        YamlComposer composer = new YamlComposer(document.text(), yamlSettings, limits, yamlScalars,
                duplicateKeys);
        composer.nextDocumentStart();
        return PointerLocator.yaml(composer.nextDocument(), pointers);
    }

    /** A repeated key. */
    private ReadOutcome duplicate(String key, int line, int column) {
        return ReadOutcome.failed(Code.DUPLICATE_KEY, duplicateKeys.of(key), line, column);
    }

    private ReadOutcome failure(JacksonException e, TokenStreamLocation location, byte[] text) {
        int line = location == null ? 0 : Math.max(0, location.getLineNr());
        int column = location == null || line == 0 ? 0 : Math.max(1, new TextPositions(text).columnOf(location));
        Throwable limit = e.getCause() instanceof StreamConstraintsException ? e.getCause() : e;
        String original = limit instanceof JacksonException j && j.getOriginalMessage() != null
                ? j.getOriginalMessage() : "";
        if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException) {
            return ReadOutcome.failed(Code.LIMIT_EXCEEDED, limitMessage(original), line, column);
        }
        if (e instanceof UnexpectedEndOfInputException) {
            return ReadOutcome.failed(Code.PARSE_ERROR, "the JSON document ends too early", line, column);
        }
        return ReadOutcome.failed(Code.PARSE_ERROR, "the document is not well-formed JSON", line, column);
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
