package org.alliancegraph.load;

import org.neo4j.graphdb.GraphDatabaseService;

/** Transactions of the embedded Neo4j API, for loads into an embedded store. */
public final class EmbeddedTransactions implements ScriptLoader.Database {

    private final GraphDatabaseService database;

    public EmbeddedTransactions(GraphDatabaseService database) {
        this.database = database;
    }

    @Override
    public ScriptLoader.Transaction begin() {
        org.neo4j.graphdb.Transaction tx = database.beginTx();
        return new ScriptLoader.Transaction() {
            @Override
            public void run(String statement, java.util.Map<String, Object> parameters) {
                tx.execute(statement, parameters).close();
            }

            @Override
            public void commit() {
                tx.commit();
            }

            @Override
            public void close() {
                tx.close();
            }
        };
    }
}
