package org.alliancegraph.timeline;

import java.util.List;

/**
 * One dyad in one year: the source's judgment of the relationship and every fact that counts.
 *
 * @param a           the actor with the smaller id
 * @param b           the other actor
 * @param status      the state in force longest that year ({@code unknown} when the source gives none)
 * @param statuses    every state of the year, in order
 * @param integration the integration score (null until the index is computed)
 * @param divergence  the divergence score (null until the index is computed)
 * @param net         integration minus divergence (null until the index is computed)
 * @param facts       the facts that count in the year, certain or not
 */
public record DyadYear(String a, String b, String status, List<String> statuses, Double integration, Double divergence,
        Double net, List<FactSummary> facts) {

    public DyadYear {
        statuses = List.copyOf(statuses);
        facts = List.copyOf(facts);
    }
}
