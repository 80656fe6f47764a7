package org.alliancegraph.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.alliancegraph.TestGraph;
import org.alliancegraph.load.ExampleQuery;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;

/** Each example query of cypher/queries/ returns what the article says it should. */
class ExampleQueriesTests {

    /** Runs an example with the defaults of its parameters. */
    static List<Record> run(String file) {
        try {
            ExampleQuery query = ExampleQuery.parse(file, Files.readString(Path.of("cypher/queries", file)));
            return TestGraph.driver().executableQuery(query.cypher()).withParameters(query.parameters()).execute().records();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Stream<Record> rows(List<Record> records, String key, Object value) {
        return records.stream().filter(r -> value.equals(r.get(key).asObject()));
    }

    @Test
    @DisplayName("every query file runs and returns rows")
    void everyQueryRuns() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("cypher/queries"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".cypher")).toList()) {
                assertThat(run(file.getFileName().toString())).as(file.toString()).isNotEmpty();
            }
        }
    }

    @Test
    @DisplayName("war aid: China 1.08 billion, the USSR an estimated 610 million, Eastern Europe 212 million rubles, 1.9 billion in all (note 68)")
    void warAid() {
        List<Record> aid = run("aid-to-dprk-1950-1953.cypher");

        Map<String, Long> byGiver = Map.of("prc", 1_080_000_000L, "ussr", 610_000_000L,
                "east-european-countries", 212_000_000L, "socialist-countries", 1_900_000_000L);
        byGiver.forEach((giver, amount) -> assertThat(aid).filteredOn(r -> !r.get("amount").isNull()).anySatisfy(r -> {
            assertThat(r.get("giver").asString()).isEqualTo(giver);
            assertThat(r.get("amount").asNumber().longValue()).isEqualTo(amount);
            assertThat(r.get("unit").asString()).isEqualTo("rubles");
            assertThat(r.get("note").asInt()).isEqualTo(68);
        }));
        assertThat(rows(aid, "amount", 1_900_000_000L).findFirst().orElseThrow().get("breaksDownInto").asList()).hasSize(3);
        assertThat(rows(aid, "amount", 610_000_000L).findFirst().orElseThrow().get("certainty").asString()).isEqualTo("estimated");
    }

    @Test
    @DisplayName("wartime DPRK-PRC disputes include the southward strategy, the railways, POW repatriation and the July 1953 offensive")
    void wartimeDisputes() {
        List<Integer> notes = run("dprk-prc-disputes-during-the-war.cypher").stream()
                .filter(r -> !r.get("note").isNull()).map(r -> r.get("note").asInt()).toList();

        assertThat(notes).contains(34, 40, 64).containsAnyOf(49, 50, 51, 52, 53).contains(39);
    }

    @Test
    @DisplayName("the 1951 triangle has three edges, all allied")
    void triangle1951() {
        List<Record> edges = run("triangle-1951.cypher");

        assertThat(edges).hasSize(3).allSatisfy(r -> assertThat(r.get("t").asRelationship().get("status").asString())
                .isEqualTo("allied"));
    }

    @Test
    @DisplayName("1963 against 1967: close to China and frozen with Moscow, then the reverse")
    void dprk1963Against1967() {
        List<Record> rows = run("dprk-relations-1963-vs-1967.cypher");

        Record prc = rows(rows, "partner", "prc").findFirst().orElseThrow();
        Record ussr = rows(rows, "partner", "ussr").findFirst().orElseThrow();
        assertThat(prc.get("status1963").asString()).isEqualTo("close");
        assertThat(ussr.get("status1963").asString()).isEqualTo("frozen");
        assertThat(prc.get("status1967").asString()).isIn("strained", "frozen", "crisis", "hostile");
        assertThat(ussr.get("status1967").asString()).isIn("allied", "close", "normal");
    }

    @Test
    @DisplayName("the Bulgarian crisis rests on the Bulgarian Foreign Ministry's documents of 1962 and 1969 (note 112)")
    void bulgarianCrisis() {
        List<Record> rows = run("bulgarian-crisis-and-its-documents.cypher");

        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("note").asInt()).isEqualTo(112);
            assertThat(r.get("documentDate").asString()).isEqualTo("1962-09-05");
            assertThat(r.get("archive").asString()).isEqualTo("AMVRB");
        });
        assertThat(rows).anySatisfy(r -> assertThat(r.get("documentDate").asString()).isEqualTo("1969-01-28"));
    }

    @Test
    @DisplayName("Japan-DPRK trade: 8 million dollars in 1961, 31.4 in 1965, 57.8 in 1970 and 1971, 132 in 1972 (note 108)")
    void japanTrade() {
        List<Record> rows = run("japan-dprk-trade.cypher");

        assertThat(rows).extracting(r -> r.get("year").asString()).containsExactly("1961", "1965", "1970", "1971", "1972");
        assertThat(rows).extracting(r -> r.get("amount").asNumber().doubleValue())
                .containsExactly(8.0e6, 31.4e6, 57.8e6, 57.8e6, 132.0e6);
        assertThat(rows).allSatisfy(r -> assertThat(r.get("note").asInt()).isEqualTo(108));
    }

    @Test
    @DisplayName("East German archives stand behind notes 71, 83, 99 and 110")
    void eastGermanArchives() {
        assertThat(run("facts-on-east-german-archives.cypher")).extracting(r -> r.get("note").asInt())
                .contains(71, 83, 99, 110);
    }

    @Test
    @DisplayName("in force in 1961: the friendship treaties with the USSR and the PRC, dated 1960 by the article, July 1961 beside it")
    void treatiesIn1961() {
        List<Record> treaties = run("treaties-in-force-1961.cypher");

        assertThat(treaties).filteredOn(r -> r.get("treaty").asString().toLowerCase().contains("friendship")).hasSize(2)
                .allSatisfy(r -> {
                    assertThat(r.get("start").asString()).isEqualTo("1960");
                    assertThat(r.get("recordStart").asString()).startsWith("1961-07-");
                    assertThat(r.get("caveat").asString()).contains("1961");
                });
    }

    @Test
    @DisplayName("orphans: East Germany 610, Romania 500, Bulgaria, Hungary and Poland 200 each, 1,710 in all (note 71)")
    void orphans() {
        List<Record> rows = run("orphans-in-eastern-europe.cypher");

        Map.of("gdr", 610L, "romania", 500L, "bulgaria", 200L, "hungary", 200L, "poland", 200L,
                "east-european-countries", 1710L).forEach((host, n) -> assertThat(rows(rows, "host", host).findFirst()
                .orElseThrow().get("orphans").asLong()).as(host).isEqualTo(n));
    }

    @Test
    @DisplayName("China and the DPRK recalled their ambassadors in 1966")
    void ambassadorsRecalled() {
        assertThat(run("dprk-prc-ambassadors-recalled.cypher")).anySatisfy(r -> {
            assertThat(r.get("what").asString()).isEqualTo("recall");
            assertThat(r.get("start").asString()).isEqualTo("1966");
        });
    }
}
