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

    private ScriptSet located;
    private String fingerprint;

    /** The scripts, read once per command: a one-shot command needs them to find a serve and to open the store. */
    ScriptSet scriptSet() {
        if (located == null) {
            located = ScriptSet.locate(scripts);
        }
        return located;
    }

    /** The scripts' fingerprint, taken once per command. */
    String fingerprint() {
        if (fingerprint == null) {
            fingerprint = scriptSet().fingerprint();
        }
        return fingerprint;
    }

    EmbeddedStore store() {
        return new EmbeddedStore(dataDirectory, Console::info);
    }
}
