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

    private static final int WARMUP = 20;

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
                SyntheticStore batched = new SyntheticStore(directory.resolve("batched"));
                SyntheticLoader.Loaded loaded = batched.generate(spec, weights, SyntheticStore.Method.BATCHED,
                        SyntheticLoader.DEFAULT_BATCH, Console::info);
                figures.put("loadBatchedFactsPerSecond", loaded.factsPerSecond());
                FileSystemUtils.deleteRecursively(directory.resolve("batched"));
            } else {
                figures.put("loadBatchedFactsPerSecond", Double.NaN);
            }
            SyntheticStore store = new SyntheticStore(directory.resolve("data"));
            SyntheticLoader.Loaded loaded = store.generate(spec, weights, SyntheticLoader.DEFAULT_BATCH, Console::info);
            figures.put("loadFactsPerSecond", loaded.factsPerSecond());
            figures.put("loadSeconds", loaded.seconds());
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
        figures.put("peakRssMb", peakRssMb());
        return figures;
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
        for (int i = 0; i < Math.min(WARMUP, n); i++) {
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

    /** The process's peak resident set (VmHWM), in MB, from /proc; NaN where there is none. */
    static double peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (Exception e) {
            return Double.NaN;
        }
        return Double.NaN;
    }
}
