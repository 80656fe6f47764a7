package org.alliancegraph.index;

import java.util.List;

/**
 * A dyad's index in one year.
 *
 * @param a             the actor with the smaller id
 * @param b             the other actor
 * @param year          the year
 * @param integration   the sum of integration points
 * @param divergence    the sum of divergence points
 * @param net           integration minus divergence
 * @param contributions every fact that adds points, largest first
 */
public record DyadScore(String a, String b, int year, double integration, double divergence, double net,
        List<Contribution> contributions) {

    public DyadScore {
        contributions = List.copyOf(contributions);
    }
}
