package org.alliancegraph.scale;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;

/**
 * Where the loader writes: one parameterized statement per call, with a batch of rows as
 * {@code $rows}, in a transaction of its own.
 */
public interface GraphWriter {

    /** Runs {@code statement} with {@code parameters} in one transaction. */
    void write(String statement, Map<String, Object> parameters);

    /** Runs {@code statement} with {@code rows} as {@code $rows} in one transaction. */
    default void rows(String statement, List<Map<String, Object>> rows) {
        write(statement, Map.of("rows", rows));
    }

    /** Runs a statement without rows (schema, clean-up) in a transaction of its own. */
    void run(String statement);

    /**
     * Runs statements without rows in one transaction. For schema statements this matters on a full
     * store: Neo4j populates the indexes that one transaction creates in one pass over the store,
     * where one transaction per index would read the store once for each.
     */
    void runTogether(List<String> statements);

    /** Writes through the embedded API, in the same process as the store. */
    static GraphWriter embedded(GraphDatabaseService database) {
        return new GraphWriter() {
            @Override
            public void write(String statement, Map<String, Object> parameters) {
                try (Transaction tx = database.beginTx()) {
                    tx.execute(statement, parameters).close();
                    tx.commit();
                }
            }

            @Override
            public void run(String statement) {
                database.executeTransactionally(statement);
            }

            @Override
            public void runTogether(List<String> statements) {
                try (Transaction tx = database.beginTx()) {
                    statements.forEach(statement -> tx.execute(statement).close());
                    tx.commit();
                }
            }
        };
    }

    /**
     * Writes over Bolt as managed write transactions, which the driver sends to the leader of a
     * cluster ({@code neo4j://}) and retries on a leader switch.
     *
     * @param database the database to write to
     */
    static GraphWriter driver(Driver driver, String database) {
        SessionConfig config = SessionConfig.forDatabase(database);
        return new GraphWriter() {
            @Override
            public void write(String statement, Map<String, Object> parameters) {
                try (Session session = driver.session(config)) {
                    session.executeWriteWithoutResult(tx -> tx.run(statement, parameters).consume());
                }
            }

            @Override
            public void run(String statement) {
                runTogether(List.of(statement));
            }

            @Override
            public void runTogether(List<String> statements) {
                try (Session session = driver.session(config)) {
                    session.executeWriteWithoutResult(tx -> statements.forEach(statement -> tx.run(statement).consume()));
                }
            }
        };
    }
}
