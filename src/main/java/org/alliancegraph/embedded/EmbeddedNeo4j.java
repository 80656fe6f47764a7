package org.alliancegraph.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.harness.Neo4j;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.storageengine.api.TransactionIdStore;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.server.configuration.ServerSettings;

/**
 * An in-process Neo4j 5 server (Bolt, optionally HTTP with Neo4j Browser, APOC core) on a store
 * directory of our choosing.
 *
 * <p>The harness keeps its logs in a throw-away folder that it deletes on close; the store itself
 * lives in {@code storeDirectory}, so it survives restarts.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    /**
     * Neo4j's HTTP server (Jersey, logging through java.util.logging) warns on every start about an
     * optional provider it does not need; held here so the level is not lost to garbage collection.
     */
    private static final java.util.logging.Logger JERSEY = java.util.logging.Logger.getLogger("org.glassfish.jersey");

    static {
        JERSEY.setLevel(java.util.logging.Level.SEVERE);
    }

    private final Neo4j neo4j;
    private final Path storeDirectory;
    private final Connectors connectors;
    /** What is released after the server stopped (the store's lock). */
    private final List<AutoCloseable> afterClose = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedNeo4j(Neo4j neo4j, Path storeDirectory, Connectors connectors) {
        this.connectors = connectors;
        this.neo4j = neo4j;
        this.storeDirectory = storeDirectory;
    }

    /**
     * Starts a server on {@code storeDirectory} with the given connectors.
     *
     * @param storeDirectory where the databases live; created when missing
     * @param connectors     which connectors to open, on which address
     * @return the running server
     */
    public static EmbeddedNeo4j start(Path storeDirectory, Connectors connectors) {
        return start(storeDirectory, connectors, 64L * 1024 * 1024);
    }

    /**
     * Starts a server on {@code storeDirectory} with the given connectors and page cache: the
     * article's graph fits in the default 64 MB; a synthetic graph of a million facts wants more.
     *
     * @param pageCacheBytes the page cache, in bytes (off the Java heap)
     */
    public static EmbeddedNeo4j start(Path storeDirectory, Connectors connectors, long pageCacheBytes) {
        try {
            Files.createDirectories(storeDirectory);
            // Browser's post-connect commands name the HTTP port: a free one is chosen here, not by Neo4j.
            int httpPort = connectors.httpPort() == 0 ? freePort(connectors.host()) : connectors.httpPort();
            Path scratch = Files.createDirectories(storeDirectory.resolveSibling(".neo4j-work"));
            Neo4jBuilder builder = Neo4jBuilders.newInProcessBuilder(scratch)
                    .withConfig(GraphDatabaseSettings.data_directory, storeDirectory.toAbsolutePath())
                    .withConfig(GraphDatabaseSettings.transaction_logs_root_path,
                            storeDirectory.resolve("transactions").toAbsolutePath())
                    .withConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
                    // Queries past their timeout are stopped at the next check: every 100 ms, not every 2 s.
                    .withConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(100))
                    // Bolt's defaults wait for a network quiet period of seconds on shutdown; a local,
                    // read-mostly server has nothing in flight worth that wait.
                    .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                    .withConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                    .withConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                    .withConfig(GraphDatabaseSettings.auth_enabled, connectors.password().isPresent())
                    .withConfig(BoltConnector.enabled, connectors.boltPort() >= 0)
                    .withConfig(BoltConnector.listen_address,
                            new SocketAddress(connectors.host(), Math.max(connectors.boltPort(), 0)))
                    // Browser connects to the advertised Bolt address; it must name the port actually used.
                    .withConfig(BoltConnector.advertised_address,
                            new SocketAddress(connectors.advertisedHost(), Math.max(connectors.boltPort(), 0)))
                    .withConfig(HttpConnector.enabled, httpPort >= 0)
                    .withConfig(HttpConnector.listen_address, new SocketAddress(connectors.host(), Math.max(httpPort, 0)));
            if (httpPort >= 0) {
                builder = withBrowser(builder, storeDirectory, connectors.advertisedHost(), httpPort);
            }
            if (connectors.httpPort() < 0) {
                builder = builder.withDisabledServer();
            }
            if (connectors.httpPort() >= 0) {
                // APOC core is for the people at Neo4j Browser and their drivers; nothing in cypher/ or
                // in the product's own queries calls it, so servers without Browser go without it.
                ApocRegistry.Extensions apoc = ApocRegistry.extensions();
                for (Class<?> type : apoc.procedures()) {
                    builder = builder.withProcedure(type);
                }
                for (Class<?> type : apoc.functions()) {
                    builder = builder.withFunction(type);
                }
                for (Class<?> type : apoc.aggregations()) {
                    builder = builder.withAggregationFunction(type);
                }
            }
            Neo4j neo4j = builder.build();
            EmbeddedNeo4j server = new EmbeddedNeo4j(neo4j, storeDirectory, connectors);
            try {
                connectors.password().ifPresent(server::setPassword);
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the store directory " + storeDirectory, e);
        }
    }

    /**
     * Neo4j Browser as the product serves it ({@link BrowserBundle}): connected on arrival, with
     * the product's style applied and its guide played on connect, from the same origin.
     */
    private static Neo4jBuilder withBrowser(Neo4jBuilder builder, Path storeDirectory, String host, int httpPort) {
        String base = "http://" + host + ":" + httpPort + "/browser/" + BrowserBundle.FOLDER + "/";
        Optional<Path> web = BrowserBundle.write(storeDirectory.toAbsolutePath().resolveSibling("web"));
        if (web.isPresent()) {
            builder = builder.withConfig(ServerSettings.web_dir_path, web.get());
        }
        return builder
                // Browser's default draws every relationship between the nodes a query returns: all
                // the yearly TIEs of a dyad, not the one year asked for. Then the style and the guide.
                .withConfig(ServerSettings.browser_post_connect_cmd,
                        "config {autoComplete: false}; style " + base + "style.grass; guide " + base + "guide.html")
                // A product that works offline: Browser's usage reports stay off.
                .withConfig(ServerSettings.allow_telemetry, false)
                // Browser fetches styles and guides only from the hosts listed here.
                .withConfig(ServerSettings.browser_remote_content_hostname_whitelist,
                        "guides.neo4j.com,localhost," + host);
    }

    /** A port that is free on {@code host} now (the system picks it); another process may take it before it is used. */
    public static int freePort(String host) throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName(host))) {
            return socket.getLocalPort();
        }
    }

    /**
     * Finds APOC's procedures in the background, so that a server with Browser, started a little
     * later, registers them without waiting for the scan.
     */
    public static void findProceduresAhead() {
        Thread scan = new Thread(ApocRegistry::extensions, "alliance-graph-apoc-scan");
        scan.setDaemon(true);
        scan.start();
    }

    private void setPassword(String password) {
        neo4j.databaseManagementService().database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                .executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                        Map.of("password", password));
    }

    /**
     * Makes the graph read-only, or writable again, for every client (Bolt, HTTP, Browser and the
     * embedded API alike): a write then fails with Neo4j's read-only error. The setting is one
     * that a running Neo4j takes without a restart.
     */
    public void setReadOnly(boolean readOnly) {
        Config config = ((GraphDatabaseAPI) database()).getDependencyResolver().resolveDependency(Config.class);
        config.setDynamic(GraphDatabaseSettings.read_only_databases,
                readOnly ? Set.of(GraphDatabaseSettings.DEFAULT_DATABASE_NAME) : Set.of(), "alliance-graph");
    }

    /**
     * The id of the last transaction committed to the graph: equal ids mean that nothing was
     * written in between, which is cheaper to ask than a hash of the content.
     */
    public long lastTransactionId() {
        return ((GraphDatabaseAPI) database()).getDependencyResolver().resolveDependency(TransactionIdStore.class)
                .getLastCommittedTransactionId();
    }

    /** The connectors it was started with. */
    public Connectors connectors() {
        return connectors;
    }

    public URI boltUri() {
        return neo4j.boltURI();
    }

    public Optional<URI> httpUri() {
        try {
            return Optional.of(neo4j.httpURI());
        } catch (IllegalStateException noHttp) {
            return Optional.empty();
        }
    }

    public Path storeDirectory() {
        return storeDirectory;
    }

    public GraphDatabaseService database() {
        return neo4j.defaultDatabaseService();
    }

    /** Releases {@code resource} after the server stopped, whether or not the stop succeeded. */
    void releaseOnClose(AutoCloseable resource) {
        afterClose.add(resource);
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            neo4j.close();
        } finally {
            for (AutoCloseable resource : afterClose) {
                try {
                    resource.close();
                } catch (Exception e) {
                    // A lock released with its file: nothing is left to do.
                }
            }
        }
    }

    /**
     * The connectors of an embedded server.
     *
     * @param host     the address to bind, {@code 127.0.0.1} by default
     * @param boltPort the Bolt port, 0 for any free port, -1 for none
     * @param httpPort the HTTP port (Neo4j Browser), 0 for any free port, -1 for none
     * @param password the password of the {@code neo4j} user, empty for no authentication
     */
    public record Connectors(String host, int boltPort, int httpPort, Optional<String> password) {

        /** The host clients are told to connect to: the bind address, or loopback for all interfaces. */
        public String advertisedHost() {
            return host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
        }

        /** Bolt only, on a free loopback port, without authentication: for one-off queries. */
        public static Connectors boltOnly() {
            return new Connectors("127.0.0.1", 0, -1, Optional.empty());
        }

        /** No connector at all: for loads through the embedded API. */
        public static Connectors none() {
            return new Connectors("127.0.0.1", -1, -1, Optional.empty());
        }
    }
}
