package org.alliancegraph.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.alliancegraph.AllianceGraph;
import org.alliancegraph.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DyadTimelineTests {

    static AllianceGraph graph;

    @BeforeAll
    static void graph() {
        graph = AllianceGraph.on(TestGraph.driver());
    }

    @Test
    @DisplayName("dyads are unordered: PRC-DPRK is DPRK-PRC")
    void unordered() {
        assertThat(graph.timeline("prc", "dprk", 1950, 1970)).isEqualTo(graph.timeline("dprk", "prc", 1950, 1970));
    }

    @Test
    @DisplayName("Soviet-North Korean relations froze between 1962 and 1964, one period of three years")
    void sovietFreeze() {
        DyadTimeline timeline = graph.timeline("dprk", "ussr", 1960, 1970);

        assertThat(timeline.periods()).contains(new DyadTimeline.Period(1962, 1964, "frozen"));
        assertThat(timeline.years()).hasSize(11);
        assertThat(timeline.years().get(3).facts()).isNotEmpty();
    }

    @Test
    @DisplayName("the Bulgarian crisis of 1962 runs until relations begin to normalize in 1968")
    void bulgarianCrisis() {
        DyadTimeline timeline = graph.timeline("Bulgaria", "North Korea", 1960, 1970);

        assertThat(timeline.years()).filteredOn(y -> y.year() >= 1962 && y.year() <= 1967)
                .extracting(DyadTimeline.Year::status).containsOnly("crisis");
        assertThat(timeline.years()).filteredOn(y -> y.year() == 1968).extracting(DyadTimeline.Year::status)
                .doesNotContain("crisis");
    }

    @Test
    @DisplayName("periods merge consecutive years of one status and cover every year once")
    void periodsCoverEveryYear() {
        DyadTimeline timeline = graph.timeline("dprk", "prc");

        int years = timeline.periods().stream().mapToInt(p -> p.to() - p.from() + 1).sum();
        assertThat(years).isEqualTo(timeline.years().size());
        for (int i = 1; i < timeline.periods().size(); i++) {
            assertThat(timeline.periods().get(i).status()).isNotEqualTo(timeline.periods().get(i - 1).status());
        }
    }

    @Test
    @DisplayName("each year carries the index: net is integration minus divergence")
    void scoresFilled() {
        assertThat(graph.timeline("dprk", "ussr", 1955, 1956).years()).allSatisfy(y -> {
            assertThat(y.integration()).isNotNull().isGreaterThan(0.0);
            assertThat(y.net()).isCloseTo(y.integration() - y.divergence(), org.assertj.core.api.Assertions.within(0.011));
        });
    }

    @Test
    @DisplayName("a triangle with a neutral or unknown edge is undetermined (Heider)")
    void undeterminedBalance() {
        List<Triangle.Edge> edges = List.of(new Triangle.Edge("a", "b", "allied", 1, null),
                new Triangle.Edge("a", "c", "cool", 0, null), new Triangle.Edge("b", "c", "hostile", -1, null));
        assertThat(Timeline.balance(edges)).isEqualTo("undetermined");
        assertThat(Timeline.balance(List.of(new Triangle.Edge("a", "b", "allied", 1, null),
                new Triangle.Edge("a", "c", "hostile", -1, null), new Triangle.Edge("b", "c", "allied", 1, null))))
                .isEqualTo("unbalanced");
    }
}
