package org.alliancegraph.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scale benchmark's table: each figure at each size (the median of the runs), how it grew from
 * the first size to the last and from the second to the last, and whether the largest size meets
 * its target.
 */
final class ScaleReport {

    /** A figure of the table: its key in the runs' figures, its label, its unit, its target at the largest size. */
    private record Row(String key, String label, String unit, String target, Check check) {
    }

    private interface Check {
        Boolean met(Map<String, Double> last);
    }

    private static final List<Row> ROWS = List.of(
            new Row("loadFactsPerSecond", "load throughput (import + schema; --uri: batched)", "facts/s", ">= 50,000",
                    f -> f.get("loadFactsPerSecond") >= 50_000),
            new Row("loadBatchedFactsPerSecond", "load throughput (batched UNWIND)", "facts/s", null, null),
            new Row("relationsIn.p50", "relationsIn(year, actor, first 100) p50", "ms", null, null),
            new Row("relationsIn.p99", "relationsIn(year, actor, first 100) p99", "ms", "<= 20", f -> f.get("relationsIn.p99") <= 20),
            new Row("naive.p50", "naive relationsIn (range index) p50", "ms", null, null),
            new Row("naive.p99", "naive relationsIn (range index) p99", "ms", null, null),
            new Row("ratio", "naive / relationsIn, p99", "x", ">= 5", f -> f.get("ratio") >= 5),
            new Row("timeline.p50", "timeline(a, b), busiest dyad, p50", "ms", null, null),
            new Row("timeline.p99", "timeline(a, b), busiest dyad, p99", "ms", null, null),
            new Row("triangle.p50", "triangle(year) p50", "ms", null, null),
            new Row("triangle.p99", "triangle(year) p99", "ms", null, null),
            new Row("dyadIndex.p50", "index, busiest dyad, all years, p50", "ms", null, null),
            new Row("dyadIndex.p99", "index, busiest dyad, all years, p99", "ms", "<= 50", f -> f.get("dyadIndex.p99") <= 50),
            new Row("yearIndex.p50", "index, all dyads of one year, p50", "ms", null, null),
            new Row("yearIndex.p99", "index, all dyads of one year, p99", "ms", "<= 500", f -> f.get("yearIndex.p99") <= 500),
            new Row("peakRssMb", "peak RSS, answering", "MB", "<= 2048",
                    f -> f.get("peakRssMb").isNaN() ? null : f.get("peakRssMb") <= 2048),
            new Row("loadPeakRssMb", "peak RSS, loading", "MB", "<= 2048",
                    f -> f.get("loadPeakRssMb").isNaN() ? null : f.get("loadPeakRssMb") <= 2048),
            // Figures a run could not take (the memory and store of an external server, a batched load too long to time)
            // are NaN, which JSON does not carry: they come back missing and are shown as n/a.
            new Row("storeMb", "store size", "MB", null, null));

    private final int states;
    private final long seed;
    private final int runs;
    private final int calls;
    private final String uri;
    private final Map<Long, List<Map<String, Object>>> bySize = new LinkedHashMap<>();

    ScaleReport(int states, long seed, int runs, int calls, String uri) {
        this.states = states;
        this.seed = seed;
        this.runs = runs;
        this.calls = calls;
        this.uri = uri;
    }

    void add(long size, Map<String, Object> figures) {
        bySize.computeIfAbsent(size, s -> new ArrayList<>()).add(figures);
    }

    void print(PrintStream out, List<String> command) {
        List<Long> sizes = new ArrayList<>(bySize.keySet());
        Map<Long, Map<String, Double>> medians = new LinkedHashMap<>();
        sizes.forEach(size -> medians.put(size, medians(bySize.get(size))));
        out.printf("Alliance Graph scale benchmark: %d states, seed %d, %s; %d run(s) per size (median), %d timed calls per "
                + "query and run after a warm-up of up to 5 s (year index and naive: a quarter, timeline: a tenth), %d cores, Java %s%n", states, seed,
                uri == null ? "embedded store, heap " + BenchScaleCommand.HEAP.substring(4) + ", page cache 384m" : uri,
                runs, calls, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        // The java of this process, by name: where it is installed says nothing about the figures.
        out.printf("each size in its own process: java %s%n", String.join(" ", command.subList(1, command.size()))
                .replaceAll("-cp \\S+", "-cp CLASSPATH"));
        sizes.forEach(size -> out.printf("busiest dyad at %,d facts: %s%n", size, bySize.get(size).get(0).get("busiestDyad")));
        out.println();
        StringBuilder header = new StringBuilder(String.format("%-50s %-8s", "FIGURE", "UNIT"));
        sizes.forEach(size -> header.append(String.format(" %12s", label(size))));
        if (sizes.size() >= 2) {
            header.append(String.format(" %9s", "x " + label(sizes.get(0)) + "->" + label(sizes.get(sizes.size() - 1))));
        }
        if (sizes.size() >= 3) {
            header.append(String.format(" %9s", "x " + label(sizes.get(sizes.size() - 2)) + "->" + label(sizes.get(sizes.size() - 1))));
        }
        header.append(String.format("  %-10s %s", "TARGET", "MET"));
        out.println(header);
        Map<String, Double> last = new java.util.HashMap<>(medians.get(sizes.get(sizes.size() - 1)));
        ROWS.forEach(row -> last.putIfAbsent(row.key(), Double.NaN));
        for (Row row : ROWS) {
            StringBuilder line = new StringBuilder(String.format("%-50s %-8s", row.label(), row.unit()));
            sizes.forEach(size -> line.append(String.format(" %12s", format(medians.get(size).get(row.key())))));
            if (sizes.size() >= 2) {
                line.append(String.format(" %9s", growth(medians.get(sizes.get(0)), last, row.key())));
            }
            if (sizes.size() >= 3) {
                line.append(String.format(" %9s", growth(medians.get(sizes.get(sizes.size() - 2)), last, row.key())));
            }
            Boolean met = row.check() == null || last.get(row.key()).isNaN() ? null : row.check().met(last);
            line.append(String.format("  %-10s %s", row.target() == null ? "" : row.target(),
                    met == null ? "" : met ? "yes" : "NO"));
            out.println(line.toString().stripTrailing());
        }
        if (sizes.size() >= 3) {
            Map<String, Double> before = medians.get(sizes.get(sizes.size() - 2));
            for (String key : List.of("relationsIn.p50", "relationsIn.p99", "dyadIndex.p50", "dyadIndex.p99")) {
                double g = last.get(key) / before.get(key);
                out.printf("growth %s->%s of %s: %.2fx (target <= 2x): %s%n", label(sizes.get(sizes.size() - 2)),
                        label(sizes.get(sizes.size() - 1)), key, g, g <= 2 ? "met" : "NOT met");
            }
        }
    }

    private static Map<String, Double> medians(List<Map<String, Object>> runs) {
        Map<String, Double> medians = new LinkedHashMap<>();
        for (String key : runs.get(0).keySet()) {
            if (!(runs.get(0).get(key) instanceof Number)) {
                continue;
            }
            List<Double> values = runs.stream().map(r -> ((Number) r.get(key)).doubleValue()).sorted().toList();
            medians.put(key, values.get(values.size() / 2));
        }
        List<Double> ratios = runs.stream().map(r -> ((Number) r.get("naive.p99")).doubleValue()
                / ((Number) r.get("relationsIn.p99")).doubleValue()).sorted().toList();
        medians.put("ratio", ratios.get(ratios.size() / 2));
        return medians;
    }

    private static String growth(Map<String, Double> from, Map<String, Double> to, String key) {
        double a = from.getOrDefault(key, Double.NaN);
        double b = to.getOrDefault(key, Double.NaN);
        return Double.isNaN(a) || Double.isNaN(b) || a == 0 ? "" : String.format("%.2fx", b / a);
    }

    private static String label(long size) {
        return size >= 1_000_000 && size % 1_000_000 == 0 ? size / 1_000_000 + "M"
                : size >= 1000 && size % 1000 == 0 ? size / 1000 + "k" : String.valueOf(size);
    }

    private static String format(Double value) {
        if (value == null || value.isNaN()) {
            return "n/a";
        }
        return value >= 1000 ? String.format("%,.0f", value) : value >= 10 ? String.format("%.1f", value) : String.format("%.2f", value);
    }
}
