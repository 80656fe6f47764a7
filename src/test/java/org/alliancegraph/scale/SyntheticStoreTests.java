package org.alliancegraph.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.alliancegraph.AllianceGraph;
import org.alliancegraph.cli.CliRunner;
import org.alliancegraph.embedded.EmbeddedNeo4j;
import org.alliancegraph.index.Weights;
import org.alliancegraph.system.Neo4jConnection;
import org.neo4j.driver.Driver;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticStoreTests {

    @TempDir
    Path folder;

    @Test
    @DisplayName("generate refuses a data directory that holds another store, such as the article's, and says why")
    void refusesTheArticlesStore() throws Exception {
        Path article = Files.createDirectories(folder.resolve("data").resolve("graph"));
        Files.writeString(article.resolve("scripts.sha256"), "f4dfdb4479c2\n");
        var result = CliRunner.run(List.of("generate", "--states", "5", "--events", "10", "--data-dir",
                folder.resolve("data").toString()));
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("Refusing to write synthetic data into").contains("never mix");
        assertThat(article.resolve("scripts.sha256")).hasContent("f4dfdb4479c2");
        assertThat(folder.resolve("data").resolve(SyntheticStore.MARKER)).doesNotExist();
    }

    @Test
    @DisplayName("generate imports a store of its own, marked synthetic, that answers as its facts say; a second run replaces it")
    void generatesIntoItsOwnStore() throws Exception {
        Path data = folder.resolve("data-synthetic");
        var first = CliRunner.run(List.of("generate", "--states", "6", "--events", "300", "--seed", "2", "--data-dir", data.toString()));
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(data.resolve(SyntheticStore.MARKER)).content().contains("synthetic=true", "events=300", "seed=2");
        assertThat(first.err()).as("the default: Neo4j's offline importer").contains("Imported 300 facts");
        var second = CliRunner.run(List.of("generate", "--states", "6", "--events", "200", "--data-dir", data.toString(),
                "--figures"));
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.err()).contains("Imported 200 facts").containsPattern("Peak resident memory of this process: [\\d,]+ MB");
        // --figures: the load's figures as one line for bench-scale, which runs each load in a process of its own.
        String figures = second.out().lines().filter(l -> l.startsWith("SCALE-LOAD ")).findFirst().orElseThrow();
        var read = tools.jackson.databind.json.JsonMapper.builder().build().readTree(figures.substring("SCALE-LOAD ".length()));
        assertThat(read.get("seconds").asDouble()).isPositive();
        assertThat(read.get("factsPerSecond").asDouble()).isCloseTo(200 / read.get("seconds").asDouble(),
                org.assertj.core.data.Percentage.withPercentage(0.1));
        assertThat(read.get("peakRssMb").asDouble()).isPositive();
        assertThat(new SyntheticStore(data).sizeOnDisk()).isPositive();
        // The imported store answers as the facts say: every fact of an actor's year, and the index computed anew.
        SyntheticSpec spec = SyntheticSpec.of(6, 200, 1);
        List<DyadFacts> generated = new java.util.ArrayList<>();
        new SyntheticGenerator(spec, Weights.locate(null)).forEachDyad(generated::add);
        String actor = "s001";
        int year = generated.stream().filter(d -> d.a().equals(actor)).flatMap(d -> d.facts().stream())
                .flatMap(f -> f.years().stream()).map(SyntheticFact.Year::year).findFirst().orElseThrow();
        java.util.Set<String> expected = new java.util.TreeSet<>();
        generated.stream().filter(d -> d.a().equals(actor) || d.b().equals(actor)).flatMap(d -> d.facts().stream())
                .filter(f -> f.years().stream().anyMatch(y -> y.year() == year)).forEach(f -> expected.add(f.dated().id()));
        try (SyntheticStore.Opened opened = new SyntheticStore(data).open(EmbeddedNeo4j.Connectors.boltOnly());
                Driver driver = new Neo4jConnection(opened.server().boltUri(), "neo4j", Optional.empty()).open()) {
            // The schema, created in one transaction after the import, is complete and populated.
            var indexes = new org.alliancegraph.system.Reads(driver, Duration.ofSeconds(60))
                    .records("SHOW INDEXES YIELD name, state RETURN name, state");
            assertThat(indexes).extracting(r -> r.get("name").asString())
                    .contains("fact_id", "fact_start_earliest", "active_actor_year", "tie_dyad_year", "tie_a_year", "tie_b_year");
            assertThat(indexes).extracting(r -> r.get("state").asString()).containsOnly("ONLINE");
            AllianceGraph graph = AllianceGraph.on(driver, Weights.locate(null), Duration.ofSeconds(60));
            var page = graph.relationsIn(year, actor, 0, 1000);
            assertThat(new java.util.TreeSet<>(page.facts().stream().map(f -> f.id()).toList())).isEqualTo(expected);
            Map<String, Double> other = new HashMap<>(Weights.locate(null).values());
            other.put("unused.for.the.test", 0.0);
            AllianceGraph computed = AllianceGraph.on(driver, new Weights(other, "test"), Duration.ofSeconds(60));
            assertThat(graph.indexIn(year)).isEqualTo(computed.indexIn(year));
            assertThat(graph.timeline("s001", "s002")).isEqualTo(computed.timeline("s001", "s002"));
            // A tie without a judged state has no statuses in an imported store: read as an empty list either way.
            assertThat(graph.relationsIn(year)).isEqualTo(computed.relationsIn(year));
        }
    }
}
