package org.alliancegraph;

import java.util.List;

import org.alliancegraph.catalog.Catalog;
import org.alliancegraph.catalog.DatasetMeta;
import org.alliancegraph.catalog.SourceRecord;
import org.neo4j.driver.Driver;

/**
 * The Java API: the questions Alliance Graph answers, asked of any Neo4j that holds the dataset,
 * from plain Java (no Spring needed). Every answer is an immutable record.
 *
 * <pre>{@code
 * try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:7687")) {
 *     AllianceGraph graph = AllianceGraph.on(driver);
 *     System.out.println(graph.meta().years());
 * }
 * }</pre>
 */
public final class AllianceGraph {

    private final Catalog catalog;

    private AllianceGraph(Driver driver) {
        this.catalog = new Catalog(driver);
    }

    /** The API on a driver the caller owns (and closes). */
    public static AllianceGraph on(Driver driver) {
        return new AllianceGraph(driver);
    }

    /** The dataset's version, its sources and the years its facts cover. */
    public DatasetMeta meta() {
        return catalog.meta();
    }

    /** The sources the facts come from. */
    public List<SourceRecord> sources() {
        return catalog.sources();
    }
}
