package org.alliancegraph.system;

import java.net.URI;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/**
 * Where a Neo4j server is and how to log in: {@code bolt://}, {@code neo4j://} (routing, for a
 * cluster or a single instance) and their {@code +s}/{@code +ssc} variants.
 *
 * @param uri      the server's URI
 * @param user     the user, {@code neo4j} by default
 * @param password the password; empty for a server without authentication
 */
public record Neo4jConnection(URI uri, String user, Optional<String> password) {

    public Neo4jConnection {
        String scheme = uri.getScheme();
        if (scheme == null || !scheme.matches("(bolt|neo4j)(\\+s|\\+ssc)?")) {
            throw new IllegalArgumentException("Not a Neo4j URI: " + uri
                    + " (expected bolt://host:7687 or neo4j://host:7687, optionally with +s or +ssc)");
        }
    }

    /** Opens a driver and checks that the server answers and accepts the credentials. */
    public Driver open() {
        return verified(driver());
    }

    /** A driver that has not connected yet: connections are made on first use. */
    public Driver driver() {
        AuthToken auth = password.map(p -> AuthTokens.basic(user, p)).orElseGet(AuthTokens::none);
        Config config = Config.builder()
                .withLogging(Logging.none())
                // A database that is down is reported within seconds: the driver's default retries a
                // failed read for 30 s, which a command line and a REST client would wait through.
                .withConnectionTimeout(3, TimeUnit.SECONDS)
                .withConnectionAcquisitionTimeout(4, TimeUnit.SECONDS)
                .withMaxTransactionRetryTime(1, TimeUnit.SECONDS)
                .build();
        return GraphDatabase.driver(uri, auth, config);
    }

    /**
     * Checks that the server behind {@code driver} answers and accepts the credentials.
     *
     * @return the driver
     * @throws UnreachableException saying which; the driver is closed then
     */
    public Driver verified(Driver driver) {
        try {
            driver.verifyConnectivity();
            return driver;
        } catch (AuthenticationException e) {
            driver.close();
            throw new UnreachableException("Neo4j at " + uri + " refused the credentials of user '" + user
                    + "': check --user/--password (or NEO4J_USERNAME/NEO4J_PASSWORD)", e);
        } catch (ServiceUnavailableException e) {
            driver.close();
            throw new UnreachableException("No Neo4j answers at " + uri + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            driver.close();
            throw new UnreachableException("Cannot connect to Neo4j at " + uri + ": " + e.getMessage(), e);
        }
    }

    /** The server could not be reached or refused the login; the message says which. */
    public static final class UnreachableException extends RuntimeException {
        UnreachableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
