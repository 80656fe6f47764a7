package org.alliancegraph.scale;

import java.util.List;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * A database of an external Neo4j (a server or a cluster, {@code bolt://} or {@code neo4j://})
 * to write a synthetic graph into. It must be named: a Community server has one user database,
 * where the article's graph lives, so writing without a name would mix the two. A named database
 * that holds the article's graph or anything else but an earlier synthetic graph is refused too.
 */
public final class ExternalTarget {

    private static final String USER_DATABASES =
            "SHOW DATABASES YIELD name, type WHERE type <> 'system' RETURN DISTINCT name ORDER BY name";
    private static final String CONTENT = """
            OPTIONAL MATCH (d:Dataset)
            WITH collect(d {.id, .synthetic}) AS datasets
            CALL { MATCH (n) RETURN count(n) AS nodes }
            RETURN datasets, nodes
            """;
    private static final String CLEAR = "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS";

    private ExternalTarget() {
    }

    /**
     * Checks that {@code database} may take a synthetic graph and empties it of an earlier one.
     *
     * @return the database's name
     * @throws IllegalArgumentException when no database is named, or the database holds other data
     */
    public static String prepare(Driver driver, String uri, Optional<String> database) {
        if (database.isEmpty()) {
            List<String> names;
            try (Session system = driver.session(SessionConfig.forDatabase("system"))) {
                names = system.run(USER_DATABASES).list(r -> r.get("name").asString());
            }
            throw new IllegalArgumentException("Refusing to write synthetic data to " + uri + " without --database NAME: "
                    + (names.size() == 1 ? "the server has one user database (" + names.get(0) + "), as Neo4j Community "
                    + "does, which is where the article's graph lives, and synthetic facts never mix with it."
                    : "it has " + names.size() + " user databases (" + String.join(", ", names) + "); name the one to use.")
                    + " Name a database that holds nothing else (on Enterprise: CREATE DATABASE synthetic).");
        }
        String name = database.get();
        try (Session session = driver.session(SessionConfig.forDatabase(name))) {
            Record content = session.executeRead(tx -> tx.run(CONTENT).single());
            List<Object> datasets = content.get("datasets").asList(v -> v.get("synthetic").asBoolean(false));
            long nodes = content.get("nodes").asLong();
            if (datasets.contains(Boolean.FALSE)) {
                throw new IllegalArgumentException("Refusing to write synthetic data into database '" + name + "' of " + uri
                        + ": it holds the article's graph, and synthetic facts never mix with it. Name another database.");
            }
            if (datasets.isEmpty() && nodes > 0) {
                throw new IllegalArgumentException("Refusing to write synthetic data into database '" + name + "' of " + uri
                        + ": it holds " + nodes + " nodes of other data. Name an empty database.");
            }
            if (nodes > 0) {
                // An earlier synthetic graph: replaced, in batches so that no transaction holds it all.
                session.run(CLEAR).consume();
            }
        }
        return name;
    }
}
