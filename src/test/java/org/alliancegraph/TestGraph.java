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
