package org.alliancegraph.cli;

import java.util.Optional;
import java.util.concurrent.Callable;

import org.alliancegraph.TieScores;
import org.alliancegraph.load.DriverTransactions;
import org.alliancegraph.load.Ownership;
import org.alliancegraph.load.ScriptLoader;
import org.alliancegraph.load.ScriptSet;
import org.alliancegraph.system.Neo4jConnection;
import org.neo4j.driver.Driver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code load}: applies the scripts to an existing Neo4j ({@code --uri}) in one transaction that
 * first removes what an earlier load created (a failing script leaves the server as it was);
 * without {@code --uri}, reloads the embedded store.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load the graph from the scripts into an existing Neo4j (--uri), or rebuild the embedded store.")
final class LoadCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Mixin
    StoreOptions store;

    @Option(names = "--statement-mode", hidden = true, defaultValue = "BATCHED",
            description = "How statements are sent: BATCHED (the product's way), AS_WRITTEN or ROW_BY_ROW (the old way), for the benchmark.")
    ScriptLoader.Mode mode;

    @Override
    public Integer call() {
        ScriptSet scripts = store.scriptSet();
        Optional<Neo4jConnection> external = connection.external();
        long started = System.nanoTime();
        if (external.isEmpty()) {
            store.store().rebuild(scripts, mode);
            Console.info(String.format("Embedded store in %s rebuilt in %.1f s", store.store().dataDirectory(),
                    (System.nanoTime() - started) / 1e9));
            return 0;
        }
        Neo4jConnection target = external.get();
        // The server is asked first: an unreachable one is the first thing said, not after the audit.
        target.open().close();
        // A server others may use gets only a graph that passed the audit: the scripts are loaded
        // into a scratch database first (a few seconds), and nothing is sent when a rule fails.
        ValidateCommand.Audit audit = ValidateCommand.audit(scripts, Optional.empty());
        if (!audit.report().passed()) {
            throw new UserFacingException("The scripts do not validate (" + audit.report().violations().size()
                    + " violations, first: " + audit.report().violations().get(0) + "; the validate command lists them): "
                    + "nothing was loaded into " + target.uri());
        }
        Console.info("Validated: " + audit.report().violations().size() + " violations, content sha256 "
                + audit.content().substring(0, 12));
        Console.info("Loading " + scripts.scripts().size() + " scripts from " + scripts.origin() + " into "
                + target.uri() + " in one transaction");
        try (Driver driver = target.open()) {
            new ScriptLoader(new DriverTransactions(driver), Console::info)
                    .apply(scripts, Ownership.clearStatements(), mode);
            Console.info("Scored " + TieScores.write(driver) + " yearly ties with the default index weights");
        }
        Console.info(String.format("Loaded into %s in %.2f s", target.uri(), (System.nanoTime() - started) / 1e9));
        return 0;
    }
}
