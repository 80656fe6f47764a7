package org.alliancegraph.scale;

import java.time.LocalDate;

import org.alliancegraph.index.FactInput;

/**
 * A fact as the yearly ties read it: its own dates (the source's, which decide the years it counts
 * in), its relationship state if it is a judgment, and what the index reads (which may carry the
 * common record's dates instead).
 *
 * @param id            the fact's id
 * @param startEarliest the earliest day it can start, or null when open
 * @param startLatest   the latest day it can start, or null when open
 * @param endEarliest   the earliest day it can end, or null when open
 * @param endLatest     the latest day it can end, or null when open
 * @param status        the relationship state of a relation fact, else null
 * @param scoring       what the index reads of it
 */
public record DatedFact(String id, LocalDate startEarliest, LocalDate startLatest, LocalDate endEarliest,
        LocalDate endLatest, String status, FactInput scoring) {
}
