package org.alliancegraph.index;

import java.util.List;

/**
 * How well the index agrees with the article's own judgments: for every dyad-year that has both a
 * relation status (the yearly tie's) and a score, whether the sign of the net agrees with the
 * status. {@code allied}, {@code close} and {@code normal} call for a positive net; {@code strained},
 * {@code frozen}, {@code crisis} and {@code hostile} for a negative one; {@code cool} agrees with
 * either and is counted apart. Dyads are split into two halves by a fixed rule (see
 * {@link #SPLIT}), so that weights tuned on one half can be judged on the other.
 *
 * @param split          the rule that splits the dyads into halves
 * @param tuningDyads    the dyads of the tuning half, by that rule
 * @param statusesSha256 SHA-256 of the statuses checked against, one line {@code dyad year status} each, sorted
 * @param all            agreement over every dyad
 * @param tuning         agreement over the half the weights may be tuned on
 * @param heldBack       agreement over the other half
 * @param cool           dyad-years judged {@code cool} with a score (agreeing whatever the sign)
 * @param unscored       dyad-years judged with a status but without any scored fact (left out)
 * @param disagreements  every dyad-year whose net disagrees with its status, with the facts behind it
 */
public record Validity(String split, List<String> tuningDyads, String statusesSha256, Agreement all, Agreement tuning, Agreement heldBack,
        int cool, int unscored, List<Row> disagreements) {

    /** The split rule, as the report states it. */
    public static final String SPLIT = "dyads in descending order of judged years (then by id) each go to the half "
            + "with fewer judged years so far, the tuning half on a tie";

    public Validity {
        tuningDyads = List.copyOf(tuningDyads);
        disagreements = List.copyOf(disagreements);
    }

    /**
     * Agreement over a set of dyad-years.
     *
     * @param checked dyad-years with a signed status and a score
     * @param agree   of them, those whose net has the status's sign
     * @param rate    agree / checked (0 when nothing was checked)
     */
    public record Agreement(int checked, int agree, double rate) {

        static Agreement of(int checked, int agree) {
            return new Agreement(checked, agree, checked == 0 ? 0 : Math.round(1000.0 * agree / checked) / 1000.0);
        }
    }

    /**
     * A dyad-year whose net disagrees with the article's status.
     *
     * @param dyad   the dyad
     * @param year   the year
     * @param status the article's status in that year
     * @param net    the net score
     * @param half   {@code tuning} or {@code held back}
     * @param facts  the scored facts, largest first, as "side component fact (points)"
     */
    public record Row(String dyad, int year, String status, double net, String half, List<String> facts) {

        public Row {
            facts = List.copyOf(facts);
        }
    }
}
