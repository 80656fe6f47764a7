package org.alliancegraph.export;

import java.util.List;

import org.alliancegraph.timeline.FactSummary;

/**
 * One dyad in one year, as the panel writes it: what /api/relations answers for the dyad (status,
 * scores, facts) and what the export adds from the same facts (treaties, disputes, flows).
 *
 * @param a           the actor with the smaller id
 * @param b           the other actor
 * @param year        the year
 * @param status      the article's judgment in force longest, or {@code unknown}
 * @param statuses    every judgment of the year, in order
 * @param integration the integration score, or null for no evidence
 * @param divergence  the divergence score, or null
 * @param net         integration minus divergence, or null
 * @param treaties    the treaties that count in the year
 * @param disputes    how many disputes count in the year
 * @param flows       the flows that count in the year, with their share of it
 * @param facts       every fact that counts in the year, certain or not
 */
record DyadYearRow(ActorInfo a, ActorInfo b, int year, String status, List<String> statuses, Double integration,
        Double divergence, Double net, List<TreatyInYear> treaties, int disputes, List<FlowInYear> flows,
        List<FactSummary> facts) {

    DyadYearRow {
        statuses = List.copyOf(statuses);
        treaties = List.copyOf(treaties);
        flows = List.copyOf(flows);
        facts = List.copyOf(facts);
    }

    /**
     * An actor as the export names it.
     *
     * @param cow the Correlates of War code, or null for an actor that is not a state
     */
    record ActorInfo(String id, String name, String kind, Integer cow) {
    }

    /**
     * A treaty counting in the year.
     *
     * @param certain whether it certainly binds in the year (not only possibly)
     */
    record TreatyInYear(String id, List<String> obligations, boolean certain) {

        TreatyInYear {
            obligations = List.copyOf(obligations);
        }
    }

    /**
     * A flow counting in the year.
     *
     * @param giver    the dyad side that gives, or null for a two-way flow
     * @param receiver the other side, or null
     * @param share    the days of its widest period in the year, over all its days
     * @param certain  whether it certainly falls in the year
     * @param total    whether the article also breaks it down into parts
     * @param partOf   the total it is a part of, or null
     */
    record FlowInYear(String fact, String kind, String giver, String receiver, Double amount, String unit,
            String currency, Double usd, String qualifier, String certainty, String start, String end,
            String startPrecision, String endPrecision, double share, boolean certain, boolean total, String partOf,
            Integer note, String section, String quote, String summary) {

        /** The unit the panel sums in: the currency for money, else what is counted. */
        String panelUnit() {
            return currency != null ? currency : unit;
        }

        boolean twoWay() {
            return giver == null;
        }
    }
}
