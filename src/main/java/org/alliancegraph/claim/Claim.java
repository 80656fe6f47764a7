package org.alliancegraph.claim;

import java.util.List;

import org.alliancegraph.timeline.Evidence;

/**
 * One claim of the article: a thesis or interpretation in its own words, and the facts it rests on.
 *
 * @param id             the claim's stable id ({@code claim-twin-pillars-equally-important})
 * @param summary        the thesis in one sentence, in the dataset's words
 * @param start          the start of the span the thesis concerns, as the passage frames it
 * @param end            its end
 * @param startPrecision the start's precision (day, month, quarter, season, year, decade, open)
 * @param endPrecision   the end's precision
 * @param about          the actors the thesis is about (no dyad: a claim is never a tie)
 * @param certainty      how sure the article is (stated, reported, estimated, speculated)
 * @param claimant       who makes the claim, where the article attributes it to someone else
 * @param caveat         where the reading needed interpretation
 * @param caveatKind     the caveat's kind
 * @param sources        the article's words: the primary quote first, then the further ones in order
 * @param supportedBy    the facts the article gives as evidence for the thesis, earliest first
 */
public record Claim(String id, String summary, String start, String end, String startPrecision, String endPrecision,
        List<String> about, String certainty, String claimant, String caveat, String caveatKind, List<Evidence> sources,
        List<Support> supportedBy) {

    public Claim {
        about = List.copyOf(about);
        sources = List.copyOf(sources);
        supportedBy = List.copyOf(supportedBy);
    }

    /**
     * A fact that supports a claim.
     *
     * @param id      the fact's id (its full record: {@code /api/facts/{id}})
     * @param type    role, treaty, flow, dispute, event or relation
     * @param summary the fact in one sentence
     * @param start   its start as the source states it
     * @param end     its end
     * @param dyads   the dyads it concerns
     */
    public record Support(String id, String type, String summary, String start, String end, List<String> dyads) {

        public Support {
            dyads = List.copyOf(dyads);
        }
    }
}
