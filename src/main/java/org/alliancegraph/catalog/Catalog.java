package org.alliancegraph.catalog;

import java.util.List;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;

/**
 * Reads the dataset's own description: version, sources and the year range of its facts.
 */
public final class Catalog {

    private static final String META = """
            MATCH (d:Dataset {id: 'alliance-graph'})
            CALL {
              MATCH (f:Fact)
              RETURN min(coalesce(f.startEarliest, f.endEarliest)).year AS first,
                     max(coalesce(f.endLatest, f.startLatest)).year AS last, count(f) AS facts
            }
            CALL { MATCH (a:Actor) RETURN count(a) AS actors }
            RETURN d.id AS id, d.title AS title, d.version AS version, first, last, facts, actors
            """;

    private static final String SOURCES = """
            MATCH (s:Source)
            CALL { WITH s MATCH (n:Note {source: s.id}) RETURN count(n) AS notes }
            CALL { WITH s MATCH (f:Fact {source: s.id}) RETURN count(f) AS facts }
            RETURN s.id AS id, s.citation AS citation, s.doi AS doi, notes, facts
            ORDER BY s.id
            """;

    private final Driver driver;

    public Catalog(Driver driver) {
        this.driver = driver;
    }

    /**
     * The dataset's description.
     *
     * @throws IllegalStateException when the database holds no Alliance Graph dataset
     */
    public DatasetMeta meta() {
        List<Record> rows = driver.executableQuery(META).withConfig(read()).execute().records();
        if (rows.isEmpty()) {
            throw new IllegalStateException("The database holds no Alliance Graph dataset: load it first (the load command)");
        }
        Record row = rows.get(0);
        return new DatasetMeta(row.get("id").asString(), row.get("title").asString(), row.get("version").asString(),
                sources(), new DatasetMeta.YearRange(row.get("first").asInt(0), row.get("last").asInt(0)),
                new DatasetMeta.Counts(row.get("facts").asLong(), row.get("actors").asLong()));
    }

    /** The sources, with how many notes and facts each has. */
    public List<SourceRecord> sources() {
        return driver.executableQuery(SOURCES).withConfig(read()).execute().records().stream()
                .map(r -> new SourceRecord(r.get("id").asString(), r.get("citation").asString(),
                        r.get("doi").asString(null), r.get("notes").asLong(), r.get("facts").asLong()))
                .toList();
    }

    static QueryConfig read() {
        return QueryConfig.builder().withRouting(org.neo4j.driver.RoutingControl.READ).build();
    }
}
