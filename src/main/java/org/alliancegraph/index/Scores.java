package org.alliancegraph.index;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Every dyad's index by year.
 *
 * @param byDyad the scores by dyad id ({@code dprk/prc}) and year
 */
public record Scores(Map<String, Map<Integer, DyadScore>> byDyad) {

    public Scores {
        // Copies all the way down, keeping the years in order: no caller can change the shared scores.
        byDyad = byDyad.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                e -> Collections.unmodifiableSortedMap(new TreeMap<>(e.getValue()))));
    }

    /** The score of a dyad (ids in either order) in a year, if any fact reaches it. */
    public Optional<DyadScore> of(String a, String b, int year) {
        String dyad = a.compareTo(b) < 0 ? a + "/" + b : b + "/" + a;
        return Optional.ofNullable(byDyad.getOrDefault(dyad, Map.of()).get(year));
    }

    /** One measure of a dyad in a year; empty when no fact scores there (no evidence either way, not 0). */
    public Optional<Double> measure(Measure measure, String a, String b, int year) {
        return of(a, b, year).map(s -> s.measure(measure));
    }
}
