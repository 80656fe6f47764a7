package org.alliancegraph.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.alliancegraph.load.EmbeddedTransactions;
import org.alliancegraph.load.Inventory;
import org.alliancegraph.load.ScriptLoader;
import org.alliancegraph.load.ScriptSet;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * A throw-away embedded database: the scripts are applied to it to prove that they parse and run
 * before they touch a real server, and to learn what they create.
 */
public final class ScratchDatabase implements AutoCloseable {

    private final Path directory;
    private final EmbeddedNeo4j server;

    private ScratchDatabase(Path directory, EmbeddedNeo4j server) {
        this.directory = directory;
        this.server = server;
    }

    /** Starts an empty scratch database in a temporary folder (Bolt on a free loopback port). */
    public static ScratchDatabase start() {
        try {
            Path directory = Files.createTempDirectory("alliance-graph-scratch");
            return new ScratchDatabase(directory, EmbeddedNeo4j.start(directory.resolve("graph"),
                    EmbeddedNeo4j.Connectors.boltOnly()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a scratch database", e);
        }
    }

    /** Applies the scripts to a scratch database and returns what they created. */
    public static Inventory check(ScriptSet scripts, Consumer<String> progress) {
        try (ScratchDatabase scratch = start()) {
            scratch.load(scripts, progress);
            return scratch.inventory();
        }
    }

    /** Applies the scripts. */
    public void load(ScriptSet scripts, Consumer<String> progress) {
        new ScriptLoader(new EmbeddedTransactions(database()), progress).apply(scripts);
    }

    /** The keys of every node the scripts own. */
    public Inventory inventory() {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        for (String label : Inventory.OWNED.keySet()) {
            keys.put(label, database().executeTransactionally(Inventory.keysOf(label), Map.of(),
                    result -> result.<List<String>>columnAs("keys").next()));
        }
        return Inventory.of(keys);
    }

    public GraphDatabaseService database() {
        return server.database();
    }

    public EmbeddedNeo4j server() {
        return server;
    }

    @Override
    public void close() {
        server.close();
        EmbeddedStore.deleteRecursively(directory);
    }
}
