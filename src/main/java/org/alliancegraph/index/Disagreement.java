package org.alliancegraph.index;

/**
 * A dyad-year where the article's judgment of the relationship and the computed net point in
 * different directions, or where a judgment has no scored fact beside it.
 *
 * @param dyad   the dyad
 * @param year   the year
 * @param status the status of the article's relation facts that year
 * @param net    the computed net
 * @param kind   {@code opposite} (signs differ) or {@code unscored} (a judgment, but no fact to score)
 */
public record Disagreement(String dyad, int year, String status, Double net, String kind) {
}
