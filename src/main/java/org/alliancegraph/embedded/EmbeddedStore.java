package org.alliancegraph.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.function.Consumer;

import org.alliancegraph.load.EmbeddedTransactions;
import org.alliancegraph.load.ScriptFailure;
import org.alliancegraph.load.ScriptLoader;
import org.alliancegraph.load.ScriptSet;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded store in a data directory, kept in step with the load scripts.
 *
 * <p>Layout: {@code graph/} is the store in use, with the fingerprint of the scripts it was built
 * from; a new store is built in {@code graph.building/} and swapped in only when every script
 * succeeded, so a failing script leaves the previous store in place.
 */
public final class EmbeddedStore {

    static final String STORE = "graph";
    static final String BUILDING = "graph.building";
    static final String PREVIOUS = "graph.previous";
    static final String FINGERPRINT = "scripts.sha256";

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

    /** What {@link #open} did before starting the server. */
    public enum Outcome {
        /** The scripts were unchanged: the store was used as it was. */
        REUSED,
        /** A new store was built from the scripts and swapped in. */
        LOADED,
        /** The scripts failed; the previous store was kept and opened. */
        KEPT_PREVIOUS
    }

    /**
     * An open store.
     *
     * @param server  the running server
     * @param outcome whether the store was reused, loaded or kept after a failure
     * @param failure the failure of the scripts, when the previous store was kept
     */
    public record Opened(EmbeddedNeo4j server, Outcome outcome, Optional<ScriptFailure> failure) {
    }

    /**
     * Makes sure the store matches the scripts (building a new one aside when it does not, or when
     * {@code fresh}), then starts a server on it.
     *
     * @throws ScriptFailure when the scripts fail and there is no previous store to fall back on
     */
    public Opened open(ScriptSet scripts, EmbeddedNeo4j.Connectors connectors, boolean fresh) {
        recoverInterruptedSwap();
        String fingerprint = scripts.fingerprint();
        Outcome outcome = Outcome.REUSED;
        ScriptFailure failure = null;
        if (fresh || !fingerprint.equals(storedFingerprint().orElse(null))) {
            try {
                build(scripts, fingerprint);
                outcome = Outcome.LOADED;
            } catch (ScriptFailure e) {
                if (!Files.isDirectory(store())) {
                    throw e;
                }
                failure = e;
                outcome = Outcome.KEPT_PREVIOUS;
            }
        } else {
            progress.accept("Scripts unchanged since the last load: using the store in " + store());
        }
        EmbeddedNeo4j server = EmbeddedNeo4j.start(store(), connectors);
        return new Opened(server, outcome, Optional.ofNullable(failure));
    }

    /** Builds a new store from the scripts aside and swaps it in when every script succeeded. */
    public void build(ScriptSet scripts, String fingerprint) {
        Path building = dataDirectory.resolve(BUILDING);
        deleteRecursively(building);
        progress.accept("Loading " + scripts.scripts().size() + " scripts (" + scripts.statementCount()
                + " statements) from " + scripts.origin() + " into a new store");
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(building, EmbeddedNeo4j.Connectors.none())) {
            new ScriptLoader(new EmbeddedTransactions(server.database()), progress).apply(scripts);
        } catch (RuntimeException e) {
            deleteRecursively(building);
            throw e;
        }
        write(building.resolve(FINGERPRINT), fingerprint);
        swapIn(building);
    }

    /** The data directory. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    Path store() {
        return dataDirectory.resolve(STORE);
    }

    Optional<String> storedFingerprint() {
        Path file = store().resolve(FINGERPRINT);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file).strip()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void swapIn(Path building) {
        Path previous = dataDirectory.resolve(PREVIOUS);
        try {
            deleteRecursively(previous);
            if (Files.exists(store())) {
                Files.move(store(), previous, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(building, store(), StandardCopyOption.ATOMIC_MOVE);
            deleteRecursively(previous);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot swap the new store into " + store(), e);
        }
    }

    /** A swap cut short between its two moves leaves only the previous store: put it back. */
    private void recoverInterruptedSwap() {
        Path previous = dataDirectory.resolve(PREVIOUS);
        try {
            if (!Files.exists(store()) && Files.isDirectory(previous)) {
                Files.move(previous, store(), StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restore the previous store from " + previous, e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    static void deleteRecursively(Path directory) {
        try {
            FileSystemUtils.deleteRecursively(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + directory, e);
        }
    }
}
