package org.alliancegraph.cli;

import java.util.Optional;
import java.util.concurrent.Callable;

import org.alliancegraph.embedded.ScratchDatabase;
import org.alliancegraph.load.DriverTransactions;
import org.alliancegraph.load.Inventory;
import org.alliancegraph.load.ScriptLoader;
import org.alliancegraph.load.ScriptSet;
import org.alliancegraph.load.StaleNodes;
import org.alliancegraph.system.Neo4jConnection;
import org.neo4j.driver.Driver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code load}: applies the scripts to an existing Neo4j ({@code --uri}), after proving them on a
 * scratch embedded database; without {@code --uri}, rebuilds the embedded store.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load the graph from the scripts into an existing Neo4j (--uri), or rebuild the embedded store.")
final class LoadCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        ScriptSet scripts = store.scriptSet();
        Optional<Neo4jConnection> external = connection.external();
        if (external.isEmpty()) {
            long started = System.nanoTime();
            store.store().build(scripts, scripts.fingerprint());
            Console.info(String.format("Embedded store in %s rebuilt in %.1f s", store.store().dataDirectory(),
                    (System.nanoTime() - started) / 1e9));
            return 0;
        }
        Neo4jConnection target = external.get();
        Console.info("Checking " + scripts.scripts().size() + " scripts from " + scripts.origin()
                + " on a scratch database");
        Inventory inventory = ScratchDatabase.check(scripts, line -> { });
        Console.info("Scripts check out: " + inventory.size() + " nodes. Applying them to " + target.uri());
        try (Driver driver = target.open()) {
            long stale = StaleNodes.remove(driver, inventory);
            if (stale > 0) {
                Console.info("Removed " + stale + " nodes that the scripts no longer create");
            }
            new ScriptLoader(new DriverTransactions(driver), Console::info).apply(scripts);
        }
        Console.info("Loaded into " + target.uri());
        return 0;
    }
}
