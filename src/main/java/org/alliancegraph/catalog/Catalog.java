package org.alliancegraph.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.alliancegraph.DatasetUnavailableException;
import org.alliancegraph.NotFoundException;
import org.alliancegraph.load.LoadRecord;

import org.alliancegraph.system.Reads;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Reads the dataset's own description: version, sources and the year range of its facts.
 */
public final class Catalog {

    /**
     * A synthetic graph of millions of facts keeps its year range and counts on its Dataset node
     * (written by its load), so that they are not counted anew on every start.
     */
    private static final String META = """
            MATCH (d:Dataset) WHERE d.id IN ['alliance-graph', 'alliance-graph-synthetic']
            WITH d LIMIT 1
            CALL {
              WITH d
              WITH d WHERE d.firstYear IS NULL
              OPTIONAL MATCH (f:Fact)
              // Grouped by d, so that this branch gives no row when the dataset keeps its figures.
              WITH d, min(coalesce(f.startEarliest, f.endEarliest)).year AS first,
                   max(coalesce(f.endLatest, f.startLatest)).year AS last,
                   count(CASE WHEN NOT f:Claim THEN 1 END) AS facts, count(CASE WHEN f:Claim THEN 1 END) AS claims
              RETURN first, last, facts, claims
              UNION
              WITH d
              WITH d WHERE d.firstYear IS NOT NULL
              RETURN d.firstYear AS first, d.lastYear AS last, d.facts AS facts, 0 AS claims
            }
            CALL { MATCH (a:Actor) RETURN count(a) AS actors }
            RETURN d.id AS id, d.title AS title, d.version AS version, first, last, facts, claims, actors
            """;

    /** The digest of the weights whose scores the yearly ties hold, where a load stored them. */
    private static final String AGGREGATES = "MATCH (d:Dataset) RETURN d.aggregates AS aggregates LIMIT 1";

    private static final String SOURCES = """
            MATCH (s:Source)
            CALL { WITH s MATCH (n:Note {source: s.id}) RETURN count(n) AS notes }
            CALL { WITH s MATCH (f:Fact {source: s.id})
                   RETURN count(CASE WHEN NOT f:Claim THEN 1 END) AS facts, count(CASE WHEN f:Claim THEN 1 END) AS claims }
            RETURN s.id AS id, s.citation AS citation, s.doi AS doi, notes, facts, claims
            ORDER BY s.id
            """;

    private static final String NOTE = """
            MATCH (n:Note {id: $id})
            RETURN n.section AS section, n.caveat AS caveat,
                   [(n)-[c:CITES]->(x) | {kind: CASE WHEN x:Document THEN 'document' ELSE 'work' END, id: x.id,
                     title: x.title, date: x.date, pages: c.pages, archive: head([(x)-[:HELD_IN]->(a) | a.id]),
                     citedIn: head([(x)-[:CITED_IN]->(w) | w.id])}] AS cites,
                   [(f:Fact)-[:EVIDENCE]->(n) | f.id] AS facts
            """;

    private final Reads reads;

    public Catalog(Reads reads) {
        this.reads = reads;
    }

    /**
     * The dataset's description.
     *
     * @throws DatasetUnavailableException when the database holds no Alliance Graph dataset
     */
    public DatasetMeta meta() {
        List<Record> rows = reads.records(META);
        if (rows.isEmpty()) {
            throw new DatasetUnavailableException("The database holds no Alliance Graph dataset: load it first (the load command)");
        }
        Record row = rows.get(0);
        return new DatasetMeta(row.get("id").asString(), row.get("title").asString(), row.get("version").asString(),
                sources(), new DatasetMeta.YearRange(row.get("first").asInt(0), row.get("last").asInt(0)),
                new DatasetMeta.Counts(row.get("facts").asLong(), row.get("claims").asLong(), row.get("actors").asLong()));
    }

    /**
     * The id of the load that wrote the graph now in the database (a new one at every load), or
     * empty when the graph was loaded without one (by cypher-shell, say).
     */
    public Optional<String> loadId() {
        List<Record> rows = reads.records(LoadRecord.READ);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0).get("loadId").asString(null));
    }

    /**
     * The digest of the weights ({@link org.alliancegraph.index.Weights#fingerprint}) with which the
     * load stored each yearly tie's index, or empty when the ties hold none (the article's graph,
     * whose index is computed when first asked).
     */
    public Optional<String> aggregates() {
        List<Record> rows = reads.records(AGGREGATES);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0).get("aggregates").asString(null));
    }

    /** The sources, with how many notes, facts and claims each has. */
    public List<SourceRecord> sources() {
        return reads.records(SOURCES).stream()
                .map(r -> new SourceRecord(r.get("id").asString(), r.get("citation").asString(),
                        r.get("doi").asString(null), r.get("notes").asLong(), r.get("facts").asLong(),
                        r.get("claims").asLong()))
                .toList();
    }

    /**
     * One endnote of a source, with what it cites and the facts that rest on it.
     *
     * @throws NotFoundException when the source has no such note
     */
    public NoteRecord note(String source, int number) {
        List<Record> rows = reads.records(NOTE, Map.of("id", source + "/n" + number));
        if (rows.isEmpty()) {
            throw new NotFoundException("Source '" + source + "' has no endnote " + number, List.of());
        }
        Record row = rows.get(0);
        return new NoteRecord(source, number, row.get("section").asString(), row.get("caveat").asString(null),
                row.get("cites").asList(c -> new NoteRecord.Cited(c.get("kind").asString(), c.get("id").asString(),
                        c.get("title").asString(null), c.get("date").asString(null), c.get("archive").asString(null),
                        c.get("citedIn").asString(null), c.get("pages").asString(null))),
                row.get("facts").asList(Value::asString));
    }

}
