package org.alliancegraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;

import org.alliancegraph.AllianceGraph;
import org.alliancegraph.embedded.EmbeddedNeo4j;
import org.alliancegraph.index.Weights;
import org.alliancegraph.model.YearRule;
import org.alliancegraph.scale.ExternalTarget;
import org.alliancegraph.scale.GraphWriter;
import org.alliancegraph.scale.SyntheticGenerator;
import org.alliancegraph.scale.SyntheticLoader;
import org.alliancegraph.scale.SyntheticSpec;
import org.alliancegraph.scale.SyntheticStore;
import org.alliancegraph.system.Neo4jConnection;
import org.alliancegraph.system.Reads;
import org.alliancegraph.timeline.StoredYears;
import org.neo4j.driver.Driver;
import org.springframework.util.FileSystemUtils;

/**
 * One size of the scale benchmark, in a process of its own (so that its peak memory is its own):
 * generates and loads a synthetic graph, then times each core question many times over varying
 * years, and the naive page for comparison. Returns the figures by name.
 */
final class ScaleRun {

    /** Warm-up calls of each question before it is timed: at least WARMUP, then more, up to WARMUP_MAX, for WARMUP_NANOS. */
    private static final int WARMUP = 20;
    private static final int WARMUP_MAX = 500;
    private static final long WARMUP_NANOS = 5_000_000_000L;


    private final SyntheticSpec spec;
    private final int calls;
    private final Optional<Neo4jConnection> external;
    private final String database;
    private final Path profile;

    private final long batchedUpTo;

    ScaleRun(SyntheticSpec spec, int calls, Optional<Neo4jConnection> external, String database, Path profile,
            long batchedUpTo) {
        this.spec = spec;
        this.batchedUpTo = batchedUpTo;
        this.calls = calls;
        this.external = external;
        this.database = database;
        this.profile = profile;
    }

    Map<String, Object> run() throws Exception {
        Map<String, Object> figures = new LinkedHashMap<>();
        Weights weights = Weights.locate(null);
        if (external.isPresent()) {
            try (Driver driver = external.get().open()) {
                String name = ExternalTarget.prepare(driver, external.get().uri().toString(), Optional.ofNullable(database));
                SyntheticLoader.Loaded loaded = new SyntheticLoader(GraphWriter.driver(driver, name), SyntheticLoader.DEFAULT_BATCH,
                        Console::info).load(new SyntheticGenerator(spec, weights), weights);
                figures.put("loadFactsPerSecond", loaded.factsPerSecond());
                figures.put("loadBatchedFactsPerSecond", loaded.factsPerSecond());
                figures.put("loadSeconds", loaded.seconds());
                measure(AllianceGraph.on(driver, weights, Duration.ofSeconds(60), name), new Reads(driver, Duration.ofSeconds(60), name),
                        figures);
            }
            figures.put("peakRssMb", Double.NaN);
            figures.put("storeMb", Double.NaN);
            return figures;
        }
        Path directory = Files.createTempDirectory("alliance-graph-scale");
        try {
            if (spec.events() <= batchedUpTo) {
                // The batched UNWIND load, as into an external server, into a store of its own that is then dropped.
                figures.put("loadBatchedFactsPerSecond", load(directory.resolve("batched"), true).get("factsPerSecond"));
                FileSystemUtils.deleteRecursively(directory.resolve("batched"));
            } else {
                figures.put("loadBatchedFactsPerSecond", Double.NaN);
            }
            Map<String, Object> loaded = load(directory.resolve("data"), false);
            figures.put("loadFactsPerSecond", loaded.get("factsPerSecond"));
            figures.put("loadSeconds", loaded.get("seconds"));
            figures.put("loadPeakRssMb", loaded.get("peakRssMb"));
            SyntheticStore store = new SyntheticStore(directory.resolve("data"));
            figures.put("storeMb", store.sizeOnDisk() / 1048576.0);
            try (SyntheticStore.Opened opened = store.open(EmbeddedNeo4j.Connectors.boltOnly());
                    Driver driver = new Neo4jConnection(opened.server().boltUri(), "neo4j", Optional.empty()).open()) {
                measure(AllianceGraph.on(driver, weights, Duration.ofSeconds(60)), new Reads(driver, Duration.ofSeconds(60)),
                        figures);
                if (profile != null) {
                    ScaleProfile.write(opened.server(), spec, busiest(new Reads(driver, Duration.ofSeconds(60))), profile);
                }
            }
        } finally {
            FileSystemUtils.deleteRecursively(directory);
        }
        figures.put("peakRssMb", ChildProcess.peakRssMb());
        return figures;
    }

    /**
     * Loads the graph into a new store at {@code dataDirectory} by {@code generate}, in a process of
     * its own with the benchmark's heap, as a user runs it: the loader's memory (Neo4j's importer
     * keeps about a gigabyte of its own) is then not counted in the memory of the process that
     * answers the questions, and each peak is measured by itself.
     */
    private Map<String, Object> load(Path dataDirectory, boolean batched) throws Exception {
        List<String> command = ChildProcess.thisProgram(BenchScaleCommand.HEAP);
        command.addAll(List.of("generate", "--figures", "--states", String.valueOf(spec.states()), "--events",
                String.valueOf(spec.events()), "--seed", String.valueOf(spec.seed()), "--data-dir", dataDirectory.toString()));
        if (batched) {
            command.add("--batched");
        }
        return ChildProcess.figures(command, GenerateCommand.FIGURES, Map.of(), "The load of " + spec.events() + " facts");
    }

    /** The busiest dyad (most facts over all years) and a third actor, the busiest partner of its first side. */
    static List<String> busiest(Reads reads) {
        var dyad = reads.records("""
                MATCH ()-[t:TIE]->() WITH t.dyad AS dyad, t.a AS a, t.b AS b, sum(t.facts) AS facts
                RETURN a, b ORDER BY facts DESC, dyad LIMIT 1
                """).get(0);
        String a = dyad.get("a").asString();
        String b = dyad.get("b").asString();
        var third = reads.records("""
                MATCH ()-[t:TIE]->() WHERE (t.a = $a OR t.b = $a) AND NOT (t.a = $b OR t.b = $b)
                WITH CASE WHEN t.a = $a THEN t.b ELSE t.a END AS partner, sum(t.facts) AS facts
                RETURN partner ORDER BY facts DESC, partner LIMIT 1
                """, Map.of("a", a, "b", b)).get(0).get("partner").asString();
        return List.of(a, b, third);
    }

    private void measure(AllianceGraph graph, Reads reads, Map<String, Object> figures) {
        graph.meta();
        List<String> busiest = busiest(reads);
        String a = busiest.get(0);
        String b = busiest.get(1);
        String c = busiest.get(2);
        figures.put("busiestDyad", a + "/" + b);
        int first = spec.firstYear();
        int years = spec.years();
        time(figures, "relationsIn", i -> graph.relationsIn(first + i % years, a, 0, 100));
        time(figures, "naive", i -> {
            int year = first + i % years;
            reads.records(StoredYears.NAIVE_PAGE, Map.of("actor", a, "offset", 0, "limit", 101,
                    "certainOn", List.of(YearRule.jan1(year), YearRule.dec31(year))));
        });
        time(figures, "timeline", i -> graph.timeline(a, b));
        time(figures, "triangle", i -> graph.triangle(first + i % years, a, b, c));
        time(figures, "dyadIndex", i -> graph.index(a, b, null, null));
        time(figures, "yearIndex", i -> graph.indexIn(first + i % years));
    }

    private void time(Map<String, Object> figures, String name, IntConsumer call) {
        // The questions whose answer grows with the data are timed less often, so that a million facts take minutes.
        int n = name.equals("timeline") ? Math.max(20, calls / 10)
                : name.equals("yearIndex") || name.equals("naive") ? Math.max(20, calls / 4) : calls;
        // Warm up until the JIT has compiled the query's path on both sides of Bolt: the p99 of a service that
        // has been answering for a while, not of its first calls.
        long warmUntil = System.nanoTime() + WARMUP_NANOS;
        for (int i = 0; i < WARMUP || i < WARMUP_MAX && System.nanoTime() < warmUntil; i++) {
            call.accept(i * 7);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long started = System.nanoTime();
            call.accept(i * 7 + 3);
            millis.add((System.nanoTime() - started) / 1e6);
        }
        Collections.sort(millis);
        figures.put(name + ".p50", percentile(millis, 50));
        figures.put(name + ".p99", percentile(millis, 99));
        figures.put(name + ".n", (double) n);
        Console.info(String.format("  %-12s n=%d p50 %.2f ms p99 %.2f ms", name, n, percentile(millis, 50), percentile(millis, 99)));
    }

    static double percentile(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
