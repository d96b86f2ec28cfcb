/**
 * Stage 1, read: takes text (JSON or YAML), a stream, a file, a caller's tree or a query string and gives a
 * {@link io.assistconf.internal.read.Document} within the limits, or the one located problem that kept it
 * from being read. A later stage may build the tree itself while the text is read, through
 * {@link io.assistconf.internal.read.TreeBuilder}; the reader does not know what it does. Also locates a
 * JSON Pointer in the text (line, column) for reports. Depends on: tree.
 */
package io.assistconf.internal.read;
