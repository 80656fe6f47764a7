package org.alliancegraph.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntConsumer;

import org.alliancegraph.AllianceGraph;
import org.alliancegraph.TestGraph;
import org.alliancegraph.api.RestApplication;
import org.alliancegraph.catalog.DatasetMeta;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Prints the latency of relationsIn over every year of the data, through the Java API and through
 * REST, and of an actor's relations, which are read from the database on every call: a benchmark
 * that prints figures, not a test. Run it with
 * {@code mvn -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.alliancegraph.bench.RelationsBenchmark}.
 */
public final class RelationsBenchmark {

    private static final int ROUNDS = 20;

    private RelationsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        AllianceGraph graph = AllianceGraph.on(TestGraph.driver());
        DatasetMeta.YearRange years = graph.meta().years();
        ConfigurableApplicationContext rest = RestApplication.start(TestGraph.driver(), "127.0.0.1", 0);
        try {
            String base = "http://127.0.0.1:" + rest.getEnvironment().getProperty("local.server.port");
            HttpClient http = HttpClient.newHttpClient();
            IntConsumer viaJava = year -> graph.relationsIn(year);
            IntConsumer viaRest = year -> {
                try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(base + "/api/relations?year=" + year)).build(), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(year + ": HTTP " + response.statusCode());
                    }
                } catch (java.io.IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            };
            System.out.printf("relationsIn over %d years (%d-%d), %d rounds after %d warm-up rounds%n",
                    years.to() - years.from() + 1, years.from(), years.to(), ROUNDS, 5);
            report("Java API", measure(viaJava, years));
            report("REST", measure(viaRest, years));
            firstAsks(years);
        } finally {
            rest.close();
            System.exit(0);
        }
    }

    /** Prints relationsIn's latency over every year through the Java API, on the shared test graph. */
    static void javaApi() {
        AllianceGraph graph = AllianceGraph.on(TestGraph.driver());
        DatasetMeta.YearRange years = graph.meta().years();
        System.out.printf("relationsIn over %d years (%d-%d), %d rounds after %d warm-up rounds%n",
                years.to() - years.from() + 1, years.from(), years.to(), ROUNDS, 5);
        report("Java API", measure(graph::relationsIn, years));
        firstAsks(years);
    }

    /**
     * The first ask of each year, which reads it from the database: a new API (with empty caches)
     * per round, its actors and index read before the clock starts.
     */
    private static void firstAsks(DatasetMeta.YearRange years) {
        List<Double> millis = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            AllianceGraph fresh = AllianceGraph.on(TestGraph.driver());
            fresh.meta();
            fresh.actors();
            fresh.scores();
            for (int year = years.from(); year <= years.to(); year++) {
                long started = System.nanoTime();
                fresh.relationsIn(year);
                if (round > 0) {
                    millis.add((System.nanoTime() - started) / 1e6);
                }
            }
        }
        Collections.sort(millis);
        System.out.println("first ask of each year (read from the database; later asks are answered from memory):");
        report("Java API", millis);
    }

    private static List<Double> measure(IntConsumer call, DatasetMeta.YearRange years) {
        for (int round = 0; round < 5; round++) {
            for (int year = years.from(); year <= years.to(); year++) {
                call.accept(year);
            }
        }
        List<Double> millis = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (int year = years.from(); year <= years.to(); year++) {
                long started = System.nanoTime();
                call.accept(year);
                millis.add((System.nanoTime() - started) / 1e6);
            }
        }
        Collections.sort(millis);
        return millis;
    }

    private static void report(String path, List<Double> sorted) {
        System.out.printf("%-9s n=%d  p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms%n", path, sorted.size(),
                percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99), sorted.get(sorted.size() - 1));
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
