package io.assistconf;

/**
 * Where a value starts in the text of a payload; a member is located at its key.
 *
 * @param line   1-based line
 * @param column 1-based column
 */
public record Location(int line, int column) {
}
