package org.alliancegraph.timeline;

import java.util.List;
import java.util.Map;

/**
 * One fact in full: its summary row, its actors in their roles, its type's own details (amounts,
 * obligations, office...), the totals it belongs to or breaks down, and the documents and works
 * behind its endnotes.
 *
 * @param fact         the fact as lists show it
 * @param actors       its actors with their roles (giver, receiver, party, participant, holder, host, mentioned...)
 * @param details      the properties of its type that are set (amount, unit, currency, usd, obligations, office...)
 * @param aggregateOf  the facts this total breaks down into
 * @param partOf       the totals this fact is a part of
 * @param citations    what the endnotes of its evidence cite
 */
public record FactDetail(FactSummary fact, List<ActorRole> actors, Map<String, Object> details, List<String> aggregateOf,
        List<String> partOf, List<Citation> citations) {

    public FactDetail {
        actors = List.copyOf(actors);
        details = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
        aggregateOf = List.copyOf(aggregateOf);
        partOf = List.copyOf(partOf);
        citations = List.copyOf(citations);
    }

    /**
     * An actor of the fact.
     *
     * @param actor the actor's id
     * @param name  the actor's name
     * @param role  its role in the fact
     */
    public record ActorRole(String actor, String name, String role) {
    }

    /**
     * A work or archival document an endnote cites.
     *
     * @param note     the endnote
     * @param kind     {@code work} or {@code document}
     * @param id       the work's or document's id
     * @param title    its title
     * @param date     the document's date, as written
     * @param archive  the archive holding the document, or null
     * @param citedIn  the secondary work through which the document is known, or null
     * @param pages    the pages cited
     */
    public record Citation(int note, String kind, String id, String title, String date, String archive, String citedIn,
            String pages) {
    }
}
