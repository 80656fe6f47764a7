package org.alliancegraph.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.alliancegraph.AllianceGraph;
import org.alliancegraph.TestGraph;
import org.alliancegraph.index.Weights;
import org.alliancegraph.model.YearRule;
import org.alliancegraph.system.Neo4jConnection;
import org.alliancegraph.system.Reads;
import org.alliancegraph.timeline.FactSummary;
import org.alliancegraph.timeline.RelationsPage;
import org.alliancegraph.timeline.StoredYears;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/**
 * A small synthetic graph, written through a routing {@code neo4j://} URI into a named database of
 * a server that stands in for an external one (the scratch database): the structures the load
 * stores must answer exactly as the index and the queries computed from the facts do.
 */
class ScaleQueriesTests {

    private static final SyntheticSpec SPEC = SyntheticSpec.of(12, 3_000, 5);
    private static final Weights WEIGHTS = Weights.locate(null);
    private static Driver driver;
    private static String uri;
    private static final List<DyadFacts> generated = new ArrayList<>();
    /** The API reading the stored structures, and one that computes everything from the facts. */
    private static AllianceGraph stored;
    private static AllianceGraph computed;

    @BeforeAll
    static void load() {
        TestGraph.scratch();
        uri = "neo4j://127.0.0.1:" + TestGraph.scratch().server().boltUri().getPort();
        driver = new Neo4jConnection(URI.create(uri), "neo4j", Optional.empty()).open();
        String database = ExternalTarget.prepare(driver, uri, Optional.of("neo4j"));
        new SyntheticLoader(GraphWriter.driver(driver, database), 700, line -> { })
                .load(new SyntheticGenerator(SPEC, WEIGHTS), WEIGHTS);
        new SyntheticGenerator(SPEC, WEIGHTS).forEachDyad(generated::add);
        stored = AllianceGraph.on(driver, WEIGHTS, Duration.ofSeconds(30), database);
        Map<String, Double> other = new HashMap<>(WEIGHTS.values());
        // Another digest, the same scores: this API finds no stored index for its weights and computes it.
        other.put("unused.for.the.test", 0.0);
        computed = AllianceGraph.on(driver, new Weights(other, "test"), Duration.ofSeconds(30), database);
    }

    @AfterAll
    static void close() {
        driver.close();
        TestGraph.scratch();
    }

    @Test
    @DisplayName("the yearly ties hold the index that the calculator computes from the facts, for every dyad and year")
    void storedIndexIsTheComputedOne() {
        int years = 0;
        for (int year = SPEC.firstYear(); year <= SPEC.lastYear(); year++) {
            var expected = computed.indexIn(year);
            assertThat(stored.indexIn(year)).as("year %d", year).isEqualTo(expected);
            years += expected.dyads().isEmpty() ? 0 : 1;
        }
        assertThat(years).isGreaterThan(60);
        DyadFacts busiest = generated.stream().max(java.util.Comparator.comparingInt(d -> d.facts().size())).orElseThrow();
        assertThat(stored.index(busiest.a(), busiest.b(), null, null)).isEqualTo(computed.index(busiest.a(), busiest.b(), null, null));
        assertThat(stored.index(busiest.a(), null, null)).isEqualTo(computed.index(busiest.a(), null, null));
    }

    @Test
    @DisplayName("timeline, triangle and the relations of a year read from the ties are those computed from the facts")
    void sameAnswers() {
        DyadFacts busiest = generated.stream().max(java.util.Comparator.comparingInt(d -> d.facts().size())).orElseThrow();
        assertThat(stored.timeline(busiest.a(), busiest.b())).isEqualTo(computed.timeline(busiest.a(), busiest.b()));
        for (int year : List.of(1950, 1977, 2003, 2029)) {
            assertThat(stored.triangle(year, busiest.a(), busiest.b(), "s001".equals(busiest.a()) ? "s002" : "s001"))
                    .isEqualTo(computed.triangle(year, busiest.a(), busiest.b(), "s001".equals(busiest.a()) ? "s002" : "s001"));
            assertThat(stored.relationsIn(year, busiest.a())).isEqualTo(computed.relationsIn(year, busiest.a()));
            assertThat(stored.relationsIn(year)).isEqualTo(computed.relationsIn(year));
        }
    }

    /** The actor and year with the most facts: actor, then year. */
    private static Object[] busiestActorYear() {
        Map<String, Integer> counts = new HashMap<>();
        for (DyadFacts d : generated) {
            for (SyntheticFact f : d.facts()) {
                for (SyntheticFact.Year y : f.years()) {
                    counts.merge(d.a() + " " + y.year(), 1, Integer::sum);
                    counts.merge(d.b() + " " + y.year(), 1, Integer::sum);
                }
            }
        }
        String[] best = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey().split(" ");
        return new Object[] {best[0], Integer.parseInt(best[1])};
    }

    @Test
    @DisplayName("paging through an actor's year gives each of its facts once, by start, and the dyads' counts add up")
    void pages() {
        Object[] busiest = busiestActorYear();
        String actor = (String) busiest[0];
        int year = (Integer) busiest[1];
        TreeSet<String> expected = new TreeSet<>();
        generated.stream().filter(d -> d.a().equals(actor) || d.b().equals(actor)).flatMap(d -> d.facts().stream())
                .filter(f -> f.years().stream().anyMatch(y -> y.year() == year)).forEach(f -> expected.add(f.dated().id()));
        List<FactSummary> seen = new ArrayList<>();
        RelationsPage page = stored.relationsIn(year, actor, 0, 7);
        long counted = page.dyads().stream().mapToLong(RelationsPage.Dyad::facts).sum();
        while (true) {
            assertThat(page.facts()).hasSizeLessThanOrEqualTo(7);
            seen.addAll(page.facts());
            if (page.next() == null) {
                break;
            }
            page = stored.relationsIn(year, actor, page.next(), 7);
        }
        assertThat(expected).hasSizeGreaterThan(20);
        assertThat(seen.stream().map(FactSummary::id).toList()).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(seen.stream().map(FactSummary::id).toList())).isEqualTo(expected);
        assertThat(counted).isEqualTo(expected.size());
        List<LocalDate> starts = seen.stream().map(f -> org.alliancegraph.model.PartialDate.parse(f.start()).orElseThrow().earliest())
                .toList();
        assertThat(starts).isSorted();
        // The page computed from the whole year (the article's way) holds the same facts in the same order of start.
        RelationsPage whole = computed.relationsIn(year, actor, 0, 1000);
        assertThat(new TreeSet<>(whole.facts().stream().map(FactSummary::id).toList())).isEqualTo(expected);
        assertThat(whole.dyads()).isEqualTo(stored.relationsIn(year, actor, 0, 7).dyads());
    }

    @Test
    @DisplayName("the naive range query pages the same facts by start as the per-year structures")
    void naiveAgrees() {
        Object[] busiest = busiestActorYear();
        String actor = (String) busiest[0];
        int year = (Integer) busiest[1];
        var rows = new Reads(driver, Duration.ofSeconds(30), "neo4j").records(StoredYears.NAIVE_PAGE, Map.of("actor", actor,
                "offset", 0, "limit", 15, "certainOn", List.of(YearRule.jan1(year), YearRule.dec31(year))));
        List<String> naiveStarts = rows.stream().map(r -> r.get("fact").get("start").asString())
                .map(s -> org.alliancegraph.model.PartialDate.parse(s).orElseThrow().earliest().toString()).toList();
        List<String> storedStarts = stored.relationsIn(year, actor, 0, 15).facts().stream()
                .map(f -> org.alliancegraph.model.PartialDate.parse(f.start()).orElseThrow().earliest().toString()).toList();
        assertThat(naiveStarts).hasSize(15).isEqualTo(storedStarts);
    }

    @Test
    @DisplayName("the synthetic graph says what it is: its dataset and source are marked synthetic, every fact too")
    void marked() {
        var reads = new Reads(driver, Duration.ofSeconds(30), "neo4j");
        var row = reads.records("""
                MATCH (d:Dataset)-[:BUILT_FROM]->(s:Source)
                CALL { MATCH (f:Fact) RETURN count(f) AS facts, count(CASE WHEN f.synthetic THEN 1 END) AS marked }
                RETURN d.synthetic AS dataset, s.synthetic AS source, s.citation AS citation, facts, marked""").get(0);
        assertThat(row.get("dataset").asBoolean()).isTrue();
        assertThat(row.get("source").asBoolean()).isTrue();
        assertThat(row.get("citation").asString()).contains("Not a historical source");
        assertThat(row.get("facts").asLong()).isEqualTo(SPEC.events()).isEqualTo(row.get("marked").asLong());
        assertThat(stored.meta().years()).isEqualTo(new org.alliancegraph.catalog.DatasetMeta.YearRange(1950, 2029));
    }

    @Test
    @DisplayName("an external server is refused without --database, and a database that holds the article's graph is refused too")
    void refusals() {
        assertThatThrownBy(() -> ExternalTarget.prepare(driver, uri, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one user database (neo4j)")
                .hasMessageContaining("never mix");
        Driver article = TestGraph.driver();
        assertThatThrownBy(() -> ExternalTarget.prepare(article, "the test graph", Optional.of("neo4j")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds the article's graph");
        assertThat(article.executableQuery("MATCH (f:Fact {synthetic: true}) RETURN count(f) AS n").execute().records()
                .get(0).get("n").asLong()).isZero();
    }
}
