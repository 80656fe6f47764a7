package org.alliancegraph.validate;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code validate} found.
 *
 * @param factsByType   how many facts of each type
 * @param actorsByKind  how many actors of each kind
 * @param quotes        how many quotes the facts carry
 * @param quotesMatched how many of them were found in the source text (-1 when none was given)
 * @param violations    every broken rule
 */
public record Report(Map<String, Long> factsByType, Map<String, Long> actorsByKind, int quotes, int quotesMatched,
        List<Violation> violations) {

    public Report {
        // Sorted by name, so that the report reads the same at every run.
        factsByType = Collections.unmodifiableSortedMap(new TreeMap<>(factsByType));
        actorsByKind = Collections.unmodifiableSortedMap(new TreeMap<>(actorsByKind));
        violations = List.copyOf(violations);
    }

    public boolean passed() {
        return violations.isEmpty();
    }

    /** The violations of one rule. */
    public List<Violation> of(String rule) {
        return violations.stream().filter(v -> v.rule().equals(rule)).toList();
    }
}
