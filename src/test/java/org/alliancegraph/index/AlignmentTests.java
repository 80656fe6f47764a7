package org.alliancegraph.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.alliancegraph.AllianceGraph;
import org.alliancegraph.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The DPRK between Moscow and Beijing against the article's periods. */
class AlignmentTests {

    static Map<Integer, Alignment> years;

    @BeforeAll
    static void compute() {
        years = AllianceGraph.on(TestGraph.driver()).alignment(1950, 1972).stream()
                .collect(Collectors.toMap(Alignment::year, Function.identity()));
    }

    @Test
    @DisplayName("1953-1957, the pillars equally important: between them (\"The twin pillars ... played equally important roles\")")
    void fiftiesBetween() {
        for (int year = 1953; year <= 1957; year++) {
            assertThat(years.get(year).alignment()).as("%d", year).isEqualTo("between them");
        }
    }

    @Test
    @DisplayName("the early 1960s closer to Beijing (\"more closely aligned to China in the early 1960s\")")
    void earlySixtiesBeijing() {
        for (int year : List.of(1961, 1962, 1963, 1964)) {
            assertThat(years.get(year).alignment()).as("%d", year).isEqualTo("closer to Beijing");
        }
    }

    @Test
    @DisplayName("the late 1960s closer to Moscow (\"first sided with China and then with the Soviet Union\")")
    void lateSixtiesMoscow() {
        for (int year : List.of(1966, 1967, 1968, 1969)) {
            assertThat(years.get(year).alignment()).as("%d", year).isEqualTo("closer to Moscow");
        }
    }

    @Test
    @DisplayName("the rule: clear only beyond alignmentShare of the larger dyad's activity; no evidence without a score")
    void rule() {
        double share = 0.2;
        DyadScore quiet = new DyadScore("dprk", "ussr", 1960, 4.0, 1.0, 3.0, List.of());
        DyadScore busy = new DyadScore("dprk", "prc", 1960, 20.0, 19.0, 1.0, List.of());
        // a difference of 2 points against a larger activity of 39: 2 <= 0.2 * 39, between them
        assertThat(IndexService.alignment(quiet, busy, share)).isEqualTo("between them");
        DyadScore quietToo = new DyadScore("dprk", "prc", 1960, 2.0, 1.0, 1.0, List.of());
        // 2 points against an activity of 5: 2 > 0.2 * 5, closer to Moscow
        assertThat(IndexService.alignment(quiet, quietToo, share)).isEqualTo("closer to Moscow");
        assertThat(IndexService.alignment(quiet, DyadScore.noEvidence("dprk", "prc", 1960), share)).isEqualTo("no evidence");
    }
}
