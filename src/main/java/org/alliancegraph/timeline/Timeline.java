package org.alliancegraph.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.alliancegraph.InvalidRequestException;
import org.alliancegraph.actor.Actors;
import org.alliancegraph.catalog.DatasetMeta;
import org.alliancegraph.index.DyadScore;
import org.alliancegraph.index.IndexService;
import org.alliancegraph.model.Status;
import org.alliancegraph.model.YearRule;
import org.alliancegraph.system.Reads;
import org.neo4j.driver.Value;

/**
 * Answers questions about time: the relations of a year, a dyad over years, the triangle of three
 * actors in a year. A fact counts in a year when its period certainly overlaps it, and is returned
 * with {@code certain: false} when it only possibly does.
 */
public final class Timeline {

    /** The default triangle: the DPRK between the USSR and the PRC. */
    public static final List<String> SINO_SOVIET_DPRK = List.of("dprk", "ussr", "prc");

    /**
     * The dyads of a year come from the yearly ties (indexed by year): 90-derive writes one for
     * every dyad and year in which any of its facts possibly counts, so no fact is scanned but
     * those of the year's dyads.
     */
    private static final String RELATIONS = """
            MATCH (:Actor)-[t:TIE {year: $year}]->(:Actor)
            MATCH (d:Dyad {id: t.dyad})<-[:CONCERNS]-(f:Fact)
            WHERE %s
            WITH d, t, f ORDER BY f.startEarliest, f.id
            WITH d, t, collect(%s) AS facts
            RETURN d.a AS a, d.b AS b, t.status AS status, coalesce(t.statuses, []) AS statuses, facts
            ORDER BY d.id
            """.formatted(YearRule.possiblyIn("f", "$certainOn[0]", "$certainOn[1]"), FactRows.PROJECTION);

    private static final String YEARS_OF_DYAD = """
            UNWIND range($from, $to) AS year
            OPTIONAL MATCH (d:Dyad {id: $dyad})<-[:CONCERNS]-(f:Fact)
            WHERE %s
            WITH year, f ORDER BY f.startEarliest, f.id
            WITH year, collect(f.id) AS facts
            OPTIONAL MATCH (:Actor {id: $a})-[t:TIE {year: year}]->(:Actor {id: $b})
            RETURN year, coalesce(t.status, 'unknown') AS status, coalesce(t.statuses, []) AS statuses, facts
            ORDER BY year
            """.formatted(YearRule.possiblyIn("f", "date({year: year})", "date({year: year, month: 12, day: 31})"));

    /**
     * The relations of each whole year, as first read: the served graph does not change, and the
     * answers are immutable records, so a year is read from the database once, and an actor's
     * relations of the year are its dyads among them.
     */
    private final Map<Integer, Relations> wholeYears = new ConcurrentHashMap<>();

    /** Each dyad asked about over the data's whole range, as first read; a span is a slice of it. */
    private final Map<String, List<DyadTimeline.Year>> wholeDyads = new ConcurrentHashMap<>();

    private final Reads reads;
    private final Actors actors;
    private final Supplier<DatasetMeta.YearRange> range;
    private final IndexService index;

    /**
     * @param reads  how the database is read
     * @param actors resolves actor names
     * @param range  the years the data covers, for checking the years asked about
     * @param index  the integration and divergence scores
     */
    public Timeline(Reads reads, Actors actors, Supplier<DatasetMeta.YearRange> range, IndexService index) {
        this.reads = reads;
        this.actors = actors;
        this.range = range;
        this.index = index;
    }

    /** Forgets the years read, after the graph was loaded again. */
    public void forget() {
        wholeYears.clear();
        wholeDyads.clear();
    }

    /**
     * Every dyad with a fact that counts in {@code year}, limited to those of {@code actor} when given.
     *
     * @throws InvalidRequestException when the year lies outside the data's range
     * @throws org.alliancegraph.NotFoundException when the actor is unknown
     */
    public Relations relationsIn(int year, Optional<String> actor) {
        checkYear(year, "year");
        String side = actor.map(actors::dyadSide).orElse(null);
        Relations whole = wholeYears.computeIfAbsent(year, this::read);
        if (side == null) {
            return whole;
        }
        return new Relations(year, side, whole.dyads().stream()
                .filter(d -> d.a().equals(side) || d.b().equals(side)).toList());
    }

    /** Every dyad of the year, from the database. */
    private Relations read(int year) {
        List<DyadYear> dyads = reads.records(RELATIONS, yearParameters(year))
                .stream()
                .map(r -> {
                    Optional<DyadScore> score = score(r.get("a").asString(), r.get("b").asString(), year);
                    return new DyadYear(r.get("a").asString(), r.get("b").asString(), r.get("status").asString(),
                            r.get("statuses").asList(Value::asString), integration(score), divergence(score), net(score),
                            r.get("facts").asList(FactRows::summary));
                })
                .toList();
        return new Relations(year, null, dyads);
    }

    /**
     * The dyad of {@code a} and {@code b} (in either order) year by year, with the runs of equal
     * status; {@code from} and {@code to} default to the data's range.
     */
    public DyadTimeline timeline(String a, String b, Optional<Integer> from, Optional<Integer> to) {
        List<String> pair = pair(actors.dyadSide(a), actors.dyadSide(b));
        DatasetMeta.YearRange span = range.get().span(from.orElse(null), to.orElse(null));
        int first = span.from();
        int last = span.to();
        List<DyadTimeline.Year> rows = wholeDyads.computeIfAbsent(pair.get(0) + "/" + pair.get(1), dyad -> readDyad(pair))
                .stream().filter(y -> y.year() >= first && y.year() <= last).toList();
        return new DyadTimeline(pair.get(0), pair.get(1), first, last, rows, periods(rows));
    }

    /** A dyad over the data's whole range, as read once. */
    private List<DyadTimeline.Year> readDyad(List<String> pair) {
        DatasetMeta.YearRange whole = range.get();
        Map<String, Object> parameters = Map.of("a", pair.get(0), "b", pair.get(1), "dyad", pair.get(0) + "/" + pair.get(1),
                "from", whole.from(), "to", whole.to());
        return reads.records(YEARS_OF_DYAD, parameters).stream()
                .map(r -> {
                    Optional<DyadScore> score = score(pair.get(0), pair.get(1), r.get("year").asInt());
                    return new DyadTimeline.Year(r.get("year").asInt(), r.get("status").asString(),
                            r.get("statuses").asList(Value::asString), integration(score), divergence(score), net(score),
                            r.get("facts").asList(Value::asString));
                })
                .toList();
    }

    /**
     * The three edges among three actors in {@code year}, and their structural balance.
     *
     * @param actors three actors, by id, name or alias
     */
    public Triangle triangle(int year, List<String> actors) {
        List<String> sides = triangleSides(year, actors);
        List<List<String>> pairs = List.of(pair(sides.get(0), sides.get(1)), pair(sides.get(0), sides.get(2)),
                pair(sides.get(1), sides.get(2)));
        // The ties of the year are those of the kept whole year: no query of its own.
        Map<String, String> statuses = new HashMap<>();
        wholeYears.computeIfAbsent(year, this::read).dyads().forEach(d -> statuses.put(d.a() + "/" + d.b(), d.status()));
        List<Triangle.Edge> edges = pairs.stream()
                .map(p -> {
                    String status = statuses.getOrDefault(p.get(0) + "/" + p.get(1), "unknown");
                    return new Triangle.Edge(p.get(0), p.get(1), status, Status.of(status).orElse(Status.UNKNOWN).sign(),
                            net(score(p.get(0), p.get(1), year)));
                })
                .toList();
        return new Triangle(year, sides, edges, balance(edges));
    }

    /**
     * The ids that stand in dyads for three actors, checked: the year in range, three actors, three
     * different sides.
     */
    public List<String> triangleSides(int year, List<String> actors) {
        checkYear(year, "year");
        if (actors.size() != 3) {
            throw new InvalidRequestException("A triangle needs three actors, not " + actors.size());
        }
        List<String> sides = actors.stream().map(this.actors::dyadSide).toList();
        if (sides.stream().distinct().count() != 3) {
            throw new InvalidRequestException("A triangle needs three different actors: " + String.join(", ", actors)
                    + " stand for " + String.join(", ", sides));
        }
        return sides;
    }

    /**
     * The dyad of two actors as its two sides in id order.
     *
     * @throws InvalidRequestException when both stand for the same side
     */
    public List<String> dyad(String a, String b) {
        return pair(actors.dyadSide(a), actors.dyadSide(b));
    }

    /** Heider's balance: the product of the signs, undetermined when any sign is zero. */
    static String balance(List<Triangle.Edge> edges) {
        int product = edges.stream().mapToInt(Triangle.Edge::sign).reduce(1, (x, y) -> x * y);
        return product > 0 ? "balanced" : product < 0 ? "unbalanced" : "undetermined";
    }

    static List<DyadTimeline.Period> periods(List<DyadTimeline.Year> years) {
        List<DyadTimeline.Period> periods = new ArrayList<>();
        for (DyadTimeline.Year year : years) {
            DyadTimeline.Period last = periods.isEmpty() ? null : periods.get(periods.size() - 1);
            if (last != null && last.status().equals(year.status()) && last.to() == year.year() - 1) {
                periods.set(periods.size() - 1, new DyadTimeline.Period(last.from(), year.year(), last.status()));
            } else {
                periods.add(new DyadTimeline.Period(year.year(), year.year(), year.status()));
            }
        }
        return periods;
    }

    private void checkYear(int year, String name) {
        range.get().check(year, name);
    }

    static List<String> pair(String a, String b) {
        if (a.equals(b)) {
            throw new InvalidRequestException("A dyad needs two different actors: both stand for " + a);
        }
        return a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a);
    }

    private static Map<String, Object> yearParameters(int year) {
        return Map.of("year", year, "certainOn", List.of(YearRule.jan1(year), YearRule.dec31(year)));
    }

    /**
     * The index of a dyad-year. A dyad-year whose facts do not score (relations, neutral events)
     * has no integration, divergence or net: the article gives no evidence either way, which is
     * not a balance of zero.
     */
    private Optional<DyadScore> score(String a, String b, int year) {
        return index.score(a, b, year);
    }

    private static Double integration(Optional<DyadScore> score) {
        return score.map(DyadScore::integration).orElse(null);
    }

    private static Double divergence(Optional<DyadScore> score) {
        return score.map(DyadScore::divergence).orElse(null);
    }

    private static Double net(Optional<DyadScore> score) {
        return score.map(DyadScore::net).orElse(null);
    }

}
