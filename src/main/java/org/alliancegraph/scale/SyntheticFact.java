package org.alliancegraph.scale;

import java.util.List;
import java.util.Map;

/**
 * One generated fact, as the loader writes it: its node (the properties 90-derive would have
 * written, dates already read), the roles of its two actors, the endnote of its evidence, and its
 * years per the year rule.
 *
 * @param label      the type's label (Event, Flow, Dispute, Relation, Treaty)
 * @param properties the node's properties
 * @param roleA      the role of the dyad's first actor (participant, party, giver, receiver)
 * @param roleB      the role of the second
 * @param note       the id of the note its quote comes from
 * @param years      each year it possibly counts in, with whether it certainly does
 * @param dated      the fact as the yearly ties and the index read it
 */
public record SyntheticFact(String label, Map<String, Object> properties, String roleA, String roleB, String note,
        List<Year> years, DatedFact dated) {

    /** A year the fact possibly counts in. */
    public record Year(int year, boolean certain) {
    }
}
