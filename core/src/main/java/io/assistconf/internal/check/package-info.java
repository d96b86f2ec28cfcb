/**
 * Stage 6, check: what the pipeline needs once per process across stages: every variant's schemas compiled
 * (shape, networknt schema, fast validator) and the detector of variant and kind built from them. Depends on every
 * stage below it.
 */
package io.assistconf.internal.check;
