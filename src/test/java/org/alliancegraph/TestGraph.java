package org.alliancegraph;

import java.nio.file.Path;
import java.util.Optional;

import org.alliancegraph.embedded.ScratchDatabase;
import org.alliancegraph.load.ScriptSet;
import org.alliancegraph.system.Neo4jConnection;
import org.neo4j.driver.Driver;

/**
 * The graph of the real scripts in cypher/, loaded once per test JVM into an embedded database
 * that every test shares (read-only). Tests that need a broken or special graph build their own.
 */
public final class TestGraph {

    /** The article's text, for quote checks. */
    public static final Path ARTICLE = Path.of("../shared/seeds/agov-2013-north-koreas-alliances.txt");

    private static ScratchDatabase database;
    private static Driver driver;

    private TestGraph() {
    }

    /** The shared graph's driver; the first call loads the scripts. */
    public static synchronized Driver driver() {
        if (driver == null) {
            database = ScratchDatabase.start();
            database.load(scripts(), line -> { });
            driver = new Neo4jConnection(database.server().boltUri(), "neo4j", Optional.empty()).open();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                driver.close();
                database.close();
            }));
        }
        return driver;
    }

    private static ScratchDatabase scratch;
    private static Driver scratchDriver;

    /**
     * A second database that tests which build their own graph share (one after the other: the
     * suite runs its classes in sequence); each test clears it first. Started once per test JVM.
     */
    public static synchronized ScratchDatabase scratch() {
        if (scratch == null) {
            scratch = ScratchDatabase.start();
            scratchDriver = new Neo4jConnection(scratch.server().boltUri(), "neo4j", Optional.empty()).open();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                scratchDriver.close();
                scratch.close();
            }));
        }
        scratch.database().executeTransactionally("MATCH (n) DETACH DELETE n");
        return scratch;
    }

    /** The driver of {@link #scratch()}. */
    public static synchronized Driver scratchDriver() {
        if (scratch == null) {
            scratch();
        }
        return scratchDriver;
    }

    /** The shared graph's embedded database, for tests that compare the two access paths. */
    public static synchronized ScratchDatabase database() {
        driver();
        return database;
    }

    /** The project's load scripts. */
    public static ScriptSet scripts() {
        return ScriptSet.fromDirectory(Path.of("cypher"));
    }
}
