package org.alliancegraph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.alliancegraph.TestGraph;
import org.alliancegraph.load.ContentHash;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import tools.jackson.databind.JsonNode;

/** The JSON dump: the whole graph with its provenance, loaded back into an empty database unchanged. */
class JsonDumpTests {

    @Test
    @DisplayName("loaded into an empty database, the dump gives a graph with the content hash of the graph dumped")
    void roundTrip() throws IOException {
        TestGraph.scratch();
        Driver empty = TestGraph.scratchDriver();

        DumpLoader.Loaded loaded;
        try (InputStream in = Files.newInputStream(ExportedFiles.folder().resolve("graph.json"))) {
            loaded = DumpLoader.load(empty, in);
        }

        assertThat(ContentHash.of(empty)).isEqualTo(ContentHash.of(TestGraph.driver()));
        assertThat(loaded.nodes()).isEqualTo(count(TestGraph.driver(), "MATCH (n) RETURN count(n) AS n"));
        assertThat(loaded.relationships()).isEqualTo(count(TestGraph.driver(), "MATCH ()-[r]->() RETURN count(r) AS n"));
        assertThat(loaded.schema()).isGreaterThanOrEqualTo(12);
        assertThat(count(empty, "SHOW CONSTRAINTS YIELD name RETURN count(name) AS n")).as("the constraints come along")
                .isEqualTo(count(TestGraph.driver(), "SHOW CONSTRAINTS YIELD name RETURN count(name) AS n"));
        assertThat(empty.executableQuery("MATCH (f:Fact {id: 'flow-prc-dprk-war-aid-1950-1953'}) "
                + "RETURN f.amount AS amount, f.startEarliest AS start").execute().records().get(0).asMap())
                .as("typed: an integer and a date").containsEntry("amount", 1_080_000_000L)
                .containsEntry("start", java.time.LocalDate.of(1950, 6, 25));
    }

    @Test
    @DisplayName("says where it comes from: the dataset, its version and scripts, and the article")
    void provenance() throws IOException {
        JsonNode dump = JsonDump.JSON.readTree(Files.readString(ExportedFiles.folder().resolve("graph.json")));
        assertThat(dump.path("format").asString()).isEqualTo(JsonDump.FORMAT);
        assertThat(dump.path("dataset").path("version").asString()).isNotEmpty();
        assertThat(dump.path("dataset").path("scriptsSha256").asString()).hasSize(64);
        assertThat(dump.path("dataset").path("doi").asString()).isEqualTo("10.1353/jks.2013.0020");
        assertThat(dump.path("dataset").path("source").asString()).contains("Agov");
        JsonNode evidence = null;
        for (JsonNode relationship : dump.path("relationships")) {
            if (relationship.path("type").asString().equals("EVIDENCE")
                    && relationship.path("start").asString().equals("Fact:flow-dprk-japan-trade-1965")) {
                evidence = relationship;
            }
        }
        assertThat(evidence).as("the fact's evidence").isNotNull();
        assertThat(evidence.path("end").asString()).isEqualTo("Note:agov-2013/n108");
        assertThat(evidence.path("properties").path("quote").asString()).isNotEmpty();
    }

    @Test
    @DisplayName("refuses a database that is not empty, and input that is no dump, and changes nothing")
    void refuses() {
        TestGraph.scratch();
        Driver scratch = TestGraph.scratchDriver();
        assertThatThrownBy(() -> DumpLoader.load(TestGraph.driver(), InputStream.nullInputStream()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("empty database");
        assertThatThrownBy(() -> DumpLoader.load(scratch, stream("{\"format\": \"something-else\"}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(JsonDump.FORMAT);
        assertThatThrownBy(() -> DumpLoader.load(scratch, stream("{\"format\": \"" + JsonDump.FORMAT + "\", \"nodes\": "
                + "[{\"ref\": \"Actor:x\", \"labels\": [\"Actor\"], \"properties\": {\"id\": \"x\"}}], \"relationships\": "
                + "[{\"type\": \"TIE\", \"start\": \"Actor:x\", \"end\": \"Actor:nowhere\", \"properties\": {}}]}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Actor:nowhere");
        assertThat(count(scratch, "MATCH (n) RETURN count(n) AS n")).as("the failed load left nothing").isZero();
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static long count(Driver driver, String query) {
        return driver.executableQuery(query).execute().records().get(0).get("n").asLong();
    }
}
