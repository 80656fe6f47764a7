package org.alliancegraph.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.alliancegraph.AllianceGraph;
import org.alliancegraph.catalog.DatasetMeta;
import org.alliancegraph.system.Reads;
import org.alliancegraph.timeline.DyadTimeline;
import org.neo4j.driver.Value;

/**
 * The network the graph files draw: the actors that are sides of a dyad as nodes, and each dyad as
 * an edge with its years, read dyad by dyad through the Java API (what /api/dyads answers). A dyad
 * is active in a year when a fact counts in it or the index scores it, the dyad-years of the panel.
 */
final class ActorNetwork {

    private static final String NODES = """
            MATCH (a:Actor) WHERE EXISTS { (a)<-[:SIDE]-(:Dyad) }
            RETURN a.id AS id, a.name AS name, coalesce(a.short, a.name) AS short, a.kind AS kind, a.cow AS cow,
                   CASE WHEN a.start IS NULL OR a.start = '..' THEN null ELSE a.start END AS start,
                   CASE WHEN a.start IS NULL OR a.start = '..' THEN null ELSE a.startPrecision END AS startPrecision,
                   CASE WHEN a.end IS NULL OR a.end = '..' THEN null ELSE a.end END AS end,
                   CASE WHEN a.end IS NULL OR a.end = '..' THEN null ELSE a.endPrecision END AS endPrecision,
                   [(a)-[t:TIE]-() | t.year] AS years
            ORDER BY id
            """;

    private static final String DYADS = "MATCH (d:Dyad) RETURN d.id AS id, d.a AS a, d.b AS b ORDER BY id";

    /** The endnotes behind each fact of a dyad. */
    private static final String NOTES = """
            MATCH (:Dyad {id: $dyad})<-[:CONCERNS]-(f:Fact)
            RETURN f.id AS fact, [(f)-[:EVIDENCE]->(n:Note) | n.number] AS notes
            """;

    /**
     * An actor drawn as a node.
     *
     * @param years the years in which one of its dyads is active
     */
    record Node(String id, String name, String shortName, String kind, Integer cow, String start, String startPrecision,
            String end, String endPrecision, TreeSet<Integer> years) {
    }

    /**
     * A dyad drawn as an edge, with its active years in order.
     *
     * @param stateDyad whether both sides are states
     */
    record Edge(String a, String b, boolean stateDyad, List<EdgeYear> years) {

        String id() {
            return a + "/" + b;
        }
    }

    /** One active year of a dyad: the /api/dyads row, and the endnotes behind its facts. */
    record EdgeYear(int year, String status, List<String> statuses, Double integration, Double divergence, Double net,
            List<String> facts, List<Integer> notes) {
    }

    private final AllianceGraph graph;
    private final Reads reads;

    ActorNetwork(AllianceGraph graph, Reads reads) {
        this.graph = graph;
        this.reads = reads;
    }

    DatasetMeta.YearRange years() {
        return graph.meta().years();
    }

    /** The nodes, each with the years it is active in: its ties, and the years the index scores one of its dyads. */
    List<Node> nodes() {
        Map<String, TreeSet<Integer>> scored = new HashMap<>();
        graph.scores().byDyad().forEach((dyad, byYear) -> {
            String[] ab = dyad.split("/");
            scored.computeIfAbsent(ab[0], k -> new TreeSet<>()).addAll(byYear.keySet());
            scored.computeIfAbsent(ab[1], k -> new TreeSet<>()).addAll(byYear.keySet());
        });
        List<Node> nodes = new ArrayList<>();
        reads.stream(NODES, Map.of(), r -> {
            TreeSet<Integer> years = new TreeSet<>(r.get("years").asList(Value::asInt));
            years.addAll(scored.getOrDefault(r.get("id").asString(), new TreeSet<>()));
            nodes.add(new Node(r.get("id").asString(), r.get("name").asString(), r.get("short").asString(),
                    r.get("kind").asString(), r.get("cow").isNull() ? null : r.get("cow").asInt(),
                    r.get("start").asString(null), r.get("startPrecision").asString(null), r.get("end").asString(null),
                    r.get("endPrecision").asString(null), years));
        });
        return nodes;
    }

    /** Hands each dyad to {@code each}, one at a time, in the order of their ids. */
    void forEachEdge(Map<String, Node> nodes, Consumer<Edge> each) {
        List<String[]> dyads = new ArrayList<>();
        reads.stream(DYADS, Map.of(), r -> dyads.add(new String[] {r.get("id").asString(), r.get("a").asString(),
                r.get("b").asString()}));
        for (String[] dyad : dyads) {
            Map<String, List<Integer>> notes = new TreeMap<>();
            reads.records(NOTES, Map.of("dyad", dyad[0]))
                    .forEach(r -> notes.put(r.get("fact").asString(), r.get("notes").asList(Value::asInt)));
            DyadTimeline timeline = graph.timeline(dyad[1], dyad[2]);
            List<EdgeYear> years = timeline.years().stream()
                    .filter(y -> !y.facts().isEmpty() || y.net() != null)
                    .map(y -> new EdgeYear(y.year(), y.status(), y.statuses(), y.integration(), y.divergence(), y.net(),
                            y.facts(), y.facts().stream().flatMap(f -> notes.getOrDefault(f, List.of()).stream())
                                    .distinct().sorted().toList()))
                    .toList();
            if (!years.isEmpty()) {
                Node a = nodes.get(timeline.a());
                Node b = nodes.get(timeline.b());
                each.accept(new Edge(timeline.a(), timeline.b(), a.cow() != null && b.cow() != null
                        && a.kind().equals("state") && b.kind().equals("state"), years));
            }
        }
    }
}
