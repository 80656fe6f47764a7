package org.alliancegraph.index;

import java.util.Map;
import java.util.Optional;

/**
 * Every dyad's index by year.
 *
 * @param byDyad the scores by dyad id ({@code dprk/prc}) and year
 */
public record Scores(Map<String, Map<Integer, DyadScore>> byDyad) {

    public Scores {
        byDyad = Map.copyOf(byDyad);
    }

    /** The score of a dyad (ids in either order) in a year, if any fact reaches it. */
    public Optional<DyadScore> of(String a, String b, int year) {
        String dyad = a.compareTo(b) < 0 ? a + "/" + b : b + "/" + a;
        return Optional.ofNullable(byDyad.getOrDefault(dyad, Map.of()).get(year));
    }

    /** The net of a dyad in a year: 0 when no fact reaches it (no evidence either way). */
    public double net(String a, String b, int year) {
        return of(a, b, year).map(DyadScore::net).orElse(0.0);
    }
}
