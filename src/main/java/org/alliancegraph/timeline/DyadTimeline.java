package org.alliancegraph.timeline;

import java.util.List;

/**
 * A dyad over a span of years.
 *
 * @param a       the actor with the smaller id
 * @param b       the other actor
 * @param from    the first year
 * @param to      the last year
 * @param years   one row per year
 * @param periods the runs of years with one status
 */
public record DyadTimeline(String a, String b, int from, int to, List<Year> years, List<Period> periods) {

    public DyadTimeline {
        years = List.copyOf(years);
        periods = List.copyOf(periods);
    }

    /**
     * One year of the dyad.
     *
     * @param year        the year
     * @param status      the state in force longest ({@code unknown} when the source gives none, or no fact counts)
     * @param statuses    every state of the year, in order
     * @param integration the integration score (null until the index is computed)
     * @param divergence  the divergence score
     * @param net         integration minus divergence
     * @param facts       the ids of the facts that count in the year
     */
    public record Year(int year, String status, List<String> statuses, Double integration, Double divergence, Double net,
            List<String> facts) {

        public Year {
            statuses = List.copyOf(statuses);
            facts = List.copyOf(facts);
        }
    }

    /**
     * Consecutive years with the same status.
     *
     * @param from   the first year
     * @param to     the last year
     * @param status the status
     */
    public record Period(int from, int to, String status) {
    }
}
