package org.alliancegraph.cli;

import java.nio.file.Path;

import org.alliancegraph.index.Weights;
import picocli.CommandLine.Option;

/** Which weights the integration and divergence index uses. */
final class WeightsOptions {

    @Option(names = "--weights", defaultValue = "${env:ALLIANCE_GRAPH_WEIGHTS}", paramLabel = "FILE",
            description = "The index weights (env ALLIANCE_GRAPH_WEIGHTS; default ./config/index-weights.yml, "
                    + "else the copy built into the jar).")
    Path file;

    private Weights read;

    /** The weights, read and checked against the vocabulary once per command. */
    Weights weights() {
        if (read == null) {
            read = Weights.locate(file);
        }
        return read;
    }
}
