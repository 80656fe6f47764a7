package org.alliancegraph.index;

/**
 * What one fact adds to a dyad's score in one year.
 *
 * @param fact       the fact's id
 * @param type       its type
 * @param side       {@code integration} or {@code divergence}
 * @param component  what it counts as: {@code treaty:defense}, {@code flow:aid}, {@code dispute:major}...
 * @param points     the points it adds to its side, after weights, amount scale, spreading and certainty
 * @param certain    whether the fact certainly falls in the year
 * @param summary    the fact's summary
 * @param note       the endnote of its quote, or null
 * @param quote      its quote
 */
public record Contribution(String fact, String type, String side, String component, double points, boolean certain,
        String summary, Integer note, String quote) {
}
