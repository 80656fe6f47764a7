package org.alliancegraph.scale;

import java.util.List;

/**
 * The generated facts of one dyad, and its yearly ties.
 *
 * @param a     the actor with the smaller id
 * @param b     the other
 * @param facts its facts, by start
 * @param ties  its yearly ties, with their index
 */
public record DyadFacts(String a, String b, List<SyntheticFact> facts, List<YearTies.Tie> ties) {

    public String dyad() {
        return a + "/" + b;
    }
}
