/**
 * Stage 1, read: takes text (JSON, JSONC or YAML), a stream, a file, a caller's tree or a query string and
 * gives a {@link io.assistconf.internal.read.Document} within the limits (with the keys it repeats), or the
 * one located problem that kept it from being read; a YAML stream gives its documents one at a time
 * ({@link io.assistconf.internal.read.DocumentStream}). A later stage may build the tree itself while the text is read, through
 * {@link io.assistconf.internal.read.TreeBuilder}; the reader does not know what it does. Also locates a
 * JSON Pointer in the text (line, column) for reports. Depends on: tree.
 */
package io.assistconf.internal.read;
