package org.alliancegraph.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.alliancegraph.InvalidRequestException;
import org.alliancegraph.actor.Actors;
import org.alliancegraph.catalog.DatasetMeta;
import org.alliancegraph.load.ContentHash;
import org.alliancegraph.model.Status;
import org.alliancegraph.system.Reads;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The integration and divergence index: per dyad and year, from the facts only (never from the
 * relation facts, which are the check). Computed once per service from one read of the facts.
 */
public final class IndexService {

    private static final String FACTS = """
            // Neither the article's judgments (Relation) nor its argument (Claim) score: the index is
            // computed from the events, flows, treaties, roles and disputes alone.
            MATCH (f:Fact) WHERE NOT f:Relation AND NOT f:Claim AND size(coalesce(f.dyadIds, [])) > 0
            // Where the common record dates a fact otherwise than the article (recordStart, recordEnd,
            // with a caveat), the index reads the record's dates; the fact itself keeps the article's.
            WITH f, f.recordStart IS NOT NULL AS recordStart, f.recordEnd IS NOT NULL AS recordEnd
            RETURN f.id AS id, f.type AS type, f.dyadIds AS dyads,
                   CASE WHEN recordStart THEN f.recordStartEarliest ELSE f.startEarliest END AS startEarliest,
                   CASE WHEN recordStart THEN f.recordStartLatest ELSE f.startLatest END AS startLatest,
                   CASE WHEN recordEnd THEN f.recordEndEarliest ELSE f.endEarliest END AS endEarliest,
                   CASE WHEN recordEnd THEN f.recordEndLatest ELSE f.endLatest END AS endLatest,
                   coalesce(f.obligations, []) AS obligations, f.flowKind AS flowKind, f.eventKind AS eventKind,
                   f.tone AS tone, f.severity AS severity, f.amount AS amount, f.currency AS currency, f.usd AS usd,
                   f.certainty AS certainty, f.host IS NOT NULL AS envoy,
                   EXISTS { MATCH (f)-[:AGGREGATES]->() } AS isTotal, f.summary AS summary, f.note AS note,
                   f.quote AS quote
            ORDER BY id
            """;

    private static final String JUDGMENTS = """
            MATCH (a:Actor)-[t:TIE]->(b:Actor) WHERE t.status <> 'unknown'
            RETURN t.dyad AS dyad, t.year AS year, t.status AS status ORDER BY dyad, year
            """;

    private final Reads reads;
    private final Actors actors;
    private final Supplier<DatasetMeta.YearRange> range;
    private final Weights weights;
    private volatile List<FactInput> facts;
    private volatile Scores scores;

    public IndexService(Reads reads, Actors actors, Supplier<DatasetMeta.YearRange> range, Weights weights) {
        this.reads = reads;
        this.actors = actors;
        this.range = range;
        this.weights = weights;
    }

    /** Forgets the facts read and the scores computed, after the graph was loaded again. */
    public void forget() {
        facts = null;
        scores = null;
    }

    /** The weights in use. */
    public Weights weights() {
        return weights;
    }

    /** Every dyad's scores (computed on first use). */
    public Scores scores() {
        Scores known = scores;
        if (known == null) {
            known = with(weights);
            scores = known;
        }
        return known;
    }

    /** The scores under other weights, for the sensitivity report. */
    public Scores with(Weights other) {
        DatasetMeta.YearRange years = range.get();
        return new IndexCalculator(other, years.from(), years.to()).compute(facts());
    }

    /** The score of a dyad in a year, if any fact reaches it. */
    public Optional<DyadScore> score(String a, String b, int year) {
        return scores().of(a, b, year);
    }

    /** The index of an actor with each partner, year by year, from {@code from} to {@code to}. */
    public IndexResult index(String actor, int from, int to) {
        String id = actors.dyadSide(actor);
        TreeSet<String> partners = new TreeSet<>();
        scores().byDyad().keySet().forEach(dyad -> {
            String[] ab = dyad.split("/");
            if (ab[0].equals(id)) {
                partners.add(ab[1]);
            } else if (ab[1].equals(id)) {
                partners.add(ab[0]);
            }
        });
        List<IndexResult.Partner> rows = new ArrayList<>();
        for (String partner : partners) {
            List<IndexResult.Year> years = new ArrayList<>();
            for (int year = from; year <= to; year++) {
                Optional<DyadScore> score = scores().of(id, partner, year);
                years.add(new IndexResult.Year(year, score.map(DyadScore::integration).orElse(null),
                        score.map(DyadScore::divergence).orElse(null), score.map(DyadScore::net).orElse(null)));
            }
            if (years.stream().anyMatch(y -> y.net() != null)) {
                rows.add(new IndexResult.Partner(partner, years));
            }
        }
        return new IndexResult(id, from, to, rows);
    }

    /** The facts behind a dyad's score in a year, with their points and quotes. */
    public DyadScore explain(String a, String b, int year) {
        String x = actors.dyadSide(a);
        String y = actors.dyadSide(b);
        if (x.equals(y)) {
            throw new InvalidRequestException("A dyad needs two different actors: both stand for " + x);
        }
        String first = x.compareTo(y) < 0 ? x : y;
        String second = x.compareTo(y) < 0 ? y : x;
        return scores().of(first, second, year).orElse(DyadScore.noEvidence(first, second, year));
    }

    /** The DPRK's alignment between Moscow and Beijing, year by year. */
    public List<Alignment> alignment(int from, int to) {
        double share = weights.get("alignmentShare");
        List<Alignment> years = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            DyadScore ussr = explain("dprk", "ussr", year);
            DyadScore prc = explain("dprk", "prc", year);
            years.add(new Alignment(year, ussr.net(), prc.net(), alignment(ussr, prc, share), reasons(ussr, prc)));
        }
        return years;
    }

    /**
     * Closer to one capital when the two nets differ by more than {@code share} of the larger
     * dyad's activity (integration plus divergence); no evidence when either dyad has none.
     */
    static String alignment(DyadScore ussr, DyadScore prc, double share) {
        if (ussr.net() == null || prc.net() == null) {
            return "no evidence";
        }
        double size = Math.max(ussr.integration() + ussr.divergence(), prc.integration() + prc.divergence());
        double difference = ussr.net() - prc.net();
        if (Math.abs(difference) <= share * size) {
            return "between them";
        }
        return difference > 0 ? "closer to Moscow" : "closer to Beijing";
    }

    private static List<String> reasons(DyadScore ussr, DyadScore prc) {
        List<String> reasons = new ArrayList<>();
        top(ussr, 2).forEach(c -> reasons.add("dprk/ussr: " + describe(c)));
        top(prc, 2).forEach(c -> reasons.add("dprk/prc: " + describe(c)));
        return reasons;
    }

    /** Every dyad-year where the article's judgment and the net point in different directions. */
    public List<Disagreement> disagreements() {
        List<Disagreement> found = new ArrayList<>();
        for (Judged j : judged()) {
            if (j.score().isEmpty()) {
                found.add(new Disagreement(j.dyad(), j.year(), j.status(), null, "unscored"));
            } else if (j.sign() != 0 && !j.agrees()) {
                found.add(new Disagreement(j.dyad(), j.year(), j.status(), j.score().get().net(), "opposite"));
            }
        }
        return found;
    }

    /**
     * The validity report: for every dyad-year with a status and a score, whether the sign of the
     * net agrees with the status; agreement on each half of the dyads and on all.
     */
    public Validity validity() {
        List<Judged> judged = judged();
        Map<String, Integer> judgedYears = new TreeMap<>();
        judged.forEach(j -> judgedYears.merge(j.dyad(), 1, Integer::sum));
        Set<String> tuningHalf = tuningHalf(judgedYears);
        int[] all = new int[2];
        int[] tuning = new int[2];
        int[] held = new int[2];
        int cool = 0;
        int unscored = 0;
        List<Validity.Row> rows = new ArrayList<>();
        for (Judged j : judged) {
            if (j.score().isEmpty()) {
                unscored++;
                continue;
            }
            if (j.sign() == 0) {
                cool++;
                continue;
            }
            boolean inTuning = tuningHalf.contains(j.dyad());
            for (int[] counts : new int[][] {all, inTuning ? tuning : held}) {
                counts[0]++;
                counts[1] += j.agrees() ? 1 : 0;
            }
            if (!j.agrees()) {
                DyadScore score = j.score().get();
                rows.add(new Validity.Row(j.dyad(), j.year(), j.status(), score.net(), inTuning ? "tuning" : "held back",
                        score.contributions().stream().map(IndexService::describe).toList()));
            }
        }
        List<String> statuses = judged.stream().map(j -> j.dyad() + " " + j.year() + " " + j.status()).sorted().toList();
        return new Validity(Validity.SPLIT, List.copyOf(tuningHalf), ContentHash.sha256(statuses),
                Validity.Agreement.of(all[0], all[1]), Validity.Agreement.of(tuning[0], tuning[1]),
                Validity.Agreement.of(held[0], held[1]), cool, unscored, rows);
    }

    /** The split rule of {@link Validity#SPLIT}: the dyads of the tuning half. */
    static Set<String> tuningHalf(Map<String, Integer> judgedYears) {
        List<Map.Entry<String, Integer>> ordered = judgedYears.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        Set<String> tuning = new TreeSet<>();
        int tuningYears = 0;
        int heldYears = 0;
        for (Map.Entry<String, Integer> dyad : ordered) {
            if (tuningYears <= heldYears) {
                tuning.add(dyad.getKey());
                tuningYears += dyad.getValue();
            } else {
                heldYears += dyad.getValue();
            }
        }
        return tuning;
    }

    /**
     * A dyad-year the article judges (a tie with a status other than unknown), with its score if
     * any fact scores there.
     *
     * @param sign +1, -1, or 0 for cool (agreeing with either sign)
     */
    private record Judged(String dyad, int year, String status, int sign, Optional<DyadScore> score) {

        /** Whether the net has the status's sign (a net of exactly 0 agrees with no signed status). */
        boolean agrees() {
            return score.isPresent() && (sign == 0 || Math.signum(score.get().net()) == sign);
        }
    }

    /** Every judged dyad-year, read once per question, with its score. */
    private List<Judged> judged() {
        return reads.records(JUDGMENTS).stream().map(row -> {
            String dyad = row.get("dyad").asString();
            String[] ab = dyad.split("/");
            int year = row.get("year").asInt();
            String status = row.get("status").asString();
            return new Judged(dyad, year, status, Status.of(status).orElse(Status.UNKNOWN).sign(),
                    scores().of(ab[0], ab[1], year));
        }).toList();
    }

    /** Each weight moved by half up and down, one at a time: which checkpoints still hold. */
    public Sensitivity sensitivity(List<Checkpoint> checkpoints) {
        Scores base = scores();
        List<Boolean> baseline = checkpoints.stream().map(c -> c.holds(base)).toList();
        List<Sensitivity.Change> changes = new ArrayList<>();
        for (String key : weights.weightKeys()) {
            for (double factor : new double[] {0.5, 1.5}) {
                Scores changed = with(weights.scaled(key, factor));
                changes.add(new Sensitivity.Change(key, factor, checkpoints.stream().map(c -> c.holds(changed)).toList()));
            }
        }
        return new Sensitivity(checkpoints.stream().map(Checkpoint::id).toList(),
                checkpoints.stream().map(c -> c.hasEvidence(base)).toList(), baseline, changes);
    }

    private static List<Contribution> top(DyadScore score, int n) {
        return score.contributions().stream().sorted(Comparator.comparingDouble(Contribution::points).reversed())
                .limit(n).toList();
    }

    private static String describe(Contribution c) {
        return String.format("%s %s %s (%+.2f)", c.side(), c.component(), c.fact(),
                c.side().equals("integration") ? c.points() : -c.points());
    }

    private List<FactInput> facts() {
        List<FactInput> known = facts;
        if (known == null) {
            known = reads.records(FACTS).stream().map(IndexService::toInput).toList();
            facts = known;
        }
        return known;
    }

    private static FactInput toInput(Record r) {
        return new FactInput(r.get("id").asString(), r.get("type").asString(), r.get("dyads").asList(Value::asString),
                date(r, "startEarliest"), date(r, "startLatest"), date(r, "endEarliest"), date(r, "endLatest"),
                r.get("obligations").asList(Value::asString), r.get("flowKind").asString(null),
                r.get("eventKind").asString(null), r.get("tone").asString(null), r.get("severity").asString(null),
                r.get("amount").isNull() ? null : r.get("amount").asNumber().doubleValue(), r.get("currency").asString(null),
                r.get("usd").isNull() ? null : r.get("usd").asNumber().doubleValue(), r.get("certainty").asString(null),
                r.get("envoy").asBoolean(), r.get("isTotal").asBoolean(), r.get("summary").asString(),
                r.get("note").isNull() ? null : r.get("note").asInt(), r.get("quote").asString(null));
    }

    private static java.time.LocalDate date(Record r, String key) {
        return r.get(key).isNull() ? null : r.get(key).asLocalDate();
    }

}
