package org.alliancegraph.scale;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

import org.alliancegraph.index.Weights;
import org.alliancegraph.load.CypherScript;
import org.alliancegraph.load.ScriptSet;

/**
 * Writes a synthetic graph: the article's schema plus the indexes of the per-year structures
 * first, then the source, its notes and the states, then every dyad's facts, yearly ties and
 * fact-years in batches of parameterized {@code UNWIND $rows} statements (one plan per statement,
 * reused by every batch), while a second thread generates the next dyads. Nothing is derived by
 * Cypher afterwards: the generator already wrote what {@code 90-derive.cypher} would (dates,
 * dyads, evidence, ties), so the load is one pass.
 */
public final class SyntheticLoader {

    /** Rows per transaction: large enough to amortize a commit, small enough for the heap. */
    public static final int DEFAULT_BATCH = 10_000;

    /**
     * The indexes of the per-year structures, beside the article's schema: yearly ties by dyad, by
     * either side and year (the dyad-year aggregates), and each fact's years per actor, in the
     * order a page of facts is read.
     */
    static final List<String> SCALE_SCHEMA = List.of(
            "CREATE INDEX tie_dyad_year IF NOT EXISTS FOR ()-[t:TIE]-() ON (t.dyad, t.year)",
            "CREATE INDEX tie_a_year IF NOT EXISTS FOR ()-[t:TIE]-() ON (t.a, t.year)",
            "CREATE INDEX tie_b_year IF NOT EXISTS FOR ()-[t:TIE]-() ON (t.b, t.year)",
            "CREATE INDEX active_actor_year IF NOT EXISTS FOR ()-[r:ACTIVE]-() ON (r.actor, r.year, r.start)");

    static final String HEADER = """
            MERGE (d:Dataset {id: $dataset})
            SET d += $meta
            MERGE (s:Source {id: $source})
            SET s += $sourceMeta
            MERGE (sec:Section {id: $source + '/records'})
            SET sec.key = 'records', sec.title = 'Synthetic records', sec.order = 1, sec.source = $source
            MERGE (sec)-[:PART_OF]->(s)
            MERGE (d)-[:BUILT_FROM]->(s)
            WITH sec
            UNWIND range(1, $notes) AS number
            MERGE (n:Note {id: $source + '/n' + number})
            SET n.number = number, n.section = 'records', n.source = $source
            MERGE (n)-[:IN]->(sec)
            """;

    static final String ACTORS = """
            UNWIND $rows AS row
            CREATE (a:Actor:State {id: row.id, name: row.name, short: row.id, aliases: [], kind: 'state', cow: row.cow,
                                   start: '..', end: '..', synthetic: true})
            WITH a, row
            UNWIND row.keys AS key
            MERGE (n:Name {key: key})
            CREATE (n)-[:NAMES]->(a)
            """;

    static final String DYADS = """
            UNWIND $rows AS row
            MATCH (a:Actor {id: row.a})
            MATCH (b:Actor {id: row.b})
            CREATE (d:Dyad {id: row.a + '/' + row.b, a: row.a, b: row.b})
            CREATE (d)-[:SIDE]->(a)
            CREATE (d)-[:SIDE]->(b)
            """;

    /**
     * A fact, its actors, dyad and evidence, and each year it possibly counts in per actor (ACTIVE,
     * keyed and ordered as a page of an actor's facts in a year is read), in one statement per type.
     * Whether it certainly counts in a year follows from its dates, so the relationship does not keep it.
     */
    static final String FACTS = """
            UNWIND $rows AS row
            MATCH (a:Actor {id: row.a})
            MATCH (b:Actor {id: row.b})
            MATCH (d:Dyad {id: row.dyad})
            MATCH (n:Note {id: row.note})
            CREATE (f:Fact:%s)
            SET f = row.properties
            CREATE (f)-[:INVOLVES {role: row.roleA}]->(a)
            CREATE (f)-[:INVOLVES {role: row.roleB}]->(b)
            CREATE (f)-[:CONCERNS]->(d)
            CREATE (f)-[:EVIDENCE {quote: row.properties.quote, primary: true, derived: true}]->(n)
            WITH f, a, b, row
            UNWIND row.years AS y
            CREATE (f)-[:ACTIVE {actor: row.a, year: y, start: row.properties.startEarliest}]->(a)
            CREATE (f)-[:ACTIVE {actor: row.b, year: y, start: row.properties.startEarliest}]->(b)
            """;

    public static final String FACTS_PLAN = FACTS.formatted("Event");

    static final String TIES = """
            UNWIND $rows AS row
            MATCH (a:Actor {id: row.a})
            MATCH (b:Actor {id: row.b})
            CREATE (a)-[t:TIE]->(b)
            SET t = row
            """;

    static final String FINISH = "MATCH (d:Dataset {id: $dataset}) SET d += $meta";

    /** What a load did. */
    public record Loaded(long facts, long ties, long dyads, double seconds) {

        public double factsPerSecond() {
            return facts / seconds;
        }
    }

    private final GraphWriter writer;
    private final int batch;
    private final Consumer<String> log;

    public SyntheticLoader(GraphWriter writer, int batch, Consumer<String> log) {
        this.writer = writer;
        this.batch = batch;
        this.log = log;
    }

    /** The article's schema statements and the indexes of the per-year structures; then waits for the indexes. */
    public void schema() {
        List<String> statements = new ArrayList<>(ScriptSet.bundled().scripts().stream()
                .filter(s -> s.name().startsWith("00-")).flatMap(s -> s.statements().stream())
                .map(CypherScript.Statement::text).toList());
        statements.addAll(SCALE_SCHEMA);
        writer.runTogether(statements);
        writer.run("CALL db.awaitIndexes(300)");
    }

    /** Generates and writes the whole graph into an empty database. */
    public Loaded load(SyntheticGenerator generator, Weights weights) {
        SyntheticSpec spec = generator.spec();
        long started = System.nanoTime();
        schema();
        header(spec);
        log.accept(String.format("Schema, source and %d states written in %.1f s", spec.states(), (System.nanoTime() - started) / 1e9));
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(2);
        Object done = new Object();
        Thread producer = new Thread(() -> {
            try {
                generator.forEachDyad(dyad -> put(queue, dyad));
                put(queue, done);
            } catch (RuntimeException e) {
                put(queue, e);
            }
        }, "synthetic-generator");
        producer.setDaemon(true);
        producer.start();
        Batches batches = new Batches();
        try (Progress progress = Progress.of("Generating and loading", spec.events(), "facts")) {
            while (true) {
                Object next = take(queue);
                if (next == done) {
                    break;
                }
                if (next instanceof RuntimeException e) {
                    throw e;
                }
                DyadFacts dyad = (DyadFacts) next;
                batches.add(dyad, progress);
            }
            batches.flushAll(progress);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Object> meta = new HashMap<>();
        meta.put("facts", batches.facts);
        meta.put("aggregates", weights.fingerprint());
        meta.put("loadId", UUID.randomUUID().toString());
        writer.write(FINISH, Map.of("dataset", SyntheticGenerator.DATASET, "meta", meta));
        log.accept(String.format("Wrote %,d facts, %,d dyads and %,d yearly ties in %.1f s (%,.0f facts/s)", batches.facts,
                batches.dyads, batches.ties, seconds, batches.facts / seconds));
        return new Loaded(batches.facts, batches.ties, batches.dyads, seconds);
    }

    private void header(SyntheticSpec spec) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("title", "Alliance Graph synthetic events (not historical)");
        meta.put("version", "synthetic-" + spec.seed());
        meta.put("synthetic", true);
        meta.put("seed", spec.seed());
        meta.put("states", (long) spec.states());
        meta.put("events", spec.events());
        meta.put("firstYear", (long) spec.firstYear());
        meta.put("lastYear", (long) spec.lastYear());
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("citation", String.format("Synthetic dyadic events: %d states, %d events, seed %d, %d-%d. Not a historical source.",
                spec.states(), spec.events(), spec.seed(), spec.firstYear(), spec.lastYear()));
        source.put("synthetic", true);
        source.put("coverageTo", (long) spec.lastYear());
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("dataset", SyntheticGenerator.DATASET);
        parameters.put("meta", meta);
        parameters.put("source", SyntheticGenerator.SOURCE);
        parameters.put("sourceMeta", source);
        parameters.put("notes", (long) SyntheticGenerator.NOTES);
        writer.write(HEADER, parameters);
        List<Map<String, Object>> actors = new ArrayList<>();
        for (int i = 0; i < spec.states(); i++) {
            String id = SyntheticGenerator.stateId(i);
            String name = "State " + id.substring(1);
            actors.add(Map.of("id", id, "name", name, "cow", 10_000L + i + 1, "keys",
                    List.of(id, org.alliancegraph.actor.Actors.key(name))));
        }
        writer.rows(ACTORS, actors);
    }

    /** The rows waiting to be written, one list per statement. */
    private final class Batches {
        private final List<Map<String, Object>> dyadRows = new ArrayList<>();
        private final Map<String, List<Map<String, Object>>> factRows = new LinkedHashMap<>();
        private final List<Map<String, Object>> tieRows = new ArrayList<>();
        long facts;
        long ties;
        long dyads;

        void add(DyadFacts dyad, Progress progress) {
            dyadRows.add(Map.of("a", dyad.a(), "b", dyad.b()));
            dyads++;
            for (SyntheticFact fact : dyad.facts()) {
                List<Map<String, Object>> rows = factRows.computeIfAbsent(fact.label(), l -> new ArrayList<>());
                rows.add(row(dyad, fact));
                if (rows.size() >= batch) {
                    flushDyads();
                    writer.rows(FACTS.formatted(fact.label()), rows);
                    facts += rows.size();
                    progress.stepBy(rows.size());
                    rows.clear();
                }
            }
            dyad.ties().forEach(t -> tieRows.add(t.properties()));
            if (tieRows.size() >= batch) {
                flushTies();
            }
        }

        void flushAll(Progress progress) {
            flushDyads();
            factRows.forEach((label, rows) -> {
                if (!rows.isEmpty()) {
                    writer.rows(FACTS.formatted(label), rows);
                    facts += rows.size();
                    progress.stepBy(rows.size());
                    rows.clear();
                }
            });
            flushTies();
        }

        private void flushDyads() {
            if (!dyadRows.isEmpty()) {
                writer.rows(DYADS, dyadRows);
                dyadRows.clear();
            }
        }

        private void flushTies() {
            flushDyads();
            if (!tieRows.isEmpty()) {
                writer.rows(TIES, tieRows);
                ties += tieRows.size();
                tieRows.clear();
            }
        }
    }

    private static Map<String, Object> row(DyadFacts dyad, SyntheticFact fact) {
        Map<String, Object> row = new HashMap<>();
        row.put("a", dyad.a());
        row.put("b", dyad.b());
        row.put("dyad", dyad.dyad());
        row.put("roleA", fact.roleA());
        row.put("roleB", fact.roleB());
        row.put("note", fact.note());
        row.put("properties", fact.properties());
        row.put("years", fact.years().stream().map(y -> (long) y.year()).toList());
        return row;
    }

    private static void put(BlockingQueue<Object> queue, Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while generating", e);
        }
    }

    private static Object take(BlockingQueue<Object> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading", e);
        }
    }
}
