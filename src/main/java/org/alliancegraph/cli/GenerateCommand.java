package org.alliancegraph.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.alliancegraph.scale.ExternalTarget;
import org.alliancegraph.scale.GraphWriter;
import org.alliancegraph.scale.SyntheticGenerator;
import org.alliancegraph.scale.SyntheticLoader;
import org.alliancegraph.scale.SyntheticSpec;
import org.alliancegraph.scale.SyntheticStore;
import org.alliancegraph.system.Neo4jConnection;
import org.neo4j.driver.Driver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code generate}: a seeded synthetic graph of dated dyadic events in the product's model, in a
 * store of its own (never the article's), or in a named database of an external Neo4j.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate a synthetic graph (Zipf-skewed dated dyadic events, marked synthetic) in a store of its own.")
final class GenerateCommand implements Callable<Integer> {

    /** The marker before the load's figures that {@code --figures} prints. */
    static final String FIGURES = "SCALE-LOAD ";

    @Option(names = "--states", defaultValue = "200", paramLabel = "N", description = "How many states (default ${DEFAULT-VALUE}).")
    int states;

    @Option(names = "--events", defaultValue = "100000", paramLabel = "N", description = "How many facts (default ${DEFAULT-VALUE}).")
    long events;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "The seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--data-dir", defaultValue = "${env:ALLIANCE_GRAPH_SYNTHETIC_DIR:-" + SyntheticStore.DEFAULT_DIRECTORY + "}",
            paramLabel = "DIR", description = "The synthetic store's data directory (env ALLIANCE_GRAPH_SYNTHETIC_DIR, default "
                    + "${DEFAULT-VALUE}); never the article's.")
    Path dataDirectory;

    @Option(names = "--batch", defaultValue = "10000", paramLabel = "ROWS", description = "Rows per transaction (default ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--batched", description = "Into the embedded store too, write with batched UNWIND statements "
            + "instead of Neo4j's offline importer (the way an external server is always written).")
    boolean batched;

    @Option(names = "--database", paramLabel = "NAME", description = "With --uri: the database to write into (required).")
    String database;

    @Option(names = "--figures", hidden = true,
            description = "Print the load's figures as one JSON line on standard output (used by bench-scale).")
    boolean figures;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    WeightsOptions weights;

    @Override
    public Integer call() {
        SyntheticSpec spec = SyntheticSpec.of(states, events, seed);
        if (batch < 1) {
            throw new IllegalArgumentException("--batch must be at least 1, not " + batch);
        }
        Optional<Neo4jConnection> external = connection.external();
        if (external.isEmpty()) {
            SyntheticStore store = new SyntheticStore(dataDirectory);
            Console.info("Generating " + spec.events() + " facts over " + spec.states() + " states (seed " + spec.seed()
                    + ") into " + store.dataDirectory());
            SyntheticLoader.Loaded loaded = store.generate(spec, weights.weights(),
                    batched ? SyntheticStore.Method.BATCHED : SyntheticStore.Method.IMPORT, batch, Console::info);
            report(loaded);
            return 0;
        }
        try (Driver driver = external.get().open()) {
            String name = ExternalTarget.prepare(driver, external.get().uri().toString(), Optional.ofNullable(database));
            Console.info("Generating " + spec.events() + " facts over " + spec.states() + " states (seed " + spec.seed()
                    + ") into database '" + name + "' of " + external.get().uri());
            report(new SyntheticLoader(GraphWriter.driver(driver, name), batch, Console::info)
                    .load(new SyntheticGenerator(spec, weights.weights()), weights.weights()));
        }
        return 0;
    }

    /** The load's peak memory, always; with --figures, every figure as one line for bench-scale. */
    private void report(SyntheticLoader.Loaded loaded) {
        double peak = ChildProcess.peakRssMb();
        Console.info(String.format("Peak resident memory of this process: %,.0f MB", peak));
        if (figures) {
            ChildProcess.report(FIGURES, Map.of("factsPerSecond", loaded.factsPerSecond(), "seconds", loaded.seconds(),
                    "peakRssMb", peak));
        }
    }
}
