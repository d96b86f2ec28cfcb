package io.assistconf.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The bounded, banded distance answers exactly as the full table whenever the answer is within the bound. */
class SuggestionsProperties {

    @Property(tries = 3000)
    void boundedDistanceEqualsTheFullTableClippedToTheBound(@ForAll("words") String a, @ForAll("words") String b,
            @ForAll @IntRange(min = 0, max = 6) int max) {
        assertThat(Suggestions.distance(a, b, max)).isEqualTo(Math.min(fullTable(a, b), max + 1));
    }

    @Property(tries = 1000)
    void nearestIsTheFirstCandidateAtTheSmallestToleratedDistance(@ForAll("words") String unknown,
            @ForAll @Size(max = 8) List<@net.jqwik.api.From("words") String> candidates) {
        assertThat(Suggestions.nearest(unknown, candidates)).isEqualTo(byFullTable(unknown, candidates));
    }

    @Test
    void aMegabyteKeyIsMatchedOnlyAgainstCandidatesOfNearlyItsLength() {
        String huge = "x".repeat(1_000_000);
        assertThat(Suggestions.nearest(huge, List.of("temperature", "x".repeat(999_998)))).contains("x".repeat(999_998));
        assertThat(Suggestions.nearest(huge, List.of("temperature", "name"))).isEmpty();
        assertThat(Suggestions.distance(huge, "name", 3)).isEqualTo(4);
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withChars("abcd_").ofMaxLength(12);
    }

    /** The reference: the nearest candidate by the full table, accepted within the tolerated distance. */
    private static Optional<String> byFullTable(String unknown, List<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = fullTable(unknown, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int tolerated = Math.max(1, Math.min(3, unknown.length() / 4));
        return bestDistance <= tolerated ? Optional.of(best) : Optional.empty();
    }

    /** Optimal string alignment distance over the whole table. */
    private static int fullTable(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
