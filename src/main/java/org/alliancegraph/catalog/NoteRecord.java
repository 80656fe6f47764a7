package org.alliancegraph.catalog;

import java.util.List;

/**
 * An endnote: where it stands, what it cites, and the facts that rest on it.
 *
 * @param source    the source's id
 * @param number    the note's number
 * @param section   the key of the section whose text carries its marker
 * @param caveat    a citation problem in the note, or null
 * @param cites     the works and archival documents it cites
 * @param facts     the ids of the facts whose evidence it is
 */
public record NoteRecord(String source, int number, String section, String caveat, List<Cited> cites,
        List<String> facts) {

    public NoteRecord {
        cites = List.copyOf(cites);
        facts = List.copyOf(facts);
    }

    /**
     * A work or document the note cites.
     *
     * @param kind    {@code work} or {@code document}
     * @param id      its id
     * @param title   its title
     * @param date    the document's date, as written, or null
     * @param archive the archive holding the document, or null
     * @param citedIn the work through which the document is known, or null
     * @param pages   the pages cited
     */
    public record Cited(String kind, String id, String title, String date, String archive, String citedIn,
            String pages) {
    }
}
