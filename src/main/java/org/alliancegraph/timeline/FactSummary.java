package org.alliancegraph.timeline;

import java.util.List;

/**
 * A fact as lists show it: what it says, when, how sure, and the source passages behind it.
 *
 * @param id             the fact's stable id
 * @param type           role, treaty, flow, dispute, event or relation
 * @param summary        one sentence in the dataset's words
 * @param start          the start as the source states it ({@code 1951}, {@code 1951-03}, {@code 1951-03-14})
 * @param end            the end as the source states it
 * @param precision      the coarser precision of the two bounds (day, month, quarter, season, year, decade, open)
 * @param startPrecision the start's precision
 * @param endPrecision   the end's precision
 * @param certain        whether the fact certainly overlaps the year asked about (true outside a year query)
 * @param status         the relationship state, for relation facts
 * @param claimant       who makes the claim, where the source attributes it
 * @param certainty      stated, reported, estimated or speculated
 * @param caveat         where the source disagrees with itself or the common record, or was interpreted
 * @param caveatKind     the caveat's kind
 * @param dyads          the dyads the fact concerns ({@code dprk/prc})
 * @param sources        the evidence
 * @param recordStart    the common record's start, where it differs from the article's (the caveat says so)
 * @param recordEnd      the common record's end, likewise
 */
public record FactSummary(String id, String type, String summary, String start, String end, String precision,
        String startPrecision, String endPrecision, boolean certain, String status, String claimant, String certainty,
        String caveat, String caveatKind, List<String> dyads, List<Evidence> sources, String recordStart,
        String recordEnd) {

    public FactSummary {
        dyads = List.copyOf(dyads);
        sources = List.copyOf(sources);
    }
}
