package org.alliancegraph.scale;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.alliancegraph.index.DyadScore;
import org.alliancegraph.index.IndexCalculator;
import org.alliancegraph.index.Scores;
import org.alliancegraph.model.YearRule;

/**
 * The yearly ties of one dyad, computed in Java from its facts: the same rule as step 8 of
 * {@code cypher/90-derive.cypher} (status of the relation fact in force longest, every state of the
 * year, how many facts count), plus the dyad-year's index from {@link IndexCalculator}, so that a
 * graph of millions of facts gets its aggregates in one pass over each dyad instead of one Cypher
 * statement over the whole graph. A test checks that it gives the ties 90-derive wrote for the
 * article's graph.
 */
public final class YearTies {

    private final int firstYear;
    private final int lastYear;
    private final IndexCalculator calculator;

    /**
     * @param firstYear  the data's first year, where an open start begins
     * @param lastYear   the data's last year, where an open end ends
     * @param calculator the index, or null for ties without scores
     */
    public YearTies(int firstYear, int lastYear, IndexCalculator calculator) {
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.calculator = calculator;
    }

    /** One yearly tie of a dyad. */
    public record Tie(String a, String b, int year, String status, List<String> statuses, boolean certain, long facts,
            Double integration, Double divergence, Double net) {

        /** The tie as the properties of a TIE relationship. */
        public Map<String, Object> properties() {
            Map<String, Object> p = new HashMap<>();
            p.put("a", a);
            p.put("b", b);
            p.put("dyad", a + "/" + b);
            p.put("year", (long) year);
            p.put("status", status);
            p.put("statuses", statuses);
            p.put("certain", certain);
            p.put("facts", facts);
            p.put("integration", integration);
            p.put("divergence", divergence);
            p.put("net", net);
            return p;
        }
    }

    private record State(String status, boolean certain, long days, LocalDate start) {
    }

    /** The ties of the dyad {@code a/b} (a before b) from all the facts that concern it. */
    public List<Tie> ties(String a, String b, List<DatedFact> facts) {
        Map<Integer, long[]> counts = new TreeMap<>();
        Map<Integer, List<State>> states = new HashMap<>();
        for (DatedFact f : facts) {
            int from = f.startEarliest() == null ? firstYear : f.startEarliest().getYear();
            int to = f.endLatest() == null ? lastYear : f.endLatest().getYear();
            for (int year = from; year <= to; year++) {
                counts.computeIfAbsent(year, y -> new long[1])[0]++;
                if (f.status() != null) {
                    LocalDate jan1 = YearRule.jan1(year);
                    LocalDate dec31 = YearRule.dec31(year);
                    LocalDate x = f.startEarliest() == null || f.startEarliest().isBefore(jan1) ? jan1 : f.startEarliest();
                    LocalDate y = f.endLatest() == null || f.endLatest().isAfter(dec31) ? dec31 : f.endLatest();
                    states.computeIfAbsent(year, k -> new ArrayList<>()).add(new State(f.status(),
                            YearRule.certainly(f.startLatest(), f.endEarliest(), year), ChronoUnit.DAYS.between(x, y) + 1,
                            f.startEarliest()));
                }
            }
        }
        Scores scores = calculator == null ? null
                : calculator.compute(facts.stream().map(DatedFact::scoring).filter(s -> s != null).toList());
        List<Tie> ties = new ArrayList<>();
        counts.forEach((year, count) -> {
            List<State> inYear = states.getOrDefault(year, List.of());
            State longest = null;
            for (State s : inYear) {
                if (longer(s, longest)) {
                    longest = s;
                }
            }
            List<String> ordered = inYear.stream()
                    .sorted(Comparator.comparing(State::start, Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(State::days, Comparator.reverseOrder())
                            .thenComparing(State::certain, Comparator.reverseOrder())
                            .thenComparing(State::status))
                    .map(State::status).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new))
                    .stream().toList();
            Optional<DyadScore> score = scores == null ? Optional.empty() : scores.of(a, b, year);
            ties.add(new Tie(a, b, year, longest == null ? "unknown" : longest.status(), ordered,
                    longest == null || longest.certain(), count[0],
                    score.map(DyadScore::integration).orElse(null), score.map(DyadScore::divergence).orElse(null),
                    score.map(DyadScore::net).orElse(null)));
        });
        return ties;
    }

    /**
     * Whether {@code s} beats {@code best}: more days in the year, then certain over uncertain, then
     * the later start, then the status name; as 90-derive's reduce, where a comparison with a
     * missing start is false.
     */
    private static boolean longer(State s, State best) {
        if (best == null || s.days() > best.days()) {
            return true;
        }
        if (s.days() != best.days()) {
            return false;
        }
        if (s.certain() && !best.certain()) {
            return true;
        }
        if (s.certain() != best.certain() || s.start() == null || best.start() == null) {
            return false;
        }
        if (s.start().isAfter(best.start())) {
            return true;
        }
        return s.start().equals(best.start()) && s.status().compareTo(best.status()) < 0;
    }
}
