package org.alliancegraph.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import org.alliancegraph.AllianceGraph;
import org.alliancegraph.TestGraph;
import org.alliancegraph.api.RestApplication;
import org.alliancegraph.catalog.DatasetMeta;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A bounded load test of the REST API on 127.0.0.1: 50 concurrent clients (by default) for 60 s
 * ask relations of a year, dyads and triangles of the data's years, in a fixed seeded mix; it
 * prints throughput and latency percentiles per endpoint and fails (exit 1) on any error. A
 * benchmark that prints figures, not a test. Run it with
 * {@code mvn -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.alliancegraph.bench.LoadBenchmark}
 * ({@code -Dload.clients=50 -Dload.seconds=60} change the defaults).
 */
public final class LoadBenchmark {

    private LoadBenchmark() {
    }

    /** One endpoint's latencies (nanoseconds) and errors. */
    record Tally(List<Long> latencies, AtomicLong errors) {
        Tally() {
            this(Collections.synchronizedList(new ArrayList<>()), new AtomicLong());
        }
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("load.clients", 50);
        int seconds = Integer.getInteger("load.seconds", 60);
        DatasetMeta.YearRange years = AllianceGraph.on(TestGraph.driver()).meta().years();
        ConfigurableApplicationContext rest = RestApplication.start(TestGraph.driver(), "127.0.0.1", 0);
        int exit = 0;
        try {
            String base = "http://127.0.0.1:" + rest.getEnvironment().getProperty("local.server.port");
            List<String[]> mix = mix(years);
            // A short warm-up, so that the figures are of a running server, not of its first plans.
            HttpClient warm = HttpClient.newHttpClient();
            for (String[] request : mix) {
                warm.send(HttpRequest.newBuilder(URI.create(base + request[1])).build(), HttpResponse.BodyHandlers.discarding());
            }
            Map<String, Tally> tallies = new ConcurrentHashMap<>();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            CountDownLatch done = new CountDownLatch(clients);
            long started = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                Random random = new Random(c);
                // A client of its own per thread (its own connections), as 50 researchers' scripts would be.
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                Thread client = new Thread(() -> {
                    try {
                        while (System.nanoTime() < end) {
                            String[] request = mix.get(random.nextInt(mix.size()));
                            Tally tally = tallies.computeIfAbsent(request[0], k -> new Tally());
                            long t0 = System.nanoTime();
                            try {
                                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + request[1]))
                                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                                if (response.statusCode() != 200) {
                                    tally.errors().incrementAndGet();
                                }
                            } catch (java.io.IOException e) {
                                tally.errors().incrementAndGet();
                            }
                            tally.latencies().add(System.nanoTime() - t0);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        done.countDown();
                    }
                }, "load-client-" + c);
                client.start();
            }
            done.await();
            double elapsed = (System.nanoTime() - started) / 1e9;
            System.out.printf("%d clients for %d s against %s (127.0.0.1), %d years (%d-%d)%n", clients, seconds,
                    "/api/relations, /api/dyads, /api/triangle", years.to() - years.from() + 1, years.from(), years.to());
            List<Long> all = new ArrayList<>();
            long errors = 0;
            System.out.printf("%-16s %9s %9s %9s %9s %9s %9s %7s%n", "endpoint", "requests", "per s", "p50 ms", "p90 ms",
                    "p99 ms", "max ms", "errors");
            for (Map.Entry<String, Tally> entry : new TreeMap<>(tallies).entrySet()) {
                List<Long> latencies = new ArrayList<>(entry.getValue().latencies());
                all.addAll(latencies);
                errors += entry.getValue().errors().get();
                print(entry.getKey(), latencies, elapsed, entry.getValue().errors().get());
            }
            print("all", all, elapsed, errors);
            if (errors > 0) {
                exit = 1;
            }
        } finally {
            rest.close();
            System.exit(exit);
        }
    }

    /** The requests of the mix, each with its endpoint's name: every year of the data for each kind. */
    static List<String[]> mix(DatasetMeta.YearRange years) {
        List<String[]> mix = new ArrayList<>();
        String[][] dyads = {{"dprk", "ussr"}, {"dprk", "prc"}, {"ussr", "prc"}};
        for (int year = years.from(); year <= years.to(); year++) {
            mix.add(new String[] {"/api/relations", "/api/relations?year=" + year});
            mix.add(new String[] {"/api/triangle", "/api/triangle?year=" + year});
            String[] dyad = dyads[year % dyads.length];
            mix.add(new String[] {"/api/dyads", year % 2 == 0 ? "/api/dyads/" + dyad[0] + "/" + dyad[1]
                    : "/api/dyads/" + dyad[0] + "/" + dyad[1] + "?from=" + year + "&to=" + Math.min(year + 10, years.to())});
        }
        return mix;
    }

    private static void print(String name, List<Long> latencies, double elapsed, long errors) {
        Collections.sort(latencies);
        System.out.printf("%-16s %9d %9.0f %9.1f %9.1f %9.1f %9.1f %7d%n", name, latencies.size(), latencies.size() / elapsed,
                percentile(latencies, 50), percentile(latencies, 90), percentile(latencies, 99),
                latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1) / 1e6, errors);
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
