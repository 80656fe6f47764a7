package org.alliancegraph.index;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.alliancegraph.model.YearRule;

/**
 * Computes the integration and divergence of every dyad in every year from the facts, as
 * docs/method.md describes: treaties, flows, cooperation events and envoys integrate; disputes and
 * divergence events diverge. Pure computation on plain values, so that the sensitivity report can
 * run it again for every changed weight.
 */
public final class IndexCalculator {

    /**
     * The version of the rules in this class. The scores written onto the yearly ties depend on
     * it, so the embedded store's fingerprint covers it: raise it when a rule changes.
     */
    public static final int VERSION = 2;

    private final Weights weights;
    private final int firstYear;
    private final int lastYear;

    /**
     * @param weights   the weights
     * @param firstYear the data's first year, where an open start begins
     * @param lastYear  the data's last year, where an open end ends
     */
    public IndexCalculator(Weights weights, int firstYear, int lastYear) {
        this.weights = weights;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    /** The scores of every dyad and year that any fact reaches. */
    public Scores compute(List<FactInput> facts) {
        Map<String, Map<Integer, List<Contribution>>> byDyad = new HashMap<>();
        for (FactInput fact : facts) {
            Side side = side(fact);
            if (side == null) {
                continue;
            }
            int firstYear = fact.startEarliest() == null ? this.firstYear : fact.startEarliest().getYear();
            for (Map.Entry<Integer, YearShare> year : years(fact).entrySet()) {
                double inForce = year.getKey() <= firstYear ? 1.0
                        : fact.type().equals("treaty") ? weights.get("integration.treatyInForce")
                        : "reform".equals(fact.eventKind()) ? weights.get("divergence.reformInForce") : 1.0;
                double points = side.base * year.getValue().factor * certaintyFactor(fact) * inForce;
                if (points <= 0) {
                    continue;
                }
                Contribution contribution = new Contribution(fact.id(), fact.type(), side.name, side.component, points,
                        year.getValue().certain, fact.summary(), fact.note(), fact.quote());
                for (String dyad : fact.dyads()) {
                    byDyad.computeIfAbsent(dyad, d -> new TreeMap<>()).computeIfAbsent(year.getKey(), y -> new ArrayList<>())
                            .add(contribution);
                }
            }
        }
        Map<String, Map<Integer, DyadScore>> scores = new HashMap<>();
        byDyad.forEach((dyad, years) -> {
            String[] ab = dyad.split("/");
            Map<Integer, DyadScore> row = new TreeMap<>();
            years.forEach((year, list) -> {
                List<Contribution> sorted = diminished(list).stream()
                        .sorted(Comparator.comparingDouble(Contribution::points).reversed().thenComparing(Contribution::fact))
                        .toList();
                double integration = sum(sorted, "integration");
                double divergence = sum(sorted, "divergence");
                row.put(year, new DyadScore(ab[0], ab[1], year, round(integration), round(divergence),
                        round(integration - divergence), sorted));
            });
            scores.put(dyad, row);
        });
        return new Scores(scores);
    }

    /**
     * Each side's contributions, largest first, with the k-th counting {@code diminishing^(k-1)}
     * of its points.
     */
    private List<Contribution> diminished(List<Contribution> contributions) {
        double rate = Math.min(1.0, weights.find("diminishing").orElse(1.0));
        List<Contribution> result = new ArrayList<>();
        for (String side : List.of("integration", "divergence")) {
            List<Contribution> ordered = contributions.stream().filter(c -> c.side().equals(side))
                    .sorted(Comparator.comparingDouble(Contribution::points).reversed().thenComparing(Contribution::fact))
                    .toList();
            double factor = 1.0;
            for (Contribution c : ordered) {
                result.add(new Contribution(c.fact(), c.type(), c.side(), c.component(), c.points() * factor, c.certain(),
                        c.summary(), c.note(), c.quote()));
                factor *= rate;
            }
        }
        return result;
    }

    /** Which side a fact counts on, what as, and with what base points (before spreading and certainty). */
    Side side(FactInput fact) {
        return switch (fact.type()) {
            case "treaty" -> {
                double points = fact.obligations().stream()
                        .mapToDouble(o -> weights.find("integration.treaty." + o).orElse(0.0)).sum();
                yield points > 0 ? new Side("integration", "treaty:" + fact.obligations().size() + " obligations", points) : null;
            }
            case "flow" -> fact.isTotal() || fact.flowKind() == null ? null : weights.find("integration.flow." + fact.flowKind())
                    .map(w -> new Side("integration", "flow:" + fact.flowKind(), w * amountScale(fact))).orElse(null);
            case "dispute" -> new Side("divergence", "dispute:" + orDefault(fact.severity(), "major"),
                    weights.find("divergence.dispute." + orDefault(fact.severity(), "major")).orElse(0.0));
            case "event" -> eventSide(fact);
            case "role" -> fact.envoy() ? new Side("integration", "role:envoy", weights.get("integration.role.envoy")) : null;
            default -> null;
        };
    }

    private Side eventSide(FactInput fact) {
        String kind = orDefault(fact.eventKind(), "event");
        if ("integration".equals(fact.tone()) || "divergence".equals(fact.tone())) {
            double points = weights.find(fact.tone() + ".event." + kind).orElse(weights.get(fact.tone() + ".event.toned"));
            return new Side(fact.tone(), "event:" + kind, points);
        }
        if ("neutral".equals(fact.tone())) {
            return null;
        }
        return weights.find("integration.event." + kind).map(w -> new Side("integration", "event:" + kind, w))
                .or(() -> weights.find("divergence.event." + kind).map(w -> new Side("divergence", "event:" + kind, w)))
                .orElse(null);
    }

    /**
     * The yearly amount on a log scale: money in dollars, counts on a flatter scale; a flow
     * without an amount scales as 1.
     */
    double amountScale(FactInput fact) {
        if (fact.amount() == null) {
            return 1.0;
        }
        double perYear = fact.amount() / years(fact.startEarliest(), fact.endLatest());
        if (fact.usd() != null || fact.currency() != null) {
            double rate = fact.usd() != null ? fact.usd() / fact.amount()
                    : weights.find("amounts.dollarsPerRuble." + fact.currency()).orElse(1.0);
            return 1 + Math.log10(1 + perYear * rate / weights.get("amounts.moneyReference"));
        }
        return 1 + weights.get("amounts.countFactor") * Math.log10(1 + perYear / weights.get("amounts.countReference"));
    }

    /** How many years a period spans, at least one. */
    private double years(LocalDate from, LocalDate to) {
        LocalDate start = from != null ? from : LocalDate.of(firstYear, 1, 1);
        LocalDate end = to != null ? to : LocalDate.of(lastYear, 12, 31);
        return Math.max(1.0, (ChronoUnit.DAYS.between(start, end) + 1) / 365.25);
    }

    /**
     * The years a fact falls in, each with its share. A flow is spread over its period by days:
     * its amount becomes a yearly amount (so a program of eight years weighs like eight programs
     * of one), scaled each year by the share of the year it covers; a flow within one year counts
     * in full in that year. Anything else counts in full each year, by {@code uncertainYear} in a
     * year it only possibly overlaps.
     */
    Map<Integer, YearShare> years(FactInput fact) {
        LocalDate from = fact.startEarliest() != null ? fact.startEarliest() : LocalDate.of(firstYear, 1, 1);
        LocalDate to = fact.endLatest() != null ? fact.endLatest() : LocalDate.of(lastYear, 12, 31);
        Map<Integer, YearShare> years = new TreeMap<>();
        double span = ChronoUnit.DAYS.between(from, to) + 1;
        for (int year = Math.max(from.getYear(), firstYear); year <= Math.min(to.getYear(), lastYear); year++) {
            LocalDate jan1 = YearRule.jan1(year);
            LocalDate dec31 = YearRule.dec31(year);
            boolean certain = YearRule.certainly(fact.startLatest(), fact.endEarliest(), year);
            double factor;
            if (fact.type().equals("flow")) {
                LocalDate a = from.isAfter(jan1) ? from : jan1;
                LocalDate b = to.isBefore(dec31) ? to : dec31;
                factor = Math.min(1.0, (ChronoUnit.DAYS.between(a, b) + 1) / Math.min(365.0, span));
            } else {
                factor = certain ? 1.0 : weights.get("uncertainYear");
            }
            years.put(year, new YearShare(factor, certain));
        }
        return years;
    }

    private double certaintyFactor(FactInput fact) {
        return weights.find("certainty." + orDefault(fact.certainty(), "stated")).orElse(1.0);
    }

    private static double sum(List<Contribution> contributions, String side) {
        return contributions.stream().filter(c -> c.side().equals(side)).mapToDouble(Contribution::points).sum();
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    record Side(String name, String component, double base) {
    }

    record YearShare(double factor, boolean certain) {
    }
}
