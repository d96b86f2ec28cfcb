/**
 * Stage 3, normalize: takes a tree and its shape (or reads JSON text straight into canonical form, as a
 * {@link io.assistconf.internal.read.TreeBuilder}) and gives a
 * {@link io.assistconf.internal.normalize.Normalization}: the canonical tree, the changes made and the
 * problems met. Depends on: tree, read, schema.
 */
package io.assistconf.internal.normalize;
