package org.alliancegraph.cli;

import java.net.URI;
import java.util.Optional;

import org.alliancegraph.AllianceGraph;
import org.alliancegraph.embedded.EmbeddedNeo4j;
import org.alliancegraph.embedded.EmbeddedStore;
import org.alliancegraph.system.Neo4jConnection;
import org.neo4j.driver.Driver;

/**
 * The database a query command asks: the server given by --uri; else a running {@code serve} on
 * this machine; else the embedded store, opened for the one command (and built first if needed).
 */
final class GraphSession implements AutoCloseable {

    private final Driver driver;
    private final EmbeddedNeo4j embedded;

    private GraphSession(Driver driver, EmbeddedNeo4j embedded) {
        this.driver = driver;
        this.embedded = embedded;
    }

    static GraphSession open(ConnectionOptions connection, StoreOptions store) {
        Optional<Neo4jConnection> external = connection.external();
        if (external.isPresent()) {
            return new GraphSession(external.get().open(), null);
        }
        Optional<Driver> served = runningServe();
        if (served.isPresent()) {
            return new GraphSession(served.get(), null);
        }
        EmbeddedStore.Opened opened = store.store().open(store.scriptSet(), EmbeddedNeo4j.Connectors.boltOnly(), false);
        opened.failure().ifPresent(f -> Console.info("WARNING: the scripts failed; answering from the previous store: "
                + f.getMessage()));
        EmbeddedNeo4j embedded = opened.server();
        try {
            return new GraphSession(new Neo4jConnection(embedded.boltUri(), "neo4j", Optional.empty()).open(), embedded);
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
    }

    /** A {@code serve} on this machine's Bolt port that holds the dataset, if one runs. */
    private static Optional<Driver> runningServe() {
        String port = Optional.ofNullable(System.getenv("ALLIANCE_GRAPH_BOLT_PORT")).orElse("7687");
        Optional<String> password = Optional.ofNullable(System.getenv("ALLIANCE_GRAPH_NEO4J_PASSWORD"));
        Neo4jConnection local = new Neo4jConnection(URI.create("bolt://127.0.0.1:" + port), "neo4j", password);
        Driver driver = local.driver();
        try {
            driver.verifyConnectivity();
            boolean holdsDataset = driver.executableQuery("MATCH (d:Dataset {id: 'alliance-graph'}) RETURN count(d) AS n")
                    .execute().records().get(0).get("n").asLong() > 0;
            if (holdsDataset) {
                Console.info("Asking the Alliance Graph served at " + local.uri());
                return Optional.of(driver);
            }
        } catch (RuntimeException nothingServedHere) {
            // No serve (or another server) on the port: the embedded store answers instead.
        }
        driver.close();
        return Optional.empty();
    }

    AllianceGraph graph(org.alliancegraph.index.Weights weights) {
        return AllianceGraph.on(driver, weights);
    }

    Driver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
