package org.alliancegraph.timeline;

import java.util.List;

/**
 * One page of an actor's relations in a year: each of its dyads with the year's status, index and
 * how many facts count, and one page of those facts in order of their start (then id), so that
 * the answer's size does not grow with the data.
 *
 * @param year   the year
 * @param actor  the actor (the id that stands in its dyads)
 * @param dyads  the actor's dyads with a fact in the year, by id
 * @param facts  the page of facts, by earliest start (then id; where the per-year structures serve the page, the index's fixed order)
 * @param offset how many facts come before this page
 * @param limit  the page's size
 * @param next   the offset of the next page, or null when this is the last
 */
public record RelationsPage(int year, String actor, List<Dyad> dyads, List<FactSummary> facts, int offset, int limit,
        Integer next) {

    public RelationsPage {
        dyads = List.copyOf(dyads);
        facts = List.copyOf(facts);
    }

    /**
     * One dyad of the actor in the year.
     *
     * @param a           the actor with the smaller id
     * @param b           the other actor
     * @param status      the state in force longest that year ({@code unknown} when the source gives none)
     * @param statuses    every state of the year, in order
     * @param integration the integration score, null without evidence
     * @param divergence  the divergence score, null without evidence
     * @param net         integration minus divergence, null without evidence
     * @param facts       how many facts count (certainly or possibly) in the year
     */
    public record Dyad(String a, String b, String status, List<String> statuses, Double integration, Double divergence,
            Double net, long facts) {

        public Dyad {
            statuses = List.copyOf(statuses);
        }
    }
}
