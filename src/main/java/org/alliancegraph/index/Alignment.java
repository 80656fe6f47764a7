package org.alliancegraph.index;

import java.util.List;

/**
 * The DPRK's place in the Sino-Soviet split in one year, derived from the index: closer to
 * Moscow, closer to Beijing, or between them.
 *
 * @param year      the year
 * @param withUssr  the DPRK-USSR net
 * @param withPrc   the DPRK-PRC net
 * @param alignment {@code closer to Moscow}, {@code closer to Beijing} or {@code between them}
 * @param reasons   the largest contributions on each side, as "dyad: component fact (points)"
 */
public record Alignment(int year, double withUssr, double withPrc, String alignment, List<String> reasons) {

    public Alignment {
        reasons = List.copyOf(reasons);
    }
}
