package org.alliancegraph.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.alliancegraph.load.EmbeddedTransactions;
import org.alliancegraph.load.ScriptLoader;
import org.alliancegraph.load.ScriptSet;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * A throw-away embedded database (Bolt on a free loopback port, no HTTP, no APOC): {@code validate}
 * loads the scripts into one to audit them, and the tests share one.
 */
public final class ScratchDatabase implements AutoCloseable {

    private final Path directory;
    private final EmbeddedNeo4j server;

    private ScratchDatabase(Path directory, EmbeddedNeo4j server) {
        this.directory = directory;
        this.server = server;
    }

    /** Starts an empty scratch database in a temporary folder. */
    public static ScratchDatabase start() {
        Path directory;
        try {
            directory = Files.createTempDirectory("alliance-graph-scratch");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a scratch database", e);
        }
        try {
            return new ScratchDatabase(directory, EmbeddedNeo4j.start(directory.resolve("graph"),
                    EmbeddedNeo4j.Connectors.boltOnly()));
        } catch (RuntimeException e) {
            EmbeddedStore.deleteRecursively(directory);
            throw e;
        }
    }

    /** Applies the scripts, replacing whatever the database held. */
    public void load(ScriptSet scripts, Consumer<String> progress) {
        load(scripts, progress, ScriptLoader.Mode.BATCHED);
    }

    /** Applies the scripts in the given mode, replacing whatever the database held. */
    public void load(ScriptSet scripts, Consumer<String> progress, ScriptLoader.Mode mode) {
        new ScriptLoader(new EmbeddedTransactions(database()), progress).apply(scripts, EmbeddedStore.CLEAR, mode);
        EmbeddedStore.scoreTies(server, progress);
    }

    public GraphDatabaseService database() {
        return server.database();
    }

    public EmbeddedNeo4j server() {
        return server;
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            EmbeddedStore.deleteRecursively(directory);
        }
    }
}
