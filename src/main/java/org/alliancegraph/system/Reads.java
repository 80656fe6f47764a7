package org.alliancegraph.system;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.EagerResult;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * How the product reads the graph: every query in a read transaction (which the server refuses to
 * write in), routed to a reader of a cluster, and cut by a timeout. The driver retries a read that
 * fails on a lost connection; a read cut by its timeout is not retried.
 */
public final class Reads {

    /** How long a query may run unless configured otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    private final Driver driver;
    private final Duration timeout;
    private final QueryConfig config;

    public Reads(Driver driver, Duration timeout) {
        this(driver, timeout, null);
    }

    /**
     * Reads of a named database of the server (null: the server's default database), for a graph
     * kept apart from the article's, such as a synthetic one.
     */
    public Reads(Driver driver, Duration timeout, String database) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("A query timeout must be positive, not " + timeout);
        }
        this.driver = driver;
        this.timeout = timeout;
        QueryConfig.Builder builder = QueryConfig.builder().withRouting(RoutingControl.READ).withTimeout(timeout);
        this.config = (database == null ? builder : builder.withDatabase(database)).build();
    }

    /** Reads with the default timeout. */
    public static Reads on(Driver driver) {
        return new Reads(driver, DEFAULT_TIMEOUT);
    }

    /** The rows of a read query without parameters. */
    public List<Record> records(String query) {
        return records(query, Map.of());
    }

    /** The rows of a read query. */
    public List<Record> records(String query, Map<String, ?> parameters) {
        return result(query, parameters).records();
    }

    /** The result of a read query: its keys and rows. */
    public EagerResult result(String query, Map<String, ?> parameters) {
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) parameters;
        return driver.executableQuery(query).withParameters(values).withConfig(config).execute();
    }

    /**
     * Hands the rows of a read query to {@code each} as the driver fetches them (a batch at a time),
     * so that a reader that writes each row out holds no more than a batch in memory. Unlike
     * {@link #records}, the read is not retried: {@code each} may already have written rows out.
     */
    public void stream(String query, Map<String, ?> parameters, Consumer<Record> each) {
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) parameters;
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
                Transaction tx = session.beginTransaction(TransactionConfig.builder().withTimeout(timeout).build())) {
            Result result = tx.run(query, values);
            while (result.hasNext()) {
                each.accept(result.next());
            }
            tx.commit();
        }
    }

    /** The query timeout. */
    public Duration timeout() {
        return timeout;
    }

    /** Whether the server stopped a query because it ran past its timeout. */
    public static boolean isTimeout(Neo4jException e) {
        String code = e.code();
        return code != null && (code.contains("TransactionTimedOut") || code.endsWith("Transaction.Terminated"));
    }

    /** Whether the database could not be reached or is not available: an outage, not a bug. */
    public static boolean isUnavailable(Neo4jException e) {
        String code = e.code();
        return e instanceof ServiceUnavailableException || e instanceof SessionExpiredException
                || code != null && (code.endsWith("DatabaseUnavailable") || code.endsWith("DatabaseNotFound"));
    }
}
