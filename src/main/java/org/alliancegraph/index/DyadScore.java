package org.alliancegraph.index;

import java.util.List;

/**
 * A dyad's index in one year.
 *
 * @param a             the actor with the smaller id
 * @param b             the other actor
 * @param year          the year
 * @param integration   the sum of integration points; null when no fact scores in the year (no evidence)
 * @param divergence    the sum of divergence points; null when no fact scores
 * @param net           integration minus divergence; null when no fact scores, never 0 for silence
 * @param contributions every fact that adds points, largest first
 */
public record DyadScore(String a, String b, int year, Double integration, Double divergence, Double net,
        List<Contribution> contributions) {

    public DyadScore {
        contributions = List.copyOf(contributions);
    }

    /** A dyad-year for which no fact scores: the article gives no evidence either way. */
    public static DyadScore noEvidence(String a, String b, int year) {
        return new DyadScore(a, b, year, null, null, null, List.of());
    }

    /** The value of one measure: {@code integration}, {@code divergence} or {@code net}. */
    public Double measure(Measure measure) {
        return measure.pick(integration, divergence, net);
    }
}
