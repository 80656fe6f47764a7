package org.alliancegraph.timeline;

import java.util.List;

/**
 * The relations of one year: every dyad with a fact that counts in it.
 *
 * @param year  the year
 * @param actor the actor the dyads were limited to, or null for all
 * @param dyads the dyads, by id
 */
public record Relations(int year, String actor, List<DyadYear> dyads) {

    public Relations {
        dyads = List.copyOf(dyads);
    }
}
