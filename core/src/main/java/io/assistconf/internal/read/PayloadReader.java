package io.assistconf.internal.read;

import io.assistconf.Code;
import io.assistconf.Limits;
import io.assistconf.TextFormat;
import io.assistconf.internal.tree.GuardedNodeFactory;
import io.assistconf.internal.tree.Pointers;
import io.assistconf.internal.tree.SecretKeys;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what a caller gives (text, stream, file, tree, query) into a {@link Document} the checker owns, or
 * into the problem that prevents it.
 */
public final class PayloadReader {

    private final Limits limits;
    private final LimitMessages messages;
    private final TextParser parser;
    private final GuardedNodeFactory nodes;
    private final SecretKeys secretKeys;

    /** A reader within the limits; no problem it reports shows a key that carries a secret. */
    public PayloadReader(Limits limits, SecretKeys secretKeys) {
        this.limits = limits;
        this.messages = new LimitMessages(limits);
        this.parser = new TextParser(limits, secretKeys);
        this.nodes = new GuardedNodeFactory(limits);
        this.secretKeys = secretKeys;
    }

    public TextParser parser() {
        return parser;
    }

    /**
     * Reads text; JSON text whose first token the builder accepts is built by it (see
     * {@link TextParser#parse(byte[], TextFormat, TreeBuilder)}). A null format is sniffed, a null builder
     * builds nothing.
     */
    public ReadOutcome readText(byte[] text, TextFormat format, TreeBuilder builder) {
        return parser.parse(text, format, builder);
    }

    /** Reads a stream up to the document size limit, as {@link #readText}; the stream is not closed. */
    public ReadOutcome readStream(InputStream stream, TextFormat format, TreeBuilder builder) {
        Bytes bytes = bytes(stream);
        return bytes.problem() != null ? bytes.problem() : parser.parse(bytes.text(), format, builder);
    }

    /** Reads a file, as {@link #readText}. */
    public ReadOutcome readFile(Path file, TextFormat format, TreeBuilder builder) {
        Bytes bytes = bytes(file);
        return bytes.problem() != null ? bytes.problem() : parser.parse(bytes.text(), format, builder);
    }

    /** The documents of a stream, as {@link TextParser#documents} reads them. */
    public DocumentStream documents(InputStream stream, TextFormat format, TreeBuilder builder) {
        Bytes bytes = bytes(stream);
        return bytes.problem() != null ? DocumentStream.of(bytes.problem())
                : parser.documents(bytes.text(), format, builder);
    }

    /** The documents of a file, as {@link TextParser#documents} reads them. */
    public DocumentStream documents(Path file, TextFormat format, TreeBuilder builder) {
        Bytes bytes = bytes(file);
        return bytes.problem() != null ? DocumentStream.of(bytes.problem())
                : parser.documents(bytes.text(), format, builder);
    }

    /** The bytes of an input, or the problem that kept them from being read. */
    private record Bytes(byte[] text, ReadOutcome problem) {
    }

    /** Reads up to one byte past the document size limit, so that the parser can tell a text past it. */
    private Bytes bytes(InputStream stream) {
        try {
            return new Bytes(stream.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes() + 1)),
                    null);
        } catch (IOException | UncheckedIOException e) {
            return new Bytes(null, ReadOutcome.failed(Code.UNREADABLE_INPUT, "the input could not be read", 0, 0));
        }
    }

    private Bytes bytes(Path file) {
        try {
            BasicFileAttributes attributes; // one look at the file: a lint reads thousands
            try {
                attributes = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                return new Bytes(null, ReadOutcome.failed(Code.UNREADABLE_INPUT, "no such file", 0, 0));
            }
            if (!attributes.isRegularFile()) {
                return new Bytes(null, ReadOutcome.failed(Code.UNREADABLE_INPUT, "not a regular file", 0, 0));
            }
            long size = attributes.size();
            if (size > limits.maxDocumentBytes()) {
                return new Bytes(null, ReadOutcome.failed(Code.LIMIT_EXCEEDED, messages.documentBytesMessage(size), 0,
                        0));
            }
            try (InputStream in = Files.newInputStream(file)) {
                return bytes(in);
            }
        } catch (IOException | SecurityException e) {
            return new Bytes(null, ReadOutcome.failed(Code.UNREADABLE_INPUT, "the file could not be read", 0, 0));
        }
    }

    /** Reads a raw query string into an object of its parameters. */
    public ReadOutcome readQuery(String raw) {
        if (raw.length() > limits.maxDocumentBytes()) {
            return ReadOutcome.failed(Code.LIMIT_EXCEEDED, "the query string is longer than the limit of "
                    + limits.maxDocumentBytes() + " bytes", 0, 0);
        }
        try {
            return readTree(QueryString.parse(raw, limits.maxNodes()));
        } catch (IllegalArgumentException e) {
            return ReadOutcome.failed(Code.PARSE_ERROR, "the query string has a malformed percent escape", 0, 0);
        }
    }

    /**
     * Reads decoded query parameters (each name with the list of its values) into an object. Parameters past
     * the value limit are not looked at: the object of the first ones is already past it.
     */
    public ReadOutcome readQuery(Map<?, ?> parameters) {
        for (Map.Entry<?, ?> parameter : parameters.entrySet()) {
            if (!(parameter.getValue() instanceof List<?> values) || values.isEmpty()) {
                String pointer = parameter.getKey() instanceof String name ? secretKeys.hide(Pointers.append("", name))
                        : "";
                return ReadOutcome.failed(Code.UNSUPPORTED_VALUE, pointer,
                        "a query parameter needs a list of at least one value");
            }
        }
        return readTree(singleValues(parameters));
    }

    /** Copies a caller's tree ({@code Map} or {@code JsonNode}) within the limits. */
    public ReadOutcome readTree(Object tree) {
        try {
            return ReadOutcome.of(Document.ofTree(new TreeCopier(limits, messages, nodes).copy(tree)));
        } catch (TreeCopier.Refused e) {
            return ReadOutcome.failed(e.code, secretKeys.hide(e.pointer), e.getMessage());
        }
    }

    /**
     * A parameter given once becomes a plain value; one given several times stays a list. Only the first
     * {@link Limits#maxNodes()} parameters are taken: with the object holding them, they are past the limit.
     */
    private Map<Object, Object> singleValues(Map<?, ?> parameters) {
        Map<Object, Object> values = new LinkedHashMap<>();
        for (Map.Entry<?, ?> parameter : parameters.entrySet()) {
            if (values.size() == limits.maxNodes()) {
                break;
            }
            List<?> given = (List<?>) parameter.getValue();
            values.put(parameter.getKey(), given.size() == 1 ? given.get(0) : given);
        }
        return values;
    }
}
