package io.assistconf.internal.validate;

import io.assistconf.Violation;
import io.assistconf.internal.schema.SchemaFiles;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A validator compiled at start-up from the schema documents that answers one question: is this canonical
 * payload valid? It is the gateway's fast path: when it says valid, networknt is not run at all; when it
 * says invalid, it writes the report itself ({@link #violations}), exactly as networknt's errors would be
 * translated; past a bound of errors (or when it cannot tell) networknt runs on the {@linkplain #failingPart
 * failing part} and writes the report. So a "valid" answer must be exactly networknt's, and an "invalid"
 * answer is only ever a request for the detailed check.
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
     * Whether networknt would find no error in this canonical payload. False also when the answer is not
     * certain (an unexpected failure while checking), since false only asks for networknt's report.
     */
    public boolean valid(JsonNode instance) {
        try {
            return FastEvaluation.valid(root, instance);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * The violations of a payload {@link #valid} finds invalid, as networknt's errors on it translate to
     * ({@link FastReport}), written without networknt; null when it fails in more than {@code maxErrors}
     * places, or when the report cannot be written (then networknt reports on the {@linkplain #failingPart
     * failing part}).
     */
    public List<Violation> violations(JsonNode instance, ErrorTranslator translator, int maxErrors) {
        try {
            List<Violation> violations = FastReport.of(root, instance, translator, maxErrors);
            return violations == null || violations.isEmpty() ? null : violations;
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
