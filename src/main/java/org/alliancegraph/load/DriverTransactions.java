package org.alliancegraph.load;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/** Transactions over Bolt, for loads into an existing server or cluster. */
public final class DriverTransactions implements ScriptLoader.Database {

    private final Driver driver;

    public DriverTransactions(Driver driver) {
        this.driver = driver;
    }

    @Override
    public ScriptLoader.Transaction begin() {
        Session session = driver.session();
        org.neo4j.driver.Transaction tx;
        try {
            tx = session.beginTransaction();
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
        return new ScriptLoader.Transaction() {
            @Override
            public void run(String statement, java.util.Map<String, Object> parameters) {
                tx.run(statement, parameters).consume();
            }

            @Override
            public void commit() {
                tx.commit();
            }

            @Override
            public void close() {
                try {
                    tx.close();
                } finally {
                    session.close();
                }
            }
        };
    }
}
