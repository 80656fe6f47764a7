package org.alliancegraph.export;

import java.util.List;

import org.alliancegraph.DatasetUnavailableException;
import org.alliancegraph.system.Reads;
import org.neo4j.driver.Record;

/**
 * What every exported file says about where it comes from: the dataset and its version, the
 * scripts it was loaded from, and the source it was built from.
 *
 * @param dataset       the dataset's id
 * @param title         the dataset's title
 * @param version       the dataset's version
 * @param license       the dataset's licence, as the dataset states it
 * @param released      the dataset's release date (ISO), or null
 * @param scriptsSha256 the SHA-256 of the scripts the graph was loaded from, or null when unrecorded
 * @param citation      the source's citation
 * @param doi           the source's DOI, or null
 */
public record Provenance(String dataset, String title, String version, String license, String released,
        String scriptsSha256, String citation, String doi) {

    private static final String READ = """
            MATCH (d:Dataset)-[:BUILT_FROM]->(s:Source)
            RETURN d.id AS dataset, d.title AS title, d.version AS version, d.license AS license,
                   toString(d.released) AS released, d.scriptsSha256 AS scriptsSha256, s.citation AS citation, s.doi AS doi
            ORDER BY s.id LIMIT 1
            """;

    /** The licence's SPDX id: the licence as stated, up to its first space ({@code CC-BY-4.0}). */
    public String licenseId() {
        return license == null ? null : license.split(" ", 2)[0];
    }

    /** The DOI as a URL, or null. */
    public String doiUrl() {
        return doi == null ? null : "https://doi.org/" + doi;
    }

    static Provenance read(Reads reads) {
        List<Record> rows = reads.records(READ);
        if (rows.isEmpty()) {
            throw new DatasetUnavailableException("The database holds no Alliance Graph dataset: load it first (the load command)");
        }
        Record r = rows.get(0);
        return new Provenance(r.get("dataset").asString(), r.get("title").asString(), r.get("version").asString(),
                r.get("license").asString(null), r.get("released").asString(null), r.get("scriptsSha256").asString(null),
                r.get("citation").asString(), r.get("doi").asString(null));
    }
}
