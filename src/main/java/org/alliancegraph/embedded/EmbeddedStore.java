package org.alliancegraph.embedded;

import org.alliancegraph.TieScores;
import org.alliancegraph.system.Neo4jConnection;
import org.neo4j.driver.Driver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.alliancegraph.load.ContentHash;
import org.alliancegraph.load.EmbeddedTransactions;
import org.alliancegraph.load.Ownership;
import org.alliancegraph.load.ScriptFailure;
import org.alliancegraph.load.ScriptLoader;
import org.alliancegraph.load.ScriptSet;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded store in a data directory, kept in step with the load scripts.
 *
 * <p>Layout: {@code graph/} is the store, with the fingerprint of the scripts it was loaded from.
 * When the scripts change, the server starts once on the store and the scripts replace its content
 * in one transaction (see {@link ScriptLoader}): a failing script rolls back and leaves the previous
 * graph answering; a process killed during the load leaves the previous graph and the previous
 * fingerprint, so the next start loads again. The fingerprint is written only after the commit.
 */
public final class EmbeddedStore {

    static final String STORE = "graph";
    /** Where earlier versions built a new store aside; removed when found. */
    static final String BUILDING = "graph.building";
    static final String PREVIOUS = "graph.previous";
    static final String FINGERPRINT = "scripts.sha256";
    /** The content hash of the graph as loaded, to detect a store changed since. */
    static final String CONTENT = "content.sha256";
    /** The last transaction committed when the content was recorded: while it is unchanged, so is the content. */
    static final String TRANSACTION = "content.transaction";
    /** The system property that names the build's prebuilt store. */
    public static final String PREBUILT = "alliance-graph.prebuilt-store";

    /** What a load replaces: everything in the embedded store but what users added under their own label. */
    static final List<String> CLEAR = List.of("MATCH (n) WHERE NOT n:" + Ownership.USERS + " DETACH DELETE n");

    /** Whether the served graph takes writes. */
    public enum Access {
        /** No client can write (the default): the graph stays the scripts' graph. */
        READ_ONLY,
        /** Clients may write (to annotate, under the label {@link Ownership#USERS}). */
        WRITABLE
    }

    private final Path dataDirectory;
    private final Consumer<String> progress;

    /**
     * @param dataDirectory the data directory; created when missing
     * @param progress      receives progress lines (a load, a reuse)
     */
    public EmbeddedStore(Path dataDirectory, Consumer<String> progress) {
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
        this.progress = progress;
    }

    /** What {@link #open} did before the server was handed out. */
    public enum Outcome {
        /** The scripts were unchanged: the store was used as it was. */
        REUSED,
        /** The store was loaded from the scripts. */
        LOADED,
        /** The data directory had no store: the one the build loaded from the same scripts was copied in. */
        COPIED,
        /** The scripts failed; the previous graph was kept. */
        KEPT_PREVIOUS
    }

    /**
     * An open store.
     *
     * @param server  the running server
     * @param outcome whether the store was reused, loaded or kept after a failure
     * @param failure the failure of the scripts, when the previous graph was kept
     */
    public record Opened(EmbeddedNeo4j server, Outcome outcome, Optional<ScriptFailure> failure) {
    }

    /**
     * Starts a server on the store and makes sure it holds the graph of the scripts: when the
     * store's fingerprint differs from the scripts' (or {@code fresh}), the scripts are loaded
     * into it first, in one transaction.
     *
     * @throws ScriptFailure when the scripts fail and there is no previous graph to fall back on
     */
    public Opened open(ScriptSet scripts, EmbeddedNeo4j.Connectors connectors, boolean fresh) {
        return open(scripts, connectors, fresh, ScriptLoader.Mode.BATCHED, Access.READ_ONLY, "a command");
    }

    /**
     * As {@link #open(ScriptSet, EmbeddedNeo4j.Connectors, boolean)}, loading in the given mode (for
     * comparisons), with the given access, holding the data directory's {@link StoreLock} until the
     * server closes.
     *
     * <p>A store whose scripts are unchanged is still checked: when its content hash is no longer
     * the one recorded after its load (someone wrote to it), it is loaded again, with a warning;
     * under {@link Access#WRITABLE} it is kept as it is, with a warning, and reloaded only when
     * asked ({@code fresh}). What users added under {@link Ownership#USERS} does not count and
     * survives a reload.
     *
     * @param purpose what the caller does, named to a second process that finds the store locked
     * @throws StoreLock.StoreBusyException when another process holds the data directory
     */
    public Opened open(ScriptSet scripts, EmbeddedNeo4j.Connectors connectors, boolean fresh, ScriptLoader.Mode mode,
            Access access, String purpose) {
        StoreLock lock = StoreLock.acquire(dataDirectory, purpose);
        EmbeddedNeo4j server = null;
        try {
            recoverEarlierLayout();
            String fingerprint = scripts.fingerprint();
            boolean copied = !fresh && !Files.exists(store()) && copyPrebuilt(fingerprint);
            boolean current = !fresh && fingerprint.equals(storedFingerprint().orElse(null));
            server = EmbeddedNeo4j.start(store(), connectors);
            server.releaseOnClose(lock);
            Opened opened = current && unchanged(server, access) ? new Opened(server, copied ? Outcome.COPIED : Outcome.REUSED,
                    Optional.empty()) : loadInto(server, scripts, fingerprint, mode);
            server.setReadOnly(access == Access.READ_ONLY);
            return opened;
        } catch (RuntimeException e) {
            if (server != null) {
                server.close();
            } else {
                lock.close();
            }
            throw e;
        }
    }

    /**
     * Whether the store holds the graph its last load wrote; under {@link Access#WRITABLE} a
     * changed store counts as unchanged (the users' changes are kept), with a warning.
     */
    private boolean unchanged(EmbeddedNeo4j server, Access access) {
        Optional<String> recorded = read(store().resolve(CONTENT));
        String lastTransaction = Long.toString(server.lastTransactionId());
        if (recorded.isPresent() && read(store().resolve(TRANSACTION)).filter(lastTransaction::equals).isPresent()) {
            progress.accept("Scripts unchanged and nothing written since the last load: using the store in " + store());
            return true;
        }
        long started = System.nanoTime();
        String actual = ContentHash.of(server.database());
        if (recorded.isPresent() && recorded.get().equals(actual)) {
            write(store().resolve(TRANSACTION), lastTransaction);
            progress.accept(String.format("Scripts and content unchanged since the last load (hashed in %d ms): using the store in %s",
                    (System.nanoTime() - started) / 1_000_000, store()));
            return true;
        }
        String what = recorded.isEmpty() ? "has no record of the content its load wrote"
                : "no longer holds the graph its scripts loaded (content sha256 " + actual.substring(0, 12)
                        + ", loaded as " + recorded.get().substring(0, 12) + "): it was written to since";
        if (access == Access.WRITABLE) {
            progress.accept("WARNING: the store " + what + "; kept as it is because the graph is writable "
                    + "(--fresh loads the scripts again)");
            return true;
        }
        progress.accept("WARNING: the store " + what + "; loading the scripts again (what was added under the label "
                + Ownership.USERS + " is kept)");
        return false;
    }

    /**
     * Loads the scripts into the open store; the store's lock is released with the server.
     *
     * @throws ScriptFailure when the scripts fail and there is no previous graph to fall back on
     */
    private Opened loadInto(EmbeddedNeo4j server, ScriptSet scripts, String fingerprint, ScriptLoader.Mode mode) {
        boolean hadGraph = server.database().executeTransactionally("MATCH (n) RETURN count(n) > 0 AS any", Map.of(),
                result -> (Boolean) result.next().get("any"));
        try {
            load(server, scripts, fingerprint, mode);
            return new Opened(server, Outcome.LOADED, Optional.empty());
        } catch (ScriptFailure e) {
            if (hadGraph) {
                return new Opened(server, Outcome.KEPT_PREVIOUS, Optional.of(e));
            }
            server.close();
            deleteRecursively(store());
            throw e;
        }
    }

    /**
     * The store that the build loaded from the scripts (the launcher names it with the system
     * property {@value #PREBUILT}), copied into an empty data directory when its fingerprint is
     * that of the scripts: a first start then costs a copy of a few megabytes instead of a load.
     *
     * @return whether a store was copied
     */
    private boolean copyPrebuilt(String fingerprint) {
        String location = System.getProperty(PREBUILT);
        if (location == null) {
            return false;
        }
        Path prebuilt = Path.of(location);
        try {
            if (!Files.isRegularFile(prebuilt.resolve(FINGERPRINT))
                    || !fingerprint.equals(Files.readString(prebuilt.resolve(FINGERPRINT)).strip())) {
                return false;
            }
            long started = System.nanoTime();
            Files.createDirectories(dataDirectory);
            Path partial = dataDirectory.resolve(STORE + ".copying");
            deleteRecursively(partial);
            FileSystemUtils.copyRecursively(prebuilt, partial);
            Files.move(partial, store(), StandardCopyOption.ATOMIC_MOVE);
            progress.accept(String.format("Copied the store the build loaded from these scripts into %s in %d ms", store(),
                    (System.nanoTime() - started) / 1_000_000));
            return true;
        } catch (IOException e) {
            progress.accept("Could not copy the build's store (" + e.getMessage() + "); loading the scripts instead");
            return false;
        }
    }

    /** Saves the store, closed, as the build's prebuilt store. */
    public void saveAsPrebuilt(Path target) {
        try {
            deleteRecursively(target);
            Files.createDirectories(target.getParent());
            FileSystemUtils.copyRecursively(store(), target);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the store to " + target, e);
        }
    }

    /** Loads the scripts into the store (replacing its graph) with no connector open, and closes it. */
    public void rebuild(ScriptSet scripts, ScriptLoader.Mode mode) {
        // Bolt on a free loopback port: the yearly ties' scores are computed through the driver.
        Opened opened = open(scripts, EmbeddedNeo4j.Connectors.boltOnly(), true, mode, Access.READ_ONLY, "load");
        opened.server().close();
    }

    private void load(EmbeddedNeo4j server, ScriptSet scripts, String fingerprint, ScriptLoader.Mode mode) {
        progress.accept("Loading " + scripts.scripts().size() + " scripts (" + scripts.statementCount()
                + " statements) from " + scripts.origin() + " into " + store());
        deleteFingerprint();
        long started = System.nanoTime();
        new ScriptLoader(new EmbeddedTransactions(server.database()), progress)
                .apply(scripts, CLEAR, mode);
        scoreTies(server, progress);
        // The content first, then the fingerprint that says the load is complete.
        write(store().resolve(CONTENT), ContentHash.of(server.database()));
        write(store().resolve(TRANSACTION), Long.toString(server.lastTransactionId()));
        write(store().resolve(FINGERPRINT), fingerprint);
        progress.accept(String.format("Loaded in %.2f s (database start not included)", (System.nanoTime() - started) / 1e9));
    }

    /**
     * Writes each year's scores onto the yearly ties, when the graph has any (a graph of other
     * scripts has none), through a driver on the server's Bolt connector.
     */
    static void scoreTies(EmbeddedNeo4j server, Consumer<String> progress) {
        boolean ties = server.database().executeTransactionally("MATCH ()-[t:TIE]->() RETURN count(t) > 0 AS any",
                Map.of(), result -> (Boolean) result.next().get("any"));
        if (!ties) {
            return;
        }
        if (server.connectors().boltPort() < 0) {
            throw new IllegalStateException("The yearly ties are scored through Bolt, which this server does not open");
        }
        long started = System.nanoTime();
        try (Driver driver = new Neo4jConnection(server.boltUri(), "neo4j", server.connectors().password()).open()) {
            long written = TieScores.write(driver);
            progress.accept(String.format("Scored %d yearly ties with the default index weights in %d ms", written,
                    (System.nanoTime() - started) / 1_000_000));
        }
    }

    /** The data directory. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    Path store() {
        return dataDirectory.resolve(STORE);
    }

    /** The fingerprint of the scripts whose graph the store holds, if a load completed. */
    public Optional<String> fingerprint() {
        return storedFingerprint();
    }

    Optional<String> storedFingerprint() {
        return read(store().resolve(FINGERPRINT));
    }

    private static Optional<String> read(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file).strip()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void deleteFingerprint() {
        try {
            Files.deleteIfExists(store().resolve(FINGERPRINT));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + store().resolve(FINGERPRINT), e);
        }
    }

    /**
     * Earlier versions built a new store aside and swapped it in: a swap cut short leaves only the
     * previous store, which is put back; a half-built store is removed.
     */
    private void recoverEarlierLayout() {
        deleteRecursively(dataDirectory.resolve(STORE + ".copying"));
        Path previous = dataDirectory.resolve(PREVIOUS);
        try {
            if (!Files.exists(store()) && Files.isDirectory(previous)) {
                Files.move(previous, store(), StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restore the previous store from " + previous, e);
        }
        deleteRecursively(dataDirectory.resolve(BUILDING));
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    public static void deleteRecursively(Path directory) {
        try {
            FileSystemUtils.deleteRecursively(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + directory, e);
        }
    }
}
