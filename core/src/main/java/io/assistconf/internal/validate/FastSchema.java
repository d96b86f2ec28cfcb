package io.assistconf.internal.validate;

import io.assistconf.Violation;
import io.assistconf.internal.schema.SchemaFiles;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A validator compiled at start-up from the schema documents that answers whether a canonical payload is valid
 * and, when it is not, writes the report itself ({@link #report}), exactly as networknt's errors would be
 * translated. It is the gateway's fast path: networknt is not run at all unless the report passes a bound of
 * errors (or cannot be written); then networknt runs on the {@linkplain #failingPart failing part} and writes
 * the report. So a "valid" answer must be exactly networknt's.
 *
 * <p>{@link FastSchemaCompiler} compiles the keywords the shipped schemas use into {@link CompiledNode}s (a
 * schema with any other keyword gets no fast validator), {@link FastEvaluation} judges a payload,
 * {@link FastReport} reports on an invalid one, {@link FailingPart} prunes one for networknt, and
 * {@link NetworkntNumbers} holds networknt's number rules.
 */
public final class FastSchema {

    /** The part of a payload that can fail, and how many failing values were left out of it. */
    public record Part(JsonNode value, long omittedFailures) {
    }

    private final CompiledNode root;

    private FastSchema(CompiledNode root) {
        this.root = root;
    }

    /** The fast validator of a schema document, or null when the schema uses an unsupported keyword. */
    public static FastSchema compile(SchemaFiles files, String documentId) {
        try {
            return compileOrThrow(files, documentId);
        } catch (FastSchemaCompiler.Unsupported e) {
            return null;
        }
    }

    /** Like {@link #compile}, telling why a schema cannot be compiled. */
    public static FastSchema compileOrThrow(SchemaFiles files, String documentId) {
        return new FastSchema(new FastSchemaCompiler(files).compile(documentId, "", files.document(documentId)));
    }

    /**
     * The violations of a canonical payload, as networknt's errors on it translate to ({@link FastReport}),
     * written without networknt: none when it is valid. Null when it fails in more than {@code maxErrors}
     * places, or when the report cannot be written (an unexpected failure while checking): networknt then
     * reports on the {@linkplain #failingPart failing part}.
     */
    public List<Violation> report(JsonNode instance, ErrorTranslator translator, int maxErrors) {
        try {
            return FastReport.of(root, instance, translator, maxErrors);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * A copy of an invalid payload with only what can fail, for networknt to report on: networknt's errors
     * on it are its errors on the whole payload. The payload itself when pruning fails unexpectedly.
     */
    public JsonNode failingPart(JsonNode instance) {
        return failingPart(instance, Integer.MAX_VALUE).value();
    }

    /**
     * Like {@link #failingPart(JsonNode)}, keeping only the first {@code maxFailing} failing values (see
     * {@link FailingPart}): networknt's errors on it are then some of its errors on the whole payload, at
     * least {@code maxFailing} of them when there are more, and each failing value omitted has one more.
     */
    public Part failingPart(JsonNode instance, int maxFailing) {
        try {
            return FailingPart.of(root, instance, maxFailing);
        } catch (RuntimeException e) {
            return new Part(instance, 0);
        }
    }
}
