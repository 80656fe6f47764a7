package org.alliancegraph.index;

import java.util.List;

/**
 * The index of every dyad in one year.
 *
 * @param year  the year
 * @param dyads each dyad with a scored fact in the year, by id
 */
public record YearIndex(int year, List<Row> dyads) {

    public YearIndex {
        dyads = List.copyOf(dyads);
    }

    /**
     * One dyad's index in the year.
     *
     * @param a           the actor with the smaller id
     * @param b           the other actor
     * @param integration integration points
     * @param divergence  divergence points
     * @param net         integration minus divergence
     */
    public record Row(String a, String b, Double integration, Double divergence, Double net) {
    }
}
