package org.alliancegraph.index;

import java.time.LocalDate;
import java.util.List;

/**
 * The properties of a fact that the index reads. Relation facts are never read.
 *
 * @param id            the fact's id
 * @param type          role, treaty, flow, dispute or event
 * @param dyads         the dyads it concerns ({@code dprk/prc})
 * @param startEarliest the earliest day it can start, or null when open
 * @param startLatest   the latest day it can start, or null when open
 * @param endEarliest   the earliest day it can end, or null when open
 * @param endLatest     the latest day it can end, or null when open
 * @param obligations   a treaty's obligations
 * @param flowKind      a flow's kind
 * @param eventKind     an event's kind
 * @param tone          an event's direction where the data gives one: integration or divergence
 * @param severity      a dispute's severity
 * @param amount        a flow's amount, or null
 * @param currency      a flow's currency, or null for counts
 * @param usd           the dollar equivalent the source gives, or null
 * @param certainty     stated, reported, estimated or speculated
 * @param envoy         whether a role posts its holder to the other side
 * @param isTotal       whether the fact is a total that the source also breaks down
 * @param summary       the summary
 * @param note          the endnote of its quote, or null
 * @param quote         the quote
 */
public record FactInput(String id, String type, List<String> dyads, LocalDate startEarliest, LocalDate startLatest,
        LocalDate endEarliest, LocalDate endLatest, List<String> obligations, String flowKind, String eventKind,
        String tone, String severity, Double amount, String currency, Double usd, String certainty, boolean envoy,
        boolean isTotal, String summary, Integer note, String quote) {

    public FactInput {
        dyads = List.copyOf(dyads);
        obligations = List.copyOf(obligations);
    }
}
