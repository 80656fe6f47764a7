package org.alliancegraph.cli;

import java.nio.file.Path;

import org.alliancegraph.embedded.EmbeddedStore;
import org.alliancegraph.load.ScriptSet;
import picocli.CommandLine.Option;

/** Options of the embedded store: where it lives and which scripts it is built from. */
final class StoreOptions {

    @Option(names = "--data-dir", defaultValue = "${env:ALLIANCE_GRAPH_DATA_DIR:-data}", paramLabel = "DIR",
            description = "The embedded store's data directory (env ALLIANCE_GRAPH_DATA_DIR, default ${DEFAULT-VALUE}).")
    Path dataDirectory;

    @Option(names = "--scripts", defaultValue = "${env:ALLIANCE_GRAPH_SCRIPTS}", paramLabel = "DIR",
            description = "The folder of load scripts (env ALLIANCE_GRAPH_SCRIPTS; default ./cypher when it exists, "
                    + "else the copy built into the jar).")
    Path scripts;

    @Option(names = "--fresh", description = "Rebuild the embedded store from the scripts even if they are unchanged.")
    boolean fresh;

    ScriptSet scriptSet() {
        return ScriptSet.locate(scripts);
    }

    EmbeddedStore store() {
        return new EmbeddedStore(dataDirectory, Console::info);
    }
}
