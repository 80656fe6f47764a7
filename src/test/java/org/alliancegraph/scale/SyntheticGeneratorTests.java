package org.alliancegraph.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.alliancegraph.index.Weights;
import org.alliancegraph.model.PartialDate;
import org.alliancegraph.model.YearRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SyntheticGeneratorTests {

    private static final Weights WEIGHTS = Weights.locate(null);

    private static List<DyadFacts> generate(SyntheticSpec spec) {
        List<DyadFacts> dyads = new ArrayList<>();
        new SyntheticGenerator(spec, WEIGHTS).forEachDyad(dyads::add);
        return dyads;
    }

    @Test
    @DisplayName("the same seed gives the same facts, ties and ids; another seed another graph")
    void deterministic() {
        List<DyadFacts> first = generate(SyntheticSpec.of(12, 3_000, 7));
        List<DyadFacts> again = generate(SyntheticSpec.of(12, 3_000, 7));
        List<DyadFacts> other = generate(SyntheticSpec.of(12, 3_000, 8));
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(first.stream().mapToLong(d -> d.facts().size()).sum()).isEqualTo(3_000);
        List<String> ids = first.stream().flatMap(d -> d.facts().stream()).map(f -> f.dated().id()).toList();
        assertThat(new TreeSet<>(ids)).as("ids are unique").hasSize(ids.size());
        assertThat(ids).allMatch(id -> id.matches("(event|flow|dispute|relation|treaty)-s\\d{3}-s\\d{3}-\\d+"));
    }

    @Test
    @DisplayName("events fall on dyads by Zipf's law: the busiest tenth of the dyads holds most of them, the top one about 1/H(n)")
    void zipfSkew() {
        SyntheticSpec spec = SyntheticSpec.of(40, 100_000, 3);
        int[] perDyad = new SyntheticGenerator(spec, WEIGHTS).eventsPerDyad();
        int[] sorted = Arrays.stream(perDyad).sorted().toArray();
        long total = Arrays.stream(perDyad).sum();
        long topTenth = Arrays.stream(sorted, sorted.length - sorted.length / 10, sorted.length).sum();
        double harmonic = 0;
        for (int k = 1; k <= spec.dyads(); k++) {
            harmonic += 1.0 / k;
        }
        assertThat(total).isEqualTo(100_000);
        assertThat((double) topTenth / total).isGreaterThan(0.5);
        assertThat(sorted[sorted.length - 1] / (double) total).isCloseTo(1 / harmonic, org.assertj.core.data.Offset.offset(0.02));
        // The busiest pair is not simply the first: a seeded permutation places the ranks.
        assertThat(perDyad[0]).isLessThan(sorted[sorted.length - 1]);
    }

    @Test
    @DisplayName("dates come at every precision, and each fact's stored days are those its text means")
    void precisions() {
        List<SyntheticFact> facts = generate(SyntheticSpec.of(10, 5_000, 1)).stream().flatMap(d -> d.facts().stream()).toList();
        Set<String> precisions = new TreeSet<>();
        for (SyntheticFact f : facts) {
            Map<String, Object> p = f.properties();
            PartialDate start = PartialDate.parse((String) p.get("start")).orElseThrow();
            PartialDate end = PartialDate.parse((String) p.get("end")).orElseThrow();
            assertThat(p.get("startEarliest")).isEqualTo(start.earliest());
            assertThat(p.get("startLatest")).isEqualTo(start.latest());
            assertThat(p.get("startPrecision")).isEqualTo(start.precision());
            assertThat(p.get("endLatest")).isEqualTo(end.latest());
            assertThat(end.latest()).isAfterOrEqualTo(start.earliest());
            assertThat(end.latest()).isBeforeOrEqualTo(LocalDate.of(2029, 12, 31));
            precisions.add(start.precision());
            // Its years are exactly those the year rule says it possibly falls in.
            List<Integer> years = f.years().stream().map(SyntheticFact.Year::year).toList();
            for (int y = 1950; y <= 2029; y++) {
                assertThat(years.contains(y)).isEqualTo(YearRule.possibly(start.earliest(), end.latest(), y));
            }
        }
        assertThat(precisions).containsExactlyInAnyOrder("day", "month", "quarter", "season", "year", "decade");
        assertThat(facts.stream().filter(f -> f.years().stream().anyMatch(y -> !y.certain()))).as("facts only possibly in a year")
                .isNotEmpty();
    }

    @Test
    @DisplayName("every fact says it is synthetic, names the synthetic source, a note, a quote and a certainty; relations carry a status")
    void markedSynthetic() {
        List<SyntheticFact> facts = generate(SyntheticSpec.of(10, 2_000, 1)).stream().flatMap(d -> d.facts().stream()).toList();
        assertThat(facts).allSatisfy(f -> {
            assertThat(f.properties()).containsEntry("synthetic", true).containsEntry("source", SyntheticGenerator.SOURCE)
                    .containsKeys("quote", "note", "certainty", "summary", "dyadIds");
            assertThat(f.note()).startsWith(SyntheticGenerator.SOURCE + "/n");
        });
        Map<String, Long> byType = new TreeMap<>();
        facts.forEach(f -> byType.merge(f.label(), 1L, Long::sum));
        assertThat(byType).containsOnlyKeys("Event", "Flow", "Dispute", "Relation", "Treaty");
        assertThat(facts.stream().filter(f -> f.label().equals("Relation")))
                .allMatch(f -> Set.of("allied", "close", "normal", "cool", "strained", "frozen", "crisis", "hostile")
                        .contains((String) f.properties().get("status")));
        assertThat(facts.stream().filter(f -> f.label().equals("Flow")))
                .allMatch(f -> f.properties().get("giver") != null && f.properties().get("receiver") != null);
    }

    @Test
    @DisplayName("a spec outside its bounds is refused with the option's name")
    void bounds() {
        assertThatThrownBy(() -> SyntheticSpec.of(2, 10, 1)).hasMessageContaining("--states");
        assertThatThrownBy(() -> SyntheticSpec.of(10, 0, 1)).hasMessageContaining("--events");
    }
}
