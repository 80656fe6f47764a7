package org.alliancegraph.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliancegraph.TestGraph;
import org.alliancegraph.TieScores;
import org.alliancegraph.embedded.ScratchDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.neo4j.driver.Driver;

/**
 * The fast load gives the graph of the old one, by content hash: the shared test graph is loaded
 * the product's way (lists as parameters, one transaction), and a second database here the old way
 * (one literal fact per statement, one transaction per script). A load over Bolt into a server
 * that holds an earlier load and a user's own node converges to the same graph.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoadEquivalenceTests {

    static ScratchDatabase database;
    static Driver driver;

    @BeforeAll
    static void start() {
        database = TestGraph.scratch();
        driver = TestGraph.scratchDriver();
    }

    @Test
    @Order(0)
    @DisplayName("row by row, as the scripts ran before, and batched give the same graph (facts of the introduction)")
    void rowByRowAndBatchedAgreeOnASample() {
        ScriptSet sample = new ScriptSet("sample", TestGraph.scripts().scripts().stream()
                .filter(s -> List.of("00-schema.cypher", "01-sources.cypher", "10-actors.cypher", "20-intro-and-birth.cypher",
                        "90-derive.cypher").contains(s.name())).toList());
        database.load(sample, line -> { }, ScriptLoader.Mode.ROW_BY_ROW);
        String rowByRow = ContentHash.of(driver);
        long facts = driver.executableQuery("MATCH (f:Fact) RETURN count(f) AS n").execute().records().get(0)
                .get("n").asLong();
        database.load(sample, line -> { }, ScriptLoader.Mode.BATCHED);

        assertThat(ContentHash.of(driver)).isEqualTo(rowByRow);
        assertThat(facts).isEqualTo(41);
    }

    @Test
    @Order(1)
    @DisplayName("the lists sent as parameters give the graph of the same lists parsed by Neo4j")
    void parametersAndLiteralsAgree() {
        database.load(TestGraph.scripts(), line -> { }, ScriptLoader.Mode.AS_WRITTEN);

        String batched = ContentHash.of(TestGraph.driver());
        assertThat(ContentHash.of(database.database())).isEqualTo(batched);
        assertThat(ContentHash.of(driver)).as("the driver and the embedded API read the same content")
                .isEqualTo(batched);
        long facts = driver.executableQuery("MATCH (f:Fact) WHERE NOT f:Claim RETURN count(f) AS n").execute().records()
                .get(0).get("n").asLong();
        long retired = driver.executableQuery("MATCH (r:Retired {version: '0.2.0'}) RETURN count(r) AS n").execute()
                .records().get(0).get("n").asLong();
        long added = newFactsInChangelog();
        assertThat(facts).as("the article's facts (its claims apart): the 508 of dataset 0.1.0, less the %d ids 0.2.0 "
                + "retired, plus the %d facts its changelog adds", retired, added).isEqualTo(508 - retired + added);
    }

    /** The number in the heading "New facts (N)" of the 0.2.0 changelog. */
    static long newFactsInChangelog() {
        try {
            Matcher m = Pattern.compile("(?m)^## New facts \\((\\d+)\\)$")
                    .matcher(Files.readString(Path.of("seeds/changelog-0.2.0.md")));
            assertThat(m.find()).as("seeds/changelog-0.2.0.md has a heading 'New facts (N)'").isTrue();
            return Long.parseLong(m.group(1));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @Order(2)
    @DisplayName("one changed property, value type, label or endpoint moves the hash")
    void plantedChangesMoveTheHash() {
        String before = ContentHash.of(driver);
        String[][] changes = {
            {"MATCH (f:Fact {id: 'flow-ussr-dprk-trade-1949'}) SET f.amount = 614000001",
             "MATCH (f:Fact {id: 'flow-ussr-dprk-trade-1949'}) SET f.amount = 614000000"},
            {"MATCH (f:Fact {id: 'flow-ussr-dprk-trade-1949'}) SET f.amount = 614000000.0",
             "MATCH (f:Fact {id: 'flow-ussr-dprk-trade-1949'}) SET f.amount = 614000000"},
            {"MATCH (f:Fact {id: 'flow-ussr-dprk-trade-1949'}) SET f:Disputed",
             "MATCH (f:Fact {id: 'flow-ussr-dprk-trade-1949'}) REMOVE f:Disputed"},
            {"MATCH (f:Fact {id: 'flow-ussr-dprk-trade-1949'})-[r:INVOLVES]->(:Actor {id: 'ussr'}), (p:Actor {id: 'prc'}) "
                    + "CREATE (f)-[moved:INVOLVES]->(p) SET moved = properties(r) DELETE r",
             "MATCH (f:Fact {id: 'flow-ussr-dprk-trade-1949'})-[r:INVOLVES]->(:Actor {id: 'prc'}), (u:Actor {id: 'ussr'}) "
                    + "CREATE (f)-[back:INVOLVES]->(u) SET back = properties(r) DELETE r"},
        };
        for (String[] change : changes) {
            driver.executableQuery(change[0]).execute();
            assertThat(ContentHash.of(driver)).as(change[0]).isNotEqualTo(before);
            driver.executableQuery(change[1]).execute();
            assertThat(ContentHash.of(driver)).as("undone: " + change[1]).isEqualTo(before);
        }
    }

    @Test
    @Order(3)
    @DisplayName("a load over Bolt replaces the product's nodes in one transaction and leaves a user's own alone")
    void loadOverBoltConverges() {
        String clean = ContentHash.of(TestGraph.driver());
        driver.executableQuery("MATCH (f:Fact {id: 'flow-ussr-dprk-trade-1949'}) SET f.stale = true, f:Outdated").execute();
        driver.executableQuery("CREATE (:Fact {id: 'fact-removed-from-the-scripts'})").execute();
        driver.executableQuery("CREATE (:Annotation {text: 'a reader note'})").execute();

        loadOverBolt(TestGraph.scripts());

        long annotations = driver.executableQuery("MATCH (a:Annotation) RETURN count(a) AS n").execute().records().get(0)
                .get("n").asLong();
        assertThat(annotations).isEqualTo(1);
        driver.executableQuery("MATCH (a:Annotation) DELETE a").execute();
        assertThat(ContentHash.of(driver)).isEqualTo(clean);
    }

    /**
     * A load over Bolt as the load command makes it: the scripts, then the yearly ties' scores,
     * which every load writes after the scripts (as ScratchDatabase.load does for the embedded one).
     */
    private static void loadOverBolt(ScriptSet scripts) {
        new ScriptLoader(new DriverTransactions(driver), line -> { })
                .apply(scripts, Ownership.clearStatements(), ScriptLoader.Mode.BATCHED);
        TieScores.write(driver);
    }

    @Test
    @Order(4)
    @DisplayName("a script that fails in the middle leaves the server as it was, and names file and line")
    void failingLoadChangesNothing() {
        String before = ContentHash.of(driver);
        ScriptSet broken = new ScriptSet("test", java.util.stream.Stream.concat(TestGraph.scripts().scripts().stream(),
                java.util.stream.Stream.of(CypherScript.parse("95-broken.cypher", "MATCH (n) DETACH DELETE n;\nRETURN 1 +;")))
                .toList());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ScriptLoader(new DriverTransactions(driver), line -> { })
                        .apply(broken, Ownership.clearStatements(), ScriptLoader.Mode.BATCHED))
                .isInstanceOf(ScriptFailure.class).hasMessageContaining("95-broken.cypher, line 2");
        assertThat(ContentHash.of(driver)).isEqualTo(before);
        assertThat(driver.executableQuery("MATCH (n) RETURN count(n) AS n").execute().records().get(0).get("n").asLong())
                .isEqualTo(((Number) database.database().executeTransactionally("MATCH (n) RETURN count(n) AS n", Map.of(),
                        r -> r.next().get("n"))).longValue()).isGreaterThan(1000);
    }

    /**
     * The project's scripts with facts edited as a maintainer would: a start moved, a tone removed,
     * a fact removed and one added.
     */
    static ScriptSet edited() {
        return new ScriptSet("edited", TestGraph.scripts().scripts().stream().map(script -> {
            if (!script.name().equals("70-divergence-1960s.cypher")) {
                return script;
            }
            String text = script.text()
                    .replace("eventKind: 'recall', start: '1966', end: '1969',\n  tone: 'divergence',",
                            "eventKind: 'recall', start: '1967', end: '1969',")
                    .replace("{id: 'flow-dprk-japan-trade-1971', type: 'flow',",
                            "{id: 'flow-dprk-japan-trade-1971b', type: 'flow',");
            int removed = text.indexOf("{id: 'flow-dprk-japan-trade-1972', type: 'flow',");
            int next = text.indexOf("\n{id: ", removed + 1);
            text = text.substring(0, removed) + text.substring(next + 1);
            assertThat(text).as("the edits apply to the scripts as they are").isNotEqualTo(script.text())
                    .doesNotContain("flow-dprk-japan-trade-1972'").contains("start: '1967', end: '1969',");
            return CypherScript.parse(script.name(), text);
        }).toList());
    }

    @Test
    @Order(5)
    @DisplayName("edited, removed and added facts loaded over an earlier load give the graph of a clean load")
    void editsConverge() {
        String original = ContentHash.of(TestGraph.driver());
        database.load(TestGraph.scripts(), line -> { });
        ScriptSet edited = edited();

        loadOverBolt(edited);
        String overEarlier = ContentHash.of(driver);
        String tone = driver.executableQuery("MATCH (f:Fact {id: 'event-dprk-prc-recall-ambassadors-1966'}) "
                + "RETURN f.tone AS tone, f.startEarliest.year AS year").execute().records().get(0).get("tone").asString(null);
        database.database().executeTransactionally("MATCH (n) DETACH DELETE n");
        database.load(edited, line -> { });

        assertThat(ContentHash.of(driver)).isEqualTo(overEarlier).isNotEqualTo(original);
        assertThat(tone).as("a removed property does not linger").isNull();
    }

    @Test
    @Order(6)
    @DisplayName("the Java API forgets its kept answers when the graph is loaded again")
    void answersFollowALoad() throws InterruptedException {
        database.load(TestGraph.scripts(), line -> { });
        org.alliancegraph.AllianceGraph graph = org.alliancegraph.AllianceGraph.on(driver);
        boolean before = graph.relationsIn(1972, "dprk").dyads().stream().anyMatch(d -> d.b().equals("japan") || d.a().equals("japan"));
        double netBefore = graph.explain("dprk", "prc", 1966).divergence();

        new ScriptLoader(new DriverTransactions(driver), line -> { })
                .apply(edited(), Ownership.clearStatements(), ScriptLoader.Mode.BATCHED);
        Thread.sleep(1_100);

        assertThat(before).as("the article's 1972 trade figure ties the DPRK to Japan in 1972").isTrue();
        assertThat(graph.explain("dprk", "prc", 1966).divergence())
                .as("the recall of 1966, moved to 1967 and untoned, no longer scores in 1966").isLessThan(netBefore);
    }
}
