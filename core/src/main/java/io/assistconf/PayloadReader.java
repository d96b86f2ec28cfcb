package io.assistconf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns any {@link Input} into a {@link Document} the checker owns, or into the problem that prevents it. */
final class PayloadReader {

    private final Limits limits;
    private final TextParser parser;
    private final TreeCopier copier;

    PayloadReader(Limits limits) {
        this.limits = limits;
        this.parser = new TextParser(limits);
        this.copier = new TreeCopier(limits);
    }

    TextParser parser() {
        return parser;
    }

    ReadOutcome read(Input input) {
        return read(input, null, null);
    }

    /**
     * Reads the input; JSON text whose root {@code shape} accepts is normalized while it is read (see
     * {@link TextParser#parse(byte[], Format, Shape, Normalizer.Mode)}).
     */
    ReadOutcome read(Input input, Shape shape, Normalizer.Mode mode) {
        return switch (input.source()) {
            case TEXT -> parser.parse((byte[]) input.content(), input.format(), shape, mode);
            case STREAM -> readStream((InputStream) input.content(), input.format(), shape, mode);
            case FILE -> readFile((Path) input.content(), input.format(), shape, mode);
            case MAP, TREE -> copyTree(input.content());
            case QUERY_STRING -> readQuery((String) input.content());
            case QUERY_MAP -> copyTree(singleValues((Map<?, ?>) input.content()));
        };
    }

    private ReadOutcome readStream(InputStream stream, Format format, Shape shape, Normalizer.Mode mode) {
        try {
            byte[] text = stream.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes() + 1));
            return parser.parse(text, format, shape, mode);
        } catch (IOException e) {
            return ReadOutcome.failed("unreadable_input", "the input could not be read", 0, 0);
        }
    }

    private ReadOutcome readFile(Path file, Format format, Shape shape, Normalizer.Mode mode) {
        try {
            if (!Files.exists(file)) {
                return ReadOutcome.failed("unreadable_input", "no such file", 0, 0);
            }
            if (!Files.isRegularFile(file)) {
                return ReadOutcome.failed("unreadable_input", "not a regular file", 0, 0);
            }
            long size = Files.size(file);
            if (size > limits.maxDocumentBytes()) {
                return ReadOutcome.failed("limit_exceeded", limits.documentBytesMessage(size), 0, 0);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return readStream(in, format, shape, mode);
            }
        } catch (IOException | SecurityException e) {
            return ReadOutcome.failed("unreadable_input", "the file could not be read", 0, 0);
        }
    }

    private ReadOutcome readQuery(String raw) {
        if (raw.length() > limits.maxDocumentBytes()) {
            return ReadOutcome.failed("limit_exceeded", "the query string is longer than the limit of "
                    + limits.maxDocumentBytes() + " bytes", 0, 0);
        }
        try {
            return copyTree(singleValues(QueryString.parse(raw)));
        } catch (IllegalArgumentException e) {
            return ReadOutcome.failed("parse_error", "the query string has a malformed percent escape", 0, 0);
        }
    }

    private ReadOutcome copyTree(Object tree) {
        try {
            return ReadOutcome.of(Document.ofTree(copier.copy(tree)));
        } catch (TreeCopier.Refused e) {
            return ReadOutcome.failed(e.code, e.pointer, e.getMessage());
        }
    }

    /** A parameter given once becomes a plain value; one given several times stays a list. */
    private static Map<Object, Object> singleValues(Map<?, ?> parameters) {
        Map<Object, Object> values = new LinkedHashMap<>();
        parameters.forEach((name, list) -> {
            List<?> given = (List<?>) list;
            values.put(name, given.size() == 1 ? given.get(0) : given);
        });
        return values;
    }
}
