package org.alliancegraph.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.alliancegraph.embedded.EmbeddedNeo4j;
import org.alliancegraph.embedded.StoreLock;
import org.alliancegraph.index.Weights;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded store of a synthetic graph: a data directory of its own ({@code data-synthetic} by
 * default), never the article's. Community Neo4j has one user database per server, so the
 * separation is a separate store directory; a marker file says the directory is synthetic, and a
 * directory that holds any other store (the article's {@code data}, say) is refused.
 */
public final class SyntheticStore {

    /** The default data directory, beside the article's {@code data}. */
    public static final String DEFAULT_DIRECTORY = "data-synthetic";
    /** The file that marks a data directory as synthetic, with the spec it was generated from. */
    public static final String MARKER = "synthetic.properties";
    /** Page cache: the hot pages of a million-fact store (indexes, ties), within a 2 GB process. */
    public static final long PAGE_CACHE = 384L * 1024 * 1024;

    private final Path dataDirectory;

    public SyntheticStore(Path dataDirectory) {
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /**
     * Refuses a data directory that holds a store that is not synthetic.
     *
     * @throws IllegalArgumentException saying why
     */
    public void checkSeparate() {
        boolean hasStore = Files.exists(dataDirectory.resolve("graph"));
        if (hasStore && !isSynthetic()) {
            throw new IllegalArgumentException("Refusing to write synthetic data into " + dataDirectory
                    + ": it holds another store (the article's graph, or data of your own), and synthetic facts never mix "
                    + "with it. Give the synthetic graph a data directory of its own (--data-dir, default "
                    + DEFAULT_DIRECTORY + ").");
        }
    }

    /** Whether the directory is marked synthetic. */
    public boolean isSynthetic() {
        return Files.isRegularFile(dataDirectory.resolve(MARKER));
    }

    /** How a new store is filled. */
    public enum Method {
        /** Neo4j's offline importer from CSV files, then the schema: the fast way into a new store. */
        IMPORT,
        /** Batched, parameterized UNWIND writes into the running database: the way into an existing server. */
        BATCHED
    }

    /**
     * Generates a graph into the store, replacing the synthetic graph it held.
     *
     * @return what the load did
     */
    public SyntheticLoader.Loaded generate(SyntheticSpec spec, Weights weights, int batch, Consumer<String> log) {
        return generate(spec, weights, Method.IMPORT, batch, log);
    }

    /**
     * Generates a graph into the store by the given method, replacing the synthetic graph it held.
     *
     * @return what the load did
     */
    public SyntheticLoader.Loaded generate(SyntheticSpec spec, Weights weights, Method method, int batch,
            Consumer<String> log) {
        checkSeparate();
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dataDirectory, e);
        }
        try (StoreLock lock = StoreLock.acquire(dataDirectory, "generate")) {
            delete(dataDirectory.resolve("graph"));
            write(spec);
            if (method == Method.IMPORT) {
                Path csv = dataDirectory.resolve("import");
                try {
                    return new SyntheticImport(csv, log).load(new SyntheticGenerator(spec, weights), weights,
                            dataDirectory.resolve("graph"), PAGE_CACHE);
                } finally {
                    delete(csv);
                }
            }
            try (EmbeddedNeo4j server = EmbeddedNeo4j.start(dataDirectory.resolve("graph"), EmbeddedNeo4j.Connectors.none(),
                    PAGE_CACHE)) {
                SyntheticGenerator generator = new SyntheticGenerator(spec, weights);
                return new SyntheticLoader(GraphWriter.embedded(server.database()), batch, log).load(generator, weights);
            }
        }
    }

    /** A store opened for queries: the server, and the lock that keeps other processes out. */
    public record Opened(EmbeddedNeo4j server, StoreLock lock) implements AutoCloseable {
        @Override
        public void close() {
            try {
                server.close();
            } finally {
                lock.close();
            }
        }
    }

    /** Opens the generated store with the given connectors. */
    public Opened open(EmbeddedNeo4j.Connectors connectors) {
        if (!isSynthetic()) {
            throw new IllegalArgumentException(dataDirectory + " holds no synthetic graph: generate one first");
        }
        StoreLock lock = StoreLock.acquire(dataDirectory, "a synthetic graph's queries");
        try {
            return new Opened(EmbeddedNeo4j.start(dataDirectory.resolve("graph"), connectors, PAGE_CACHE), lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** The size of the store on disk, in bytes (store files and transaction logs). */
    public long sizeOnDisk() {
        try (var files = Files.walk(dataDirectory.resolve("graph"))) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot measure " + dataDirectory, e);
        }
    }

    private void write(SyntheticSpec spec) {
        try {
            Files.writeString(dataDirectory.resolve(MARKER), String.format(
                    "# A synthetic graph, not the article's: generate --states %d --events %d --seed %d%nsynthetic=true%n"
                            + "states=%d%nevents=%d%nseed=%d%n", spec.states(), spec.events(), spec.seed(), spec.states(),
                    spec.events(), spec.seed()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + dataDirectory.resolve(MARKER), e);
        }
    }

    private static void delete(Path directory) {
        try {
            FileSystemUtils.deleteRecursively(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + directory, e);
        }
    }
}
