package org.alliancegraph.scale;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.alliancegraph.index.FactInput;
import org.alliancegraph.index.IndexCalculator;
import org.alliancegraph.index.Weights;
import org.alliancegraph.model.PartialDate;
import org.alliancegraph.model.YearRule;
import org.apache.commons.math3.distribution.ZipfDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.util.MathArrays;

/**
 * Generates dated dyadic facts in the product's model, with the skew of real event data: events
 * fall on dyads and on years by Zipf's law (a few dyads and years have most of them), over a
 * seeded permutation so that the busiest dyad is not always the first pair. Dates come at every
 * precision the model knows (day to decade); facts carry a status, a certainty and evidence from
 * the synthetic source, and say they are synthetic. The same spec always gives the same facts:
 * the events per dyad are drawn first, then each dyad's facts from a generator seeded by the
 * spec's seed and the dyad, so that dyads can be generated one at a time.
 */
public final class SyntheticGenerator {

    /** The id of the synthetic source, and of its dataset. */
    public static final String SOURCE = "synthetic";
    public static final String DATASET = "alliance-graph-synthetic";
    /** How many endnotes the synthetic source has. */
    public static final int NOTES = 500;
    /** Zipf exponents: over dyads as in event data (a heavy head), over years milder. */
    static final double DYAD_EXPONENT = 1.0;
    static final double YEAR_EXPONENT = 0.7;

    private static final String[] STATUSES = {"allied", "close", "normal", "cool", "strained", "frozen", "crisis", "hostile"};
    private static final String[] INTEGRATING = {"meeting", "meeting", "visit", "negotiation", "congress", "recognition"};
    private static final String[] DIVERGING = {"recall", "refusal", "refusal", "intervention", "expulsion", "split"};
    private static final String[] FLOWS = {"aid", "loan", "trade", "trade", "arms", "specialists", "students", "grain"};
    private static final String[] OBLIGATIONS = {"defense", "non-aggression", "consultation", "economic-cooperation",
            "military-cooperation", "neutrality"};
    private static final String[] SEVERITIES = {"minor", "minor", "major", "severe"};

    private final SyntheticSpec spec;
    private final int[] dyadA;
    private final int[] dyadB;
    private final int[] perDyad;
    private final int[] yearOrder;
    private final YearTies ties;

    public SyntheticGenerator(SyntheticSpec spec, Weights weights) {
        this.spec = spec;
        int dyads = spec.dyads();
        dyadA = new int[dyads];
        dyadB = new int[dyads];
        int k = 0;
        for (int i = 0; i < spec.states(); i++) {
            for (int j = i + 1; j < spec.states(); j++) {
                dyadA[k] = i;
                dyadB[k] = j;
                k++;
            }
        }
        RandomGenerator random = new Well19937c(spec.seed());
        int[] dyadOrder = MathArrays.natural(dyads);
        MathArrays.shuffle(dyadOrder, random);
        yearOrder = MathArrays.natural(spec.years());
        MathArrays.shuffle(yearOrder, random);
        perDyad = new int[dyads];
        ZipfDistribution zipf = new ZipfDistribution(random, dyads, DYAD_EXPONENT);
        for (long e = 0; e < spec.events(); e++) {
            perDyad[dyadOrder[zipf.sample() - 1]]++;
        }
        ties = new YearTies(spec.firstYear(), spec.lastYear(),
                new IndexCalculator(weights, spec.firstYear(), spec.lastYear()));
    }

    public SyntheticSpec spec() {
        return spec;
    }

    /** The id of the {@code i}-th state (from 0): {@code s001}. */
    public static String stateId(int i) {
        return String.format("s%03d", i + 1);
    }

    /** How many facts each dyad gets, by dyad index (pairs in order: s001/s002, s001/s003, ...). */
    public int[] eventsPerDyad() {
        return perDyad.clone();
    }

    /** Hands each dyad with facts, in dyad order, to {@code sink}, one at a time. */
    public void forEachDyad(Consumer<DyadFacts> sink) {
        for (int d = 0; d < perDyad.length; d++) {
            if (perDyad[d] > 0) {
                sink.accept(dyad(d));
            }
        }
    }

    /** The facts and ties of the dyad of index {@code d}. */
    DyadFacts dyad(int d) {
        String a = stateId(dyadA[d]);
        String b = stateId(dyadB[d]);
        RandomGenerator random = new Well19937c(spec.seed() * 0x9E3779B97F4A7C15L + d);
        ZipfDistribution years = new ZipfDistribution(random, spec.years(), YEAR_EXPONENT);
        List<SyntheticFact> facts = new ArrayList<>(perDyad[d]);
        for (int n = 0; n < perDyad[d]; n++) {
            int year = spec.firstYear() + yearOrder[years.sample() - 1];
            facts.add(fact(a, b, n + 1, year, random));
        }
        facts.sort(Comparator.comparing((SyntheticFact f) -> f.dated().startEarliest()).thenComparing(f -> f.dated().id()));
        return new DyadFacts(a, b, List.copyOf(facts), ties.ties(a, b, facts.stream().map(SyntheticFact::dated).toList()));
    }

    private SyntheticFact fact(String a, String b, int n, int year, RandomGenerator random) {
        double kind = random.nextDouble();
        Map<String, Object> p = new HashMap<>();
        String label;
        String roleA = "party";
        String roleB = "party";
        String start = startText(year, random);
        String end = start;
        String flowKind = null;
        String eventKind = null;
        String severity = null;
        Double amount = null;
        String currency = null;
        List<String> obligations = List.of();
        String status = null;
        if (kind < 0.62) {
            label = "Event";
            eventKind = random.nextDouble() < 0.65 ? pick(INTEGRATING, random)
                    : random.nextDouble() < 0.8 ? pick(DIVERGING, random) : "statement";
            p.put("eventKind", eventKind);
            p.put("participants", List.of(a, b));
            roleA = "participant";
            roleB = "participant";
        } else if (kind < 0.74) {
            label = "Flow";
            flowKind = pick(FLOWS, random);
            boolean forward = random.nextBoolean();
            roleA = forward ? "giver" : "receiver";
            roleB = forward ? "receiver" : "giver";
            p.put("giver", forward ? a : b);
            p.put("receiver", forward ? b : a);
            p.put("flowKind", flowKind);
            boolean money = !flowKind.equals("specialists") && !flowKind.equals("students") && !flowKind.equals("grain");
            amount = (double) Math.round(Math.pow(10, 2 + 5 * random.nextDouble()));
            p.put("amount", amount);
            p.put("unit", money ? "dollars" : flowKind.equals("grain") ? "tons" : "persons");
            if (money) {
                currency = "USD";
                p.put("currency", currency);
            }
            p.put("qualifier", random.nextDouble() < 0.7 ? "exact" : "about");
            if (random.nextDouble() < 0.3) {
                end = endText(year, 1 + random.nextInt(3), random);
            }
        } else if (kind < 0.86) {
            label = "Dispute";
            severity = pick(SEVERITIES, random);
            p.put("severity", severity);
            p.put("topic", "synthetic dispute");
            p.put("parties", List.of(a, b));
            if (random.nextDouble() < 0.2) {
                end = endText(year, 1, random);
            }
        } else if (kind < 0.96) {
            label = "Relation";
            status = STATUSES[Math.min(STATUSES.length - 1, (int) Math.floor(Math.abs(random.nextGaussian()) * 2.5))];
            p.put("status", status);
            p.put("parties", List.of(a, b));
            end = endText(year, random.nextInt(4), random);
        } else {
            label = "Treaty";
            obligations = List.of(pick(OBLIGATIONS, random), pick(OBLIGATIONS, random)).stream().distinct().toList();
            p.put("obligations", obligations);
            p.put("name", "Synthetic treaty " + a + "-" + b + " " + n);
            p.put("signed", start);
            p.put("parties", List.of(a, b));
            end = endText(year, 1 + random.nextInt(10), random);
        }
        String type = label.toLowerCase(java.util.Locale.ROOT);
        String id = type + "-" + a + "-" + b + "-" + n;
        PartialDate from = PartialDate.parse(start).orElseThrow();
        PartialDate to = PartialDate.parse(end).orElseThrow();
        if (to.latest().isBefore(from.earliest())) {
            to = from;
            end = start;
        }
        String certainty = certainty(random);
        int note = 1 + random.nextInt(NOTES);
        String quote = "synthetic record " + id;
        p.put("id", id);
        p.put("type", type);
        p.put("summary", "Synthetic " + (eventKind != null ? eventKind : flowKind != null ? flowKind : type) + " between "
                + a + " and " + b);
        p.put("start", start);
        p.put("end", end);
        p.put("startEarliest", from.earliest());
        p.put("startLatest", from.latest());
        p.put("startPrecision", from.precision());
        p.put("endEarliest", to.earliest());
        p.put("endLatest", to.latest());
        p.put("endPrecision", to.precision());
        p.put("section", "records");
        p.put("note", (long) note);
        p.put("quote", quote);
        p.put("source", SOURCE);
        p.put("certainty", certainty);
        if (certainty.equals("reported")) {
            p.put("claimant", "a second synthetic source");
        }
        p.put("synthetic", true);
        p.put("dyadIds", List.of(a + "/" + b));
        List<SyntheticFact.Year> years = new ArrayList<>();
        for (int y = from.earliest().getYear(); y <= to.latest().getYear(); y++) {
            if (YearRule.possibly(from.earliest(), to.latest(), y)) {
                years.add(new SyntheticFact.Year(y, YearRule.certainly(from.latest(), to.earliest(), y)));
            }
        }
        FactInput scoring = label.equals("Relation") ? null
                : new FactInput(id, type, List.of(a + "/" + b), from.earliest(), from.latest(), to.earliest(), to.latest(),
                        obligations, flowKind, eventKind, null, severity, amount, currency, null, certainty, false, false,
                        (String) p.get("summary"), note, quote);
        DatedFact dated = new DatedFact(id, from.earliest(), from.latest(), to.earliest(), to.latest(), status, scoring);
        return new SyntheticFact(label, p, roleA, roleB, SOURCE + "/n" + note, List.copyOf(years), dated);
    }

    /** A start in {@code year} at a random precision: mostly days, some months, quarters, seasons, years, decades. */
    private static String startText(int year, RandomGenerator random) {
        double p = random.nextDouble();
        LocalDate day = LocalDate.ofYearDay(year, 1 + random.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
        if (p < 0.55) {
            return day.toString();
        }
        if (p < 0.75) {
            return day.toString().substring(0, 7);
        }
        if (p < 0.82) {
            return year + "-Q" + (1 + (day.getMonthValue() - 1) / 3);
        }
        if (p < 0.87) {
            // Winter runs into the next year: keep the season inside the data's years.
            return year + "-" + new String[] {"spring", "summer", "autumn", "autumn"}[random.nextInt(4)];
        }
        if (p < 0.97) {
            return String.valueOf(year);
        }
        return (year / 10 * 10) + "s";
    }

    /** An end {@code span} years after {@code year}, at day, month or year precision, inside the data's years. */
    private String endText(int year, int span, RandomGenerator random) {
        int y = Math.min(spec.lastYear(), year + span);
        double p = random.nextDouble();
        LocalDate day = LocalDate.ofYearDay(y, 1 + random.nextInt(LocalDate.of(y, 1, 1).lengthOfYear()));
        return p < 0.4 ? day.toString() : p < 0.7 ? day.toString().substring(0, 7) : String.valueOf(y);
    }

    private static String certainty(RandomGenerator random) {
        double p = random.nextDouble();
        return p < 0.8 ? "stated" : p < 0.92 ? "reported" : p < 0.97 ? "estimated" : "speculated";
    }

    private static String pick(String[] values, RandomGenerator random) {
        return values[random.nextInt(values.length)];
    }
}
