package io.assistconf.lint;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One file to lint, the standard input, or a place named on the command line that could not be listed.
 *
 * @param name    as reports show it: relative to the working folder when named so, with {@code /} between names
 * @param file    the absolute file to read; null for the standard input
 * @param problem why the place cannot be linted, or null
 */
record LintTarget(String name, Path file, String problem) {

    /** Sorted paths: name by name, so that the files of a folder stay together ({@code a/x} before {@code a-b/x}). */
    static final Comparator<LintTarget> ORDER = (a, b) -> compare(a.name, b.name);

    static LintTarget file(String name, Path file) {
        return new LintTarget(name, file, null);
    }

    static LintTarget stdin(String name) {
        return new LintTarget(name, null, null);
    }

    static LintTarget unreadable(String name, String problem) {
        return new LintTarget(name, null, problem);
    }

    boolean stdin() {
        return file == null && problem == null;
    }

    /** Name by name without splitting the paths (sorting compares often): a {@code /} sorts before any character. */
    private static int compare(String a, String b) {
        int common = Math.min(a.length(), b.length());
        for (int i = 0; i < common; i++) {
            int order = Integer.compare(rank(a.charAt(i)), rank(b.charAt(i)));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    private static int rank(char c) {
        return c == '/' ? -1 : c;
    }
}
