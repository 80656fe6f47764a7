package org.alliancegraph.index;

import java.util.List;

/**
 * An actor's index with each of its partners, year by year.
 *
 * @param actor    the actor
 * @param from     the first year
 * @param to       the last year
 * @param partners each partner with its yearly scores
 */
public record IndexResult(String actor, int from, int to, List<Partner> partners) {

    public IndexResult {
        partners = List.copyOf(partners);
    }

    /**
     * One partner of the actor.
     *
     * @param partner the partner's id
     * @param years   its scores by year (a year without a scored fact has null scores: no evidence)
     */
    public record Partner(String partner, List<Year> years) {

        public Partner {
            years = List.copyOf(years);
        }
    }

    /**
     * One year of a dyad.
     *
     * @param year        the year
     * @param integration integration points, or null without evidence
     * @param divergence  divergence points, or null without evidence
     * @param net         integration minus divergence, or null without evidence
     */
    public record Year(int year, Double integration, Double divergence, Double net) {

        /** The value of one measure, or null without evidence. */
        public Double measure(Measure measure) {
            return measure.pick(integration, divergence, net);
        }
    }
}
