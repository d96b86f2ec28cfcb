/**
 * The API of assistconf: build an {@link io.assistconf.AssistConf} once, give it an
 * {@link io.assistconf.Input} of a {@link io.assistconf.Variant} and {@link io.assistconf.Kind}, and read
 * the {@link io.assistconf.Result}: its {@link io.assistconf.Violation}s, the canonical payload and the
 * {@link io.assistconf.Change}s that produced it. Without a variant or kind, the result says what decided
 * them ({@link io.assistconf.DecidedBy}); a YAML stream is checked document by document
 * ({@link io.assistconf.AssistConf#checkDocuments}). {@link io.assistconf.Code} describes every violation
 * code.
 *
 * <p>Everything else lives in {@code io.assistconf.internal}, one package per stage of the pipeline
 * (read, schema, normalize, validate, rules, check), and is not exported.
 */
package io.assistconf;
