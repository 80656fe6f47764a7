package org.alliancegraph.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.alliancegraph.AllianceGraph;
import org.alliancegraph.TestGraph;
import org.alliancegraph.catalog.DatasetMeta;
import org.alliancegraph.cli.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.testcontainers.containers.Neo4jContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;

/**
 * The external-server path against the real thing: Neo4j 5.26 Community with APOC core in a
 * container (the image of docker-compose.yml), loaded through the command line as a user would.
 * Skipped where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class Neo4jContainerTests {

    /** The image; docker-compose.yml must name the same one (DockerComposeTests checks it). */
    static final String IMAGE = "neo4j:5.26-community";

    /** A fresh password per run: nothing to leak, and long enough for Neo4j's minimum of 8. */
    private static final String PASSWORD = "ag-" + UUID.randomUUID();

    @Container
    private static final Neo4jContainer<?> NEO4J = new Neo4jContainer<>(DockerImageName.parse(IMAGE))
            .withAdminPassword(PASSWORD)
            .withPlugins("apoc")
            .withStartupTimeout(Duration.ofMinutes(3));

    private static int firstLoad;
    private static Snapshot afterFirstLoad;

    @BeforeAll
    static void loadOnce() {
        firstLoad = load(NEO4J.getBoltUrl());
        afterFirstLoad = firstLoad == 0 ? snapshot(NEO4J.getBoltUrl()) : null;
    }

    @Test
    @DisplayName("load over Bolt exits 0 and the Java API finds the dataset: its version, years from 1945, facts")
    void loadsOverBolt() {
        assertThat(firstLoad).as("exit code of load").isZero();

        DatasetMeta meta = afterFirstLoad.meta();
        assertThat(meta.dataset()).isEqualTo("alliance-graph");
        assertThat(meta.version()).isNotBlank();
        assertThat(meta.years().from()).isEqualTo(1945);
        assertThat(meta.years().to()).isGreaterThanOrEqualTo(1970);
        assertThat(meta.counts().facts()).isPositive();
        assertThat(meta.counts().actors()).isPositive();
        assertThat(meta.sources()).isNotEmpty();
    }

    @Test
    @DisplayName("the server holds the same graph as the embedded default: dataset, labels and relationship types")
    void sameGraphAsEmbedded() {
        assertThat(firstLoad).as("exit code of load").isZero();
        Snapshot embedded = Snapshot.of(TestGraph.driver());

        assertThat(afterFirstLoad).isEqualTo(embedded);
    }

    @Test
    @DisplayName("APOC core answers: apoc.version() is of the 5.26 line and apoc.help lists the collection functions")
    void apocIsCallable() {
        try (Driver driver = driver(NEO4J.getBoltUrl())) {
            String version = driver.executableQuery("RETURN apoc.version() AS version").execute().records().get(0)
                    .get("version").asString();
            long collectionFunctions = driver.executableQuery("CALL apoc.help('coll') YIELD name RETURN count(name) AS n")
                    .execute().records().get(0).get("n").asLong();

            assertThat(version).startsWith("5.26");
            assertThat(collectionFunctions).isPositive();
        }
    }

    @Test
    @DisplayName("loading a second time changes nothing: the same nodes and relationships, label by label")
    void secondLoadIsIdempotent() {
        assertThat(firstLoad).as("exit code of the first load").isZero();
        int secondLoad = load(NEO4J.getBoltUrl());

        assertThat(secondLoad).as("exit code of the second load").isZero();
        assertThat(snapshot(NEO4J.getBoltUrl())).isEqualTo(afterFirstLoad);
    }

    @Test
    @DisplayName("a neo4j:// routing URI works for load, and for the Java API afterwards")
    void routingUri() {
        assertThat(firstLoad).as("exit code of the first load").isZero();
        String routing = "neo4j://" + NEO4J.getHost() + ":" + NEO4J.getMappedPort(7687);

        int exit = load(routing);

        assertThat(exit).as("exit code of load over neo4j://").isZero();
        assertThat(snapshot(routing)).isEqualTo(afterFirstLoad);
    }

    private static int load(String uri) {
        return Cli.run("load", "--uri", uri, "--user", "neo4j", "--password", PASSWORD);
    }

    private static Driver driver(String uri) {
        Driver driver = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", PASSWORD));
        try {
            driver.verifyConnectivity();
            return driver;
        } catch (RuntimeException e) {
            driver.close();
            throw e;
        }
    }

    private static Snapshot snapshot(String uri) {
        try (Driver driver = driver(uri)) {
            return Snapshot.of(driver);
        }
    }

    /**
     * What a load leaves behind, for comparing two loads or two servers.
     *
     * @param meta          the dataset's description, through the Java API
     * @param nodes         nodes in all
     * @param relationships relationships in all
     * @param labels        nodes by label
     * @param types         relationships by type
     */
    private record Snapshot(DatasetMeta meta, long nodes, long relationships, Map<String, Long> labels,
            Map<String, Long> types) {

        static Snapshot of(Driver driver) {
            long nodes = single(driver, "MATCH (n) RETURN count(n) AS n");
            long relationships = single(driver, "MATCH ()-[r]->() RETURN count(r) AS n");
            Map<String, Long> labels = counts(driver, "MATCH (n) UNWIND labels(n) AS key RETURN key, count(*) AS n");
            Map<String, Long> types = counts(driver, "MATCH ()-[r]->() RETURN type(r) AS key, count(*) AS n");
            return new Snapshot(AllianceGraph.on(driver).meta(), nodes, relationships, labels, types);
        }

        private static long single(Driver driver, String query) {
            return driver.executableQuery(query).execute().records().get(0).get("n").asLong();
        }

        private static Map<String, Long> counts(Driver driver, String query) {
            Map<String, Long> counts = new TreeMap<>();
            for (Record row : driver.executableQuery(query).execute().records()) {
                counts.put(row.get("key").asString(), row.get("n").asLong());
            }
            return counts;
        }
    }
}
