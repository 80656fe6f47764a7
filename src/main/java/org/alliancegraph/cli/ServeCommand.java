package org.alliancegraph.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Optional;
import java.net.URI;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;

import org.alliancegraph.AllianceGraph;
import org.alliancegraph.api.BrowserLink;
import org.alliancegraph.api.RestApplication;
import org.alliancegraph.embedded.EmbeddedNeo4j;
import org.alliancegraph.embedded.EmbeddedStore;
import org.alliancegraph.load.ScriptLoader;
import org.alliancegraph.system.Neo4jConnection;
import org.neo4j.driver.Driver;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code serve}: the embedded Neo4j (Bolt, HTTP with Neo4j Browser, APOC core) loaded from the
 * scripts, and the REST API over it; or, with {@code --uri}, the REST API over an existing Neo4j.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the embedded Neo4j with the graph loaded, Neo4j Browser and the REST API.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Mixin
    StoreOptions store;

    @Mixin
    ServerOptions server;

    @Mixin
    WeightsOptions weights;

    @Mixin
    TimeoutOptions timeout;

    @Option(names = "--writable",
            description = "Let clients write to the served graph (to annotate it, under the label Annotation, which "
                    + "loads keep). By default the graph is read-only to everyone: Bolt, HTTP and Browser.")
    boolean writable;

    @Option(names = "--no-warm-up", hidden = true,
            description = "Do not plan queries and compute the index after the ready line (for the benchmark's comparison).")
    boolean noWarmUp;

    @Override
    public Integer call() {
        Running running = start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.stop();
            stopped.countDown();
        }, "alliance-graph-shutdown"));
        System.out.println(running.readyLine());
        System.out.flush();
        if (running.announce() != null) {
            running.announce().run();
        }
        if (noWarmUp) {
            awaitStop(stopped);
            return 0;
        }
        Thread warmUp = new Thread(() -> Warmup.run(running.rest().getBean(AllianceGraph.class), running.driver()),
                "alliance-graph-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
        awaitStop(stopped);
        return 0;
    }

    private static void awaitStop(CountDownLatch stopped) {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts everything serve runs; the caller stops it. */
    Running start() {
        // Settings are checked before anything starts: a typo in the weights or a bad timeout is an error, not a zero.
        weights.weights();
        timeout.timeout();
        Optional<Neo4jConnection> external = connection.external();
        if (external.isEmpty()) {
            server.checkSafe();
        }
        server.checkPortsFree(external.isEmpty());
        return external.map(this::onExternal).orElseGet(this::onEmbedded);
    }

    /**
     * Opens the store (loading it when the scripts changed) while the REST server starts beside it:
     * the REST server needs the database only when a request comes, and the two starts together
     * take little more than the longer of them.
     */
    private Running onEmbedded() {
        // Logging is set up here, before the threads below log at once (SLF4J would warn that it
        // replays their first calls).
        org.slf4j.LoggerFactory.getILoggerFactory();
        EmbeddedNeo4j.findProceduresAhead();
        String bolt = "bolt://" + server.urlHost() + ":" + server.boltPort;
        Neo4jConnection connection = new Neo4jConnection(URI.create(bolt), "neo4j", server.connectors().password());
        Driver driver = connection.driver();
        String browser = "http://" + server.urlHost() + ":" + server.httpPort + "/browser/";
        BrowserLink browserLink = new BrowserLink(browser, bolt, server.connectors().password().isPresent());
        CompletableFuture<ConfigurableApplicationContext> rest = CompletableFuture.supplyAsync(
                () -> RestApplication.start(driver, server.bind, server.restPort, weights.weights(), timeout.timeout(),
                        Optional.of(browserLink)));
        EmbeddedNeo4j neo4j = null;
        try {
            EmbeddedStore.Opened opened = store.store().open(store.scriptSet(), server.connectors(), store.fresh,
                    ScriptLoader.Mode.BATCHED, writable ? EmbeddedStore.Access.WRITABLE : EmbeddedStore.Access.READ_ONLY,
                    "serve");
            neo4j = opened.server();
            opened.failure().ifPresent(failure -> Console.info(
                    "WARNING: the scripts failed and the previous store was kept: " + failure.getMessage()));
            connection.verified(driver);
            Runnable announce = opened.outcome() == EmbeddedStore.Outcome.KEPT_PREVIOUS ? null
                    : () -> ServedGraph.announce(store.store().dataDirectory(),
                            "http://" + server.urlHost() + ":" + server.restPort, bolt, store.fingerprint(),
                            weights.file == null);
            Path dataDirectory = store.store().dataDirectory();
            return new Running(driver, rest.join(), neo4j, browser, bolt, restUrl(), opened.outcome().name().toLowerCase(),
                    announce, () -> ServedGraph.withdraw(dataDirectory));
        } catch (RuntimeException e) {
            // Whatever started is stopped, in the order of a normal stop: REST (once it is up), the driver, Neo4j.
            EmbeddedNeo4j started = neo4j;
            try {
                closeAll(() -> {
                    ConfigurableApplicationContext context = rest.handle((up, failure) -> up).join();
                    if (context != null) {
                        context.close();
                    }
                }, driver::close, started == null ? () -> { } : started::close);
            } catch (RuntimeException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            throw unwrap(e);
        }
    }

    /** Closes each in turn, whether or not the ones before failed; the first failure is thrown at the end. */
    static void closeAll(AutoCloseable... resources) {
        RuntimeException first = null;
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                if (first == null) {
                    first = e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static RuntimeException unwrap(RuntimeException e) {
        return e instanceof CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
    }

    private Running onExternal(Neo4jConnection neo4j) {
        Driver driver = neo4j.open();
        ConfigurableApplicationContext rest;
        try {
            rest = RestApplication.start(driver, server.bind, server.restPort, weights.weights(), timeout.timeout());
        } catch (RuntimeException e) {
            driver.close();
            throw e;
        }
        return new Running(driver, rest, null, "(Browser of the external server)", neo4j.uri().toString(), restUrl(),
                "external", null, () -> { });
    }

    private String restUrl() {
        return "http://" + server.urlHost() + ":" + server.restPort + "/api/meta";
    }

    private static double secondsSinceJvmStart() {
        return (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
    }

    /** What serve runs, and the order in which it stops: REST first, then the driver, then the database. */
    record Running(Driver driver, ConfigurableApplicationContext rest, EmbeddedNeo4j neo4j, String browser,
            String bolt, String restUrl, String store, Runnable announce, Runnable withdraw) {

        /** The line that says everything answers; the time is taken after the counts were read. */
        String readyLine() {
            long nodes = driver.executableQuery("MATCH (n) RETURN count(n) AS c").execute().records().get(0).get("c").asLong();
            long relationships = driver.executableQuery("MATCH ()-[r]->() RETURN count(r) AS c").execute().records().get(0)
                    .get("c").asLong();
            double seconds = secondsSinceJvmStart();
            return String.format("Alliance Graph ready in %.1f s: Browser %s | Bolt %s | REST %s (%d nodes, %d relationships; store %s)",
                    seconds, browser, bolt, restUrl, nodes, relationships, store);
        }

        void stop() {
            long started = System.nanoTime();
            closeAll(withdraw::run, rest::close, driver::close, neo4j == null ? () -> { } : neo4j::close);
            System.err.printf("Alliance Graph stopped in %.1f s%n", (System.nanoTime() - started) / 1e9);
        }
    }

}
