package io.assistconf.internal.normalize;

import java.util.Collection;
import java.util.Optional;

/**
 * Finds the known name nearest to a misspelled one (optimal string alignment distance). Only distances up to
 * a small bound matter, so the work is bounded too: a candidate whose length differs by more than the bound
 * is skipped, and the table is computed in a band around its diagonal, stopping once a row exceeds the
 * bound. A megabyte-long key thus costs no more than a short one.
 */
public final class Suggestions {

    private Suggestions() {
    }

    /** The first nearest candidate within a distance that still reads as a typo, if any. */
    static Optional<String> nearest(String unknown, Collection<String> candidates) {
        int tolerated = Math.max(1, Math.min(3, unknown.length() / 4));
        String best = null;
        int bestDistance = tolerated + 1;
        for (String candidate : candidates) {
            int distance = distance(unknown, candidate, bestDistance - 1);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The distance between {@code a} and {@code b} when it is at most {@code max}, else {@code max + 1}. */
    static int distance(String a, String b, int max) {
        int over = max + 1;
        if (max < 0 || Math.abs(a.length() - b.length()) > max) {
            return Math.max(0, over);
        }
        int[] beforeLast = new int[b.length() + 1];
        int[] last = new int[b.length() + 1];
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            last[j] = Math.min(j, over);
        }
        for (int i = 1; i <= a.length(); i++) {
            int from = Math.max(1, i - max);
            int to = Math.min(b.length(), i + max);
            row[0] = Math.min(i, over);
            row[from - 1] = from == 1 ? row[0] : over;
            int rowMin = row[from - 1];
            for (int j = from; j <= to; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(last[j] + 1, row[j - 1] + 1), last[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, beforeLast[j - 2] + 1);
                }
                row[j] = Math.min(value, over);
                rowMin = Math.min(rowMin, row[j]);
            }
            if (to < b.length()) {
                row[to + 1] = over;
            }
            if (rowMin > max) {
                return over;
            }
            int[] recycled = beforeLast;
            beforeLast = last;
            last = row;
            row = recycled;
        }
        return last[b.length()];
    }
}
