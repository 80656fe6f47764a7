package org.alliancegraph.cli;

import java.util.List;
import java.util.Optional;

import org.alliancegraph.AllianceGraph;
import org.alliancegraph.embedded.EmbeddedNeo4j;
import org.alliancegraph.embedded.EmbeddedStore;
import org.alliancegraph.load.LoadRecord;
import org.alliancegraph.load.ScriptLoader;
import org.alliancegraph.system.Reads;
import org.alliancegraph.system.Neo4jConnection;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * The database a query command asks over Bolt: the server given by --uri; else the running
 * {@code serve} of the same data directory (which announces its Bolt address); else the embedded
 * store, opened for the one command with Bolt on a free loopback port and nothing else (and
 * loaded first if its scripts changed).
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
            Driver driver = external.get().open();
            try {
                checkVersion(driver, external.get().uri().toString(), store);
            } catch (RuntimeException e) {
                driver.close();
                throw e;
            }
            return new GraphSession(driver, null);
        }
        Optional<ServedGraph.Announcement> served = ServedGraph.find(store.dataDirectory, store.fingerprint());
        if (served.isPresent()) {
            if (!served.get().sameScripts()) {
                throw new UserFacingException("A serve (process " + served.get().pid() + ") holds the store in "
                        + store.dataDirectory + " with a graph of other scripts: stop it, or ask it with --uri "
                        + served.get().bolt());
            }
            Optional<String> password = Optional.ofNullable(System.getenv("ALLIANCE_GRAPH_NEO4J_PASSWORD"));
            try {
                Driver driver = new Neo4jConnection(served.get().bolt(), "neo4j", password).open();
                Console.info("Asking the Alliance Graph served at " + served.get().bolt());
                return new GraphSession(driver, null);
            } catch (Neo4jConnection.UnreachableException stoppedMeanwhile) {
                // The announced process no longer serves (it stopped, or its number was reused).
                Console.info("The serve announced in " + store.dataDirectory + " does not answer; opening the store");
            }
        }
        EmbeddedStore.Opened opened = store.store().open(store.scriptSet(), EmbeddedNeo4j.Connectors.boltOnly(), false,
                ScriptLoader.Mode.BATCHED, EmbeddedStore.Access.READ_ONLY, "a one-shot command");
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

    /**
     * Says which graph answers, and warns when it was loaded from other scripts than the ones of
     * this command (a stale load of an older version, say): its answers may then differ.
     */
    private static void checkVersion(Driver driver, String where, StoreOptions store) {
        List<Record> rows = Reads.on(driver).records(LoadRecord.READ);
        String loaded = rows.isEmpty() ? null : rows.get(0).get("scriptsSha256").asString(null);
        if (rows.isEmpty()) {
            Console.info("WARNING: the Neo4j at " + where + " holds no Alliance Graph dataset: load it with load --uri " + where);
        } else if (!store.fingerprint().equals(loaded)) {
            Console.info("WARNING: the graph at " + where + " was loaded from other scripts than these ("
                    + (loaded == null ? "unrecorded" : "scripts sha256 " + loaded.substring(0, 12)) + ", these "
                    + store.fingerprint().substring(0, 12) + "); its answers may differ: load --uri " + where
                    + " loads these");
        } else {
            Console.info("Asking the Neo4j at " + where + " (graph of these scripts)");
        }
    }

    AllianceGraph graph(org.alliancegraph.index.Weights weights, java.time.Duration timeout) {
        return AllianceGraph.on(driver, weights, timeout);
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
