package org.alliancegraph.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alliancegraph.index.IndexResult;
import org.alliancegraph.index.YearIndex;
import org.alliancegraph.model.Status;
import org.alliancegraph.model.YearRule;
import org.alliancegraph.system.Reads;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The core questions on a graph whose load stored the per-year structures (a synthetic graph of
 * millions of facts): every yearly tie carries its dyad-year's index and is indexed by dyad, by
 * either side and by year, and each fact has one {@code ACTIVE} relationship per actor and year it
 * possibly counts in, indexed in the order a page of facts is read. Each question is then one or
 * two index seeks whose work does not grow with the number of facts, and nothing is kept in memory.
 */
public final class StoredYears {

    /**
     * One page of an actor's relations in a year, in one round trip: its dyads from two seeks on
     * the yearly ties (by either side), and its facts from an index seek on ACTIVE (actor, year,
     * start) that hands them over in order of their start (ties in the index's own, fixed order).
     * Ordering by all three keys lets the planner use the index's order and stop after the page,
     * without sorting the year.
     */
    private static final String PAGE = """
            CALL {
              MATCH ()-[t:TIE]->() WHERE t.a = $actor AND t.year = $year RETURN t
              UNION ALL
              MATCH ()-[t:TIE]->() WHERE t.b = $actor AND t.year = $year RETURN t
            }
            WITH t ORDER BY t.dyad
            WITH collect(t {.a, .b, .status, statuses: coalesce(t.statuses, []), .integration, .divergence, .net,
                            .facts}) AS dyads
            CALL {
              MATCH ()-[r:ACTIVE]->()
              WHERE r.actor = $actor AND r.year = $year AND r.start >= date({year: 1})
              WITH r ORDER BY r.actor, r.year, r.start
              SKIP $offset LIMIT $limit
              WITH startNode(r) AS f
              RETURN collect(%s) AS facts
            }
            RETURN dyads, facts
            """.formatted(FactRows.PROJECTION);

    /**
     * The same page without the per-year structures: an indexed range query on the facts' intervals
     * (the index on {@code startEarliest} gives the order; each fact is then checked for its end and
     * its actor). The scale benchmark's baseline; it leaves out facts with an open start, which a
     * synthetic graph does not have.
     */
    public static final String NAIVE_PAGE = """
            MATCH (f:Fact)
            WHERE f.startEarliest <= $certainOn[1] AND f.endLatest >= $certainOn[0]
              AND any(d IN f.dyadIds WHERE d STARTS WITH $actor + '/' OR d ENDS WITH '/' + $actor)
            WITH f ORDER BY f.startEarliest, f.id
            SKIP $offset LIMIT $limit
            RETURN %s AS fact
            """.formatted(FactRows.PROJECTION);


    private static final String DYAD_YEARS = """
            MATCH ()-[t:TIE]->() WHERE t.dyad = $dyad AND t.year >= $from AND t.year <= $to
            RETURN t.year AS year, t.status AS status, coalesce(t.statuses, []) AS statuses, t.integration AS integration,
                   t.divergence AS divergence, t.net AS net
            ORDER BY year
            """;

    /** Every fact of a dyad in one pass, each counted in the years it possibly falls in. */
    private static final String DYAD_FACTS = """
            MATCH (:Dyad {id: $dyad})<-[:CONCERNS]-(f:Fact)
            UNWIND range(coalesce(f.startEarliest.year, $first), coalesce(f.endLatest.year, $last)) AS year
            WITH year, f WHERE year >= $from AND year <= $to
            WITH year, f ORDER BY f.startEarliest, f.id
            RETURN year, collect(f.id) AS facts
            """;

    private static final String TIES_OF_DYADS = """
            UNWIND $dyads AS dyad
            MATCH ()-[t:TIE]->() WHERE t.dyad = dyad AND t.year = $year
            RETURN t.dyad AS dyad, t.status AS status, t.net AS net
            """;

    private static final String YEAR_INDEX = """
            MATCH ()-[t:TIE]->() WHERE t.year = $year AND t.net IS NOT NULL
            RETURN t.a AS a, t.b AS b, t.integration AS integration, t.divergence AS divergence, t.net AS net
            ORDER BY t.dyad
            """;

    private static final String ACTOR_INDEX = """
            CALL {
              MATCH ()-[t:TIE]->() WHERE t.a = $actor AND t.year >= $from AND t.year <= $to RETURN t, t.b AS partner
              UNION ALL
              MATCH ()-[t:TIE]->() WHERE t.b = $actor AND t.year >= $from AND t.year <= $to RETURN t, t.a AS partner
            }
            WITH partner, t WHERE t.net IS NOT NULL
            RETURN partner, t.year AS year, t.integration AS integration, t.divergence AS divergence, t.net AS net
            ORDER BY partner, year
            """;

    /** The relations of a year (of one actor when given), each dyad's facts read through its Dyad node. */
    private static final String RELATIONS = """
            CALL {
              MATCH ()-[t:TIE]->() WHERE $actor IS NULL AND t.year = $year RETURN t
              UNION ALL
              MATCH ()-[t:TIE]->() WHERE t.a = $actor AND t.year = $year RETURN t
              UNION ALL
              MATCH ()-[t:TIE]->() WHERE t.b = $actor AND t.year = $year RETURN t
            }
            MATCH (d:Dyad {id: t.dyad})<-[:CONCERNS]-(f:Fact)
            WHERE %s
            WITH d, t, f ORDER BY f.startEarliest, f.id
            WITH d, t, collect(%s) AS facts
            RETURN d.a AS a, d.b AS b, t.status AS status, coalesce(t.statuses, []) AS statuses, t.integration AS integration,
                   t.divergence AS divergence, t.net AS net, facts
            ORDER BY d.id
            """.formatted(YearRule.possiblyIn("f", "$certainOn[0]", "$certainOn[1]"), FactRows.PROJECTION);

    /** The queries by name, in the order docs/performance.md profiles them. */
    public static java.util.Map<String, String> queries() {
        java.util.LinkedHashMap<String, String> queries = new java.util.LinkedHashMap<>();
        queries.put("relationsIn page: the actor's dyads and its first 100 facts", PAGE);
        queries.put("naive relationsIn page", NAIVE_PAGE);
        queries.put("timeline: the yearly ties", DYAD_YEARS);
        queries.put("timeline: the facts of each year", DYAD_FACTS);
        queries.put("triangle", TIES_OF_DYADS);
        queries.put("index of a dyad", DYAD_YEARS);
        queries.put("index of a year", YEAR_INDEX);
        return queries;
    }

    private final Reads reads;

    public StoredYears(Reads reads) {
        this.reads = reads;
    }

    /**
     * Every dyad of {@code year} (of {@code actor} when not null) with every fact that counts: the
     * whole answer, whose size grows with the data ({@link #page} does not).
     */
    public Relations relations(int year, String actor) {
        Map<String, Object> p = new HashMap<>();
        p.put("actor", actor);
        p.put("year", year);
        p.put("certainOn", List.of(YearRule.jan1(year), YearRule.dec31(year)));
        return new Relations(year, actor, reads.records(RELATIONS, p).stream()
                .map(r -> new DyadYear(r.get("a").asString(), r.get("b").asString(), r.get("status").asString(),
                        r.get("statuses").asList(Value::asString), number(r, "integration"), number(r, "divergence"),
                        number(r, "net"), r.get("facts").asList(FactRows::summary)))
                .toList());
    }

    /** One page of the relations of {@code actor} (the id that stands in its dyads) in {@code year}. */
    public RelationsPage page(int year, String actor, int offset, int limit) {
        Map<String, Object> p = new HashMap<>();
        p.put("actor", actor);
        p.put("year", year);
        p.put("offset", offset);
        p.put("limit", limit + 1);
        p.put("certainOn", List.of(YearRule.jan1(year), YearRule.dec31(year)));
        Record row = reads.records(PAGE, p).get(0);
        List<RelationsPage.Dyad> dyads = row.get("dyads").asList(t -> new RelationsPage.Dyad(t.get("a").asString(),
                t.get("b").asString(), t.get("status").asString(), t.get("statuses").asList(Value::asString),
                number(t.get("integration")), number(t.get("divergence")), number(t.get("net")), t.get("facts").asLong()));
        List<FactSummary> facts = new ArrayList<>(row.get("facts").asList(FactRows::summary));
        Integer next = null;
        if (facts.size() > limit) {
            facts.remove(limit);
            next = offset + limit;
        }
        return new RelationsPage(year, actor, dyads, facts, offset, limit, next);
    }

    /** The dyad {@code a/b} (a before b) year by year, with the runs of equal status. */
    public DyadTimeline timeline(String a, String b, int first, int last, int from, int to) {
        Map<String, Object> p = Map.of("dyad", a + "/" + b, "from", from, "to", to, "first", first, "last", last);
        Map<Integer, Record> ties = new HashMap<>();
        reads.records(DYAD_YEARS, p).forEach(r -> ties.put(r.get("year").asInt(), r));
        Map<Integer, List<String>> facts = new HashMap<>();
        reads.records(DYAD_FACTS, p).forEach(r -> facts.put(r.get("year").asInt(), r.get("facts").asList(Value::asString)));
        List<DyadTimeline.Year> years = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            Record t = ties.get(year);
            years.add(t == null ? new DyadTimeline.Year(year, "unknown", List.of(), null, null, null, facts.getOrDefault(year, List.of()))
                    : new DyadTimeline.Year(year, t.get("status").asString(), t.get("statuses").asList(Value::asString),
                            number(t, "integration"), number(t, "divergence"), number(t, "net"),
                            facts.getOrDefault(year, List.of())));
        }
        return new DyadTimeline(a, b, from, to, years, Timeline.periods(years));
    }

    /** The three edges among three sides (ids that stand in dyads) in {@code year}: three seeks. */
    public Triangle triangle(int year, List<String> sides) {
        List<List<String>> pairs = List.of(Timeline.pair(sides.get(0), sides.get(1)), Timeline.pair(sides.get(0), sides.get(2)),
                Timeline.pair(sides.get(1), sides.get(2)));
        Map<String, Record> ties = new HashMap<>();
        reads.records(TIES_OF_DYADS, Map.of("year", year, "dyads", pairs.stream().map(x -> x.get(0) + "/" + x.get(1)).toList()))
                .forEach(r -> ties.put(r.get("dyad").asString(), r));
        List<Triangle.Edge> edges = pairs.stream().map(x -> {
            Record t = ties.get(x.get(0) + "/" + x.get(1));
            String status = t == null ? "unknown" : t.get("status").asString();
            return new Triangle.Edge(x.get(0), x.get(1), status, Status.of(status).orElse(Status.UNKNOWN).sign(),
                    t == null ? null : number(t, "net"));
        }).toList();
        return new Triangle(year, sides, edges, Timeline.balance(edges));
    }

    /** The index of the dyad {@code a/b} (a before b) year by year; a year without evidence has null scores. */
    public List<IndexResult.Year> dyadIndex(String a, String b, int from, int to) {
        Map<Integer, IndexResult.Year> byYear = new HashMap<>();
        reads.records(DYAD_YEARS, Map.of("dyad", a + "/" + b, "from", from, "to", to)).forEach(r -> byYear.put(
                r.get("year").asInt(), new IndexResult.Year(r.get("year").asInt(), number(r, "integration"),
                        number(r, "divergence"), number(r, "net"))));
        List<IndexResult.Year> years = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            years.add(byYear.getOrDefault(year, new IndexResult.Year(year, null, null, null)));
        }
        return years;
    }

    /** The index of every dyad with evidence in {@code year}. */
    public YearIndex yearIndex(int year) {
        return new YearIndex(year, reads.records(YEAR_INDEX, Map.of("year", year)).stream()
                .map(r -> new YearIndex.Row(r.get("a").asString(), r.get("b").asString(), number(r, "integration"),
                        number(r, "divergence"), number(r, "net")))
                .toList());
    }

    /** The index of an actor with each partner, from the stored ties. */
    public IndexResult index(String actor, int from, int to) {
        Map<String, Map<Integer, IndexResult.Year>> partners = new java.util.TreeMap<>();
        reads.records(ACTOR_INDEX, Map.of("actor", actor, "from", from, "to", to)).forEach(r -> partners
                .computeIfAbsent(r.get("partner").asString(), k -> new HashMap<>())
                .put(r.get("year").asInt(), new IndexResult.Year(r.get("year").asInt(), number(r, "integration"),
                        number(r, "divergence"), number(r, "net"))));
        List<IndexResult.Partner> rows = new ArrayList<>();
        partners.forEach((partner, byYear) -> {
            List<IndexResult.Year> years = new ArrayList<>();
            for (int year = from; year <= to; year++) {
                years.add(byYear.getOrDefault(year, new IndexResult.Year(year, null, null, null)));
            }
            rows.add(new IndexResult.Partner(partner, years));
        });
        return new IndexResult(actor, from, to, rows);
    }

    private static Double number(Record r, String key) {
        return number(r.get(key));
    }

    private static Double number(Value v) {
        return v.isNull() ? null : v.asDouble();
    }
}
