package org.alliancegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.alliancegraph.TestGraph;
import org.alliancegraph.api.RestApplication;
import org.alliancegraph.embedded.EmbeddedNeo4j;
import org.alliancegraph.embedded.StoreLock;
import org.alliancegraph.index.Weights;
import org.alliancegraph.load.DriverTransactions;
import org.alliancegraph.load.EmbeddedTransactions;
import org.alliancegraph.load.ScriptLoader;
import org.alliancegraph.system.Neo4jConnection;
import org.alliancegraph.system.Reads;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.ExecutableQuery;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/**
 * Faults: a query cut by its timeout, a database that goes down and comes back, and the failure
 * paths that must release what they opened.
 */
class FaultTests {

    static final String FACT = "event-dprk-prc-recall-ambassadors-1966";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path folder;

    static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String port(ConfigurableApplicationContext context) {
        return context.getEnvironment().getProperty("local.server.port");
    }

    @Test
    @DisplayName("a query cut by its timeout is a 503 problem, and the database answers the next ones")
    void timeout() throws Exception {
        Driver driver = TestGraph.driver();
        assertThatThrownBy(() -> new Reads(driver, Duration.ofMillis(200))
                .records("UNWIND range(1, 1000000000) AS x RETURN sum(x) AS s"))
                .isInstanceOfSatisfying(Neo4jException.class, e -> assertThat(Reads.isTimeout(e)).as(e.code()).isTrue());
        assertThat(Reads.on(driver).records("RETURN 1 AS one").get(0).get("one").asInt()).isEqualTo(1);

        // Neo4j stops a query past its timeout at its next check; which of the API's quick queries
        // a check catches is chance. The REST mapping is checked on a database whose every query
        // is stopped so, the real stop above.
        ConfigurableApplicationContext impatient = RestApplication.start(timingOut(), "127.0.0.1", 0,
                Weights.locate(null), Duration.ofSeconds(5));
        try {
            HttpResponse<String> cut = get("http://127.0.0.1:" + port(impatient) + "/api/disagreements");
            assertThat(cut.statusCode()).isEqualTo(503);
            assertThat(cut.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(cut.body()).contains("\"title\":\"Query timed out\"");
        } finally {
            impatient.close();
        }
        ConfigurableApplicationContext patient = RestApplication.start(driver, "127.0.0.1", 0);
        try {
            assertThat(get("http://127.0.0.1:" + port(patient) + "/api/disagreements").statusCode()).isEqualTo(200);
        } finally {
            patient.close();
        }
    }

    /** A driver whose every query is stopped by the server's timeout, as Neo4j reports it. */
    static Driver timingOut() {
        ClassLoader loader = FaultTests.class.getClassLoader();
        Object[] query = new Object[1];
        query[0] = Proxy.newProxyInstance(loader, new Class<?>[] {ExecutableQuery.class}, (proxy, method, args) -> {
            if (method.getName().equals("execute")) {
                throw new ClientException("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
                        "The transaction has been terminated: it ran past its timeout");
            }
            return proxy;
        });
        return (Driver) Proxy.newProxyInstance(loader, new Class<?>[] {Driver.class}, (proxy, method, args) -> {
            if (method.getName().equals("executableQuery")) {
                return query[0];
            }
            if (method.getName().equals("close")) {
                return null;
            }
            throw new UnsupportedOperationException(method.getName());
        });
    }

    @Test
    @DisplayName("a database that goes down: REST answers 503 problems and health says why, the CLI fails within 5 s, "
            + "and REST recovers without a restart when it returns")
    void outageAndRecovery() throws Exception {
        int bolt = ServeTests.freePort();
        EmbeddedNeo4j.Connectors connectors = new EmbeddedNeo4j.Connectors("127.0.0.1", bolt, -1, Optional.empty());
        Path store = folder.resolve("graph");
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(store, connectors);
        new ScriptLoader(new EmbeddedTransactions(neo4j.database()), line -> { }).apply(TestGraph.scripts());
        String uri = "bolt://127.0.0.1:" + bolt;
        Driver driver = new Neo4jConnection(URI.create(uri), "neo4j", Optional.empty()).open();
        ConfigurableApplicationContext rest = RestApplication.start(driver, "127.0.0.1", 0);
        String base = "http://127.0.0.1:" + port(rest);
        try {
            assertThat(get(base + "/api/facts/" + FACT).statusCode()).isEqualTo(200);
            assertThat(get(base + "/actuator/health").body()).contains("\"graph\":{\"details\":{\"dataset\"");

            neo4j.close();
            long started = System.nanoTime();
            HttpResponse<String> down = get(base + "/api/facts/" + FACT);
            double seconds = (System.nanoTime() - started) / 1e9;
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).contains("\"title\":\"Database unavailable\"").doesNotContain("Exception");
            assertThat(seconds).as("REST reports the outage within seconds").isLessThan(5);
            System.out.printf("REST answered 503 %.2f s after the request, with the database down%n", seconds);
            HttpResponse<String> health = get(base + "/actuator/health");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("\"reason\":\"the database does not answer");

            StringWriter err = new StringWriter();
            CommandLine cli = Cli.commandLine();
            cli.setErr(new PrintWriter(err, true));
            started = System.nanoTime();
            int code = cli.execute("fact", FACT, "--uri", uri);
            seconds = (System.nanoTime() - started) / 1e9;
            assertThat(code).isEqualTo(Cli.FAILURE);
            assertThat(seconds).as("the command line fails within 5 s").isLessThan(5);
            System.out.printf("The CLI failed in %.2f s, with exit code %d%n", seconds, code);
            assertThat(err.toString().strip().lines()).hasSize(1).allMatch(l -> l.startsWith("Error: ") && l.contains(uri));

            neo4j = EmbeddedNeo4j.start(store, connectors);
            started = System.nanoTime();
            int status = 0;
            while (status != 200 && System.nanoTime() - started < 30_000_000_000L) {
                status = get(base + "/api/facts/" + FACT).statusCode();
                if (status != 200) {
                    Thread.sleep(100);
                }
            }
            System.out.printf("REST answered again %.1f s after the database returned%n", (System.nanoTime() - started) / 1e9);
            assertThat(status).as("recovered without a restart").isEqualTo(200);
            assertThat(get(base + "/actuator/health").statusCode()).isEqualTo(200);
        } finally {
            rest.close();
            driver.close();
            neo4j.close();
        }
    }

    @Test
    @DisplayName("serve that cannot open its store stops the REST server it started, and its port is free again")
    void failedServeReleasesRest() throws Exception {
        int rest = ServeTests.freePort();
        Path data = folder.resolve("data");
        try (StoreLock held = StoreLock.acquire(data, "another serve")) {
            ServeCommand serve = new ServeCommand();
            new CommandLine(serve).parseArgs("--bolt-port", String.valueOf(ServeTests.freePort()), "--http-port",
                    String.valueOf(ServeTests.freePort()), "--port", String.valueOf(rest), "--data-dir", data.toString());
            assertThatThrownBy(serve::start).isInstanceOf(StoreLock.StoreBusyException.class)
                    .hasMessageContaining("in use by another serve");
        }
        try (ServerSocket again = new ServerSocket(rest, 1, InetAddress.getLoopbackAddress())) {
            assertThat(again.getLocalPort()).isEqualTo(rest);
        }
    }

    @Test
    @DisplayName("a session whose transaction cannot begin is closed")
    void sessionClosedWhenBeginFails() {
        AtomicBoolean closed = new AtomicBoolean();
        Session session = (Session) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Session.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "beginTransaction" -> throw new IllegalStateException("no transaction today");
                    case "close" -> {
                        closed.set(true);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        Driver driver = (Driver) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Driver.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("session")) {
                        return session;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });

        assertThatThrownBy(() -> new DriverTransactions(driver).begin()).hasMessage("no transaction today");
        assertThat(closed).isTrue();
    }
}
