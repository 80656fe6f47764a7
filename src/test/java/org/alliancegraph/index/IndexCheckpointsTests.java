package org.alliancegraph.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.alliancegraph.AllianceGraph;
import org.alliancegraph.TestGraph;
import org.alliancegraph.validate.SourceText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The article's narrative, as comparisons the index must reproduce (config/checkpoints.yml). */
class IndexCheckpointsTests {

    static AllianceGraph graph;
    static List<Checkpoint> checkpoints;

    @BeforeAll
    static void load() {
        graph = AllianceGraph.on(TestGraph.driver());
        checkpoints = Checkpoint.locate();
    }

    @TestFactory
    @DisplayName("every checkpoint holds")
    Stream<DynamicTest> checkpointsHold() {
        Scores scores = graph.scores();
        return checkpoints.stream().map(c -> DynamicTest.dynamicTest(c + " (\"" + c.claim() + "\")", () -> {
            assertThat(c.hasEvidence(scores)).as("%s: both dyad-years have a scored fact", c).isTrue();
            assertThat(c.holds(scores)).as("%s: %.2f against %.2f", c, c.left().value(scores).orElseThrow(),
                    c.right().value(scores).orElseThrow()).isTrue();
        }));
    }

    @Test
    @DisplayName("the required comparisons are among them, with at least ten more, each quoting the article")
    void requiredCheckpoints() {
        assertThat(checkpoints).extracting(Checkpoint::toString).contains(
                "dprk-ussr-1955-above-1963: net dprk/ussr 1955 > net dprk/ussr 1963",
                "closer-to-prc-in-1963: net dprk/prc 1963 > net dprk/ussr 1963",
                "closer-to-ussr-in-1967: net dprk/ussr 1967 > net dprk/prc 1967",
                "ussr-prc-1951-above-1965: net prc/ussr 1951 > net prc/ussr 1965",
                "dprk-bulgaria-1965-below-1968: net bulgaria/dprk 1965 < net bulgaria/dprk 1968");
        assertThat(checkpoints).hasSizeGreaterThanOrEqualTo(14);
        assertThat(checkpoints).allSatisfy(c -> {
            assertThat(c.left()).isNotEqualTo(c.right());
            assertThat(SourceText.words(c.claim())).isBetween(3, 25);
        });
    }

    @Test
    @DisplayName("a constant series passes no checkpoint: each is a strict comparison")
    void constantSeriesFails() {
        Map<String, Map<Integer, DyadScore>> flat = new HashMap<>();
        for (Checkpoint c : checkpoints) {
            for (Checkpoint.Point p : List.of(c.left(), c.right())) {
                String dyad = p.a().compareTo(p.b()) < 0 ? p.a() + "/" + p.b() : p.b() + "/" + p.a();
                flat.computeIfAbsent(dyad, d -> new HashMap<>()).put(p.year(), new DyadScore(p.a(), p.b(), p.year(), 1.0, 1.0, 1.0, List.of()));
            }
        }
        Scores constant = new Scores(flat);
        assertThat(checkpoints).noneMatch(c -> c.holds(constant));
    }

    @Test
    @DisplayName("no checkpoint hinges on a single weight: each holds with every weight moved by half up or down")
    void sensitivity() {
        Sensitivity report = graph.sensitivity(checkpoints);

        assertThat(report.changes()).hasSize(2 * Weights.locate(null).weightKeys().size());
        assertThat(report.changes()).isNotEmpty();
        assertThat(report.failures()).isEmpty();
    }
}
