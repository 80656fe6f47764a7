package org.alliancegraph.index;

import java.util.List;

/**
 * The DPRK's place in the Sino-Soviet split in one year, derived from the index: closer to
 * Moscow, closer to Beijing, between them, or no evidence (when either dyad has no scored fact).
 *
 * @param year      the year
 * @param withUssr  the DPRK-USSR net, or null without evidence
 * @param withPrc   the DPRK-PRC net, or null without evidence
 * @param alignment {@code closer to Moscow}, {@code closer to Beijing}, {@code between them} or {@code no evidence}
 * @param reasons   the largest contributions on each side, as "dyad: component fact (points)"
 */
public record Alignment(int year, Double withUssr, Double withPrc, String alignment, List<String> reasons) {

    public Alignment {
        reasons = List.copyOf(reasons);
    }
}
