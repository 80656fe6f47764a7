package org.alliancegraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.alliancegraph.scale.SyntheticSpec;
import org.alliancegraph.system.Neo4jConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench-scale}: how the core questions and the load behave as the data grows, from 10,000
 * to 1,000,000 synthetic facts over 200 states. Each size runs in a process of its own (its peak
 * memory is then its own), with a fixed heap and page cache; the table compares each figure with
 * its target and says how it grew. A benchmark that prints figures, not a test.
 */
@Command(name = "bench-scale", mixinStandardHelpOptions = true,
        description = "Benchmark the load and the core queries on synthetic graphs of growing size.")
final class BenchScaleCommand implements Callable<Integer> {

    /** The heap of each size's process: with the 384 MB page cache it keeps the process within 2 GB. */
    static final String HEAP = "-Xmx768m";
    private static final String RESULT = "SCALE-RESULT ";

    @Option(names = "--sizes", split = ",", defaultValue = "10000,100000,1000000", paramLabel = "N,N,...",
            description = "The numbers of facts (default ${DEFAULT-VALUE}).")
    List<Long> sizes;

    @Option(names = "--states", defaultValue = "200", paramLabel = "N", description = "States (default ${DEFAULT-VALUE}).")
    int states;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--runs", defaultValue = "1", paramLabel = "N",
            description = "Runs of each size, in fresh processes; the table shows the median (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--calls", defaultValue = "200", paramLabel = "N",
            description = "Timed calls of each query per run, after a warm-up of 20 to 500 calls (5 s) (default ${DEFAULT-VALUE}).")
    int calls;

    @Option(names = "--profile", paramLabel = "FILE", description = "Write the PROFILE of each key query on the largest store to FILE.")
    Path profile;

    @Option(names = "--batched-up-to", defaultValue = "100000", paramLabel = "N",
            description = "Also time the batched UNWIND load (the way into an external server) up to this size "
                    + "(default ${DEFAULT-VALUE}: at a million it takes minutes).")
    long batchedUpTo;

    @Option(names = "--database", paramLabel = "NAME", description = "With --uri: the database to write into (required).")
    String database;

    @Option(names = "--child", hidden = true, description = "Run one size in this process (used by the benchmark itself).")
    boolean child;

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() throws Exception {
        if (child) {
            Map<String, Object> figures = new ScaleRun(SyntheticSpec.of(states, sizes.get(0), seed), calls, connection.external(),
                    database, profile, batchedUpTo).run();
            ChildProcess.report(RESULT, figures);
            return 0;
        }
        Optional<Neo4jConnection> external = connection.external();
        if (external.isPresent() && database == null) {
            // Refused here, before any process starts, with the reason the child would give.
            throw new IllegalArgumentException("bench-scale --uri needs --database NAME: synthetic facts never mix with the "
                    + "article's graph, which lives in the server's default database.");
        }
        ScaleReport report = new ScaleReport(states, seed, runs, calls, external.map(c -> c.uri().toString()).orElse(null));
        for (long size : sizes) {
            for (int run = 0; run < runs; run++) {
                Console.info(String.format("bench-scale: %,d facts, run %d of %d", size, run + 1, runs));
                boolean last = size == sizes.get(sizes.size() - 1) && run == 0;
                report.add(size, child(size, last && profile != null));
            }
        }
        report.print(System.out, command(0, false));
        return 0;
    }

    /** Runs one size in a new JVM with the benchmark's heap, and reads back its figures. */
    private Map<String, Object> child(long size, boolean withProfile) throws Exception {
        // The password goes through the environment, not the command line, where other users' ps would show it.
        return ChildProcess.figures(command(size, withProfile), RESULT,
                connection.password == null ? Map.of() : Map.of("NEO4J_PASSWORD", connection.password),
                "The benchmark of " + size + " facts");
    }

    /** The command of one size: this program again, with the benchmark's heap; size 0 shows the form. */
    List<String> command(long size, boolean withProfile) {
        List<String> command = ChildProcess.thisProgram(HEAP);
        command.addAll(List.of("bench-scale", "--child", "--states", String.valueOf(states), "--seed", String.valueOf(seed),
                "--calls", String.valueOf(calls), "--batched-up-to", String.valueOf(batchedUpTo), "--sizes",
                size == 0 ? "N" : String.valueOf(size)));
        if (withProfile) {
            command.addAll(List.of("--profile", profile.toAbsolutePath().toString()));
        }
        connection.external().ifPresent(c -> command.addAll(List.of("--uri", c.uri().toString(), "--database", database)));
        connection.external().ifPresent(c -> command.addAll(List.of("--user", connection.user)));
        return command;
    }
}
