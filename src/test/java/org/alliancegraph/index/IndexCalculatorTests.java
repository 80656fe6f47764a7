package org.alliancegraph.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The method of docs/method.md, on facts made for the purpose. */
class IndexCalculatorTests {

    final Weights weights = Weights.locate(null).scaled("diminishing", 1.0 / Weights.locate(null).get("diminishing"));
    final IndexCalculator calculator = new IndexCalculator(weights, 1945, 1972);

    static FactInput fact(String id, String type, String from, String to, String kind, Double amount, String currency,
            boolean total) {
        LocalDate start = LocalDate.parse(from);
        LocalDate end = LocalDate.parse(to);
        return new FactInput(id, type, List.of("dprk/ussr"), start, start, end, end, List.of("defense"), kind, kind,
                null, "major", amount, currency, null, "stated", false, total, id, 1, "q");
    }

    @Test
    @DisplayName("a flow over two years is spread by days: each full year gets the same points, a half year half")
    void flowSpread() {
        Scores scores = calculator.compute(List.of(
                fact("flow-a", "flow", "1954-01-01", "1955-06-30", "aid", 800_000_000.0, "SUR-old", false)));

        double full = scores.of("dprk", "ussr", 1954).orElseThrow().integration();
        double half = scores.of("dprk", "ussr", 1955).orElseThrow().integration();
        assertThat(half).isCloseTo(full * 181 / 365, within(0.02));
    }

    @Test
    @DisplayName("a flow dated to one month counts in full in its year")
    void flowWithinAYear() {
        Scores scores = calculator.compute(List.of(
                fact("flow-m", "flow", "1950-03-01", "1950-03-31", "arms", 100.0, null, false)));

        // method.md: a flow within one year counts in full in that year; a count (no currency)
        // scales as 1 + countFactor * log10(1 + n / countReference), n its yearly amount (here 100,
        // a period shorter than a year counting as one year).
        double scale = 1 + weights.get("amounts.countFactor") * Math.log10(1 + 100.0 / weights.get("amounts.countReference"));
        assertThat(scores.of("dprk", "ussr", 1950).orElseThrow().integration())
                .isEqualTo(IndexCalculator.round(weights.get("integration.flow.arms") * scale));
    }

    @Test
    @DisplayName("a total that the source breaks down is skipped: its parts count, never both")
    void aggregatesCountOnce() {
        Scores scores = calculator.compute(List.of(
                fact("flow-total", "flow", "1951-01-01", "1951-12-31", "aid", 2_000_000.0, "USD", true),
                fact("flow-part", "flow", "1951-01-01", "1951-12-31", "aid", 1_000_000.0, "USD", false)));

        assertThat(scores.of("dprk", "ussr", 1951).orElseThrow().contributions()).extracting(Contribution::fact)
                .containsExactly("flow-part");
    }

    @Test
    @DisplayName("amounts enter on a log scale: a thousand times the money is not a thousand times the points")
    void logScale() {
        double small = calculator.amountScale(fact("s", "flow", "1951-01-01", "1951-12-31", "aid", 1_000_000.0, "USD", false));
        double large = calculator.amountScale(fact("l", "flow", "1951-01-01", "1951-12-31", "aid", 1_000_000_000.0, "USD", false));
        double oldRubles = calculator.amountScale(fact("r", "flow", "1951-01-01", "1951-12-31", "aid", 4_000_000_000.0, "SUR-old", false));

        assertThat(large).isGreaterThan(small).isLessThan(small * 4);
        assertThat(oldRubles).as("4 billion old rubles are a billion dollars").isCloseTo(large, within(1e-9));
    }

    @Test
    @DisplayName("a dispute diverges; a treaty integrates every year it is in force; a relation fact never counts")
    void sides() {
        Scores scores = calculator.compute(List.of(
                fact("dispute-x", "dispute", "1962-01-01", "1963-12-31", null, null, null, false),
                fact("treaty-y", "treaty", "1961-07-06", "1972-12-31", null, null, null, false),
                fact("relation-z", "relation", "1962-01-01", "1962-12-31", null, null, null, false)));

        DyadScore in1962 = scores.of("dprk", "ussr", 1962).orElseThrow();
        assertThat(in1962.divergence()).isEqualTo(weights.get("divergence.dispute.major"));
        assertThat(in1962.integration()).isEqualTo(IndexCalculator.round(weights.get("integration.treaty.defense")
                * weights.get("integration.treatyInForce")));
        assertThat(scores.of("dprk", "ussr", 1961).orElseThrow().integration())
                .as("in its first year a treaty counts in full").isEqualTo(weights.get("integration.treaty.defense"));
        assertThat(in1962.contributions()).extracting(Contribution::fact).doesNotContain("relation-z");
        assertThat(scores.of("dprk", "ussr", 1970).orElseThrow().divergence()).isZero();
    }

    @Test
    @DisplayName("within a side of a year, the second contribution counts diminishing times its points")
    void diminishingReturns() {
        IndexCalculator discounted = new IndexCalculator(weights.scaled("diminishing", 0.5), 1945, 1972);
        Scores scores = discounted.compute(List.of(
                fact("dispute-a", "dispute", "1962-01-01", "1962-12-31", null, null, null, false),
                fact("dispute-b", "dispute", "1962-03-01", "1962-12-31", null, null, null, false)));

        assertThat(scores.of("dprk", "ussr", 1962).orElseThrow().divergence())
                .isEqualTo(weights.get("divergence.dispute.major") * 1.5);
    }

    @Test
    @DisplayName("a fact that only possibly falls in a year counts at the uncertain rate")
    void uncertainYear() {
        FactInput decade = new FactInput("dispute-d", "dispute", List.of("dprk/ussr"), LocalDate.of(1960, 1, 1),
                LocalDate.of(1969, 12, 31), LocalDate.of(1960, 1, 1), LocalDate.of(1969, 12, 31), List.of(), null, null,
                null, "major", null, null, null, "stated", false, false, "d", null, "q");

        DyadScore score = calculator.compute(List.of(decade)).of("dprk", "ussr", 1965).orElseThrow();
        assertThat(score.divergence()).isEqualTo(weights.get("divergence.dispute.major") * weights.get("uncertainYear"));
        assertThat(score.contributions().get(0).certain()).isFalse();
    }
}
