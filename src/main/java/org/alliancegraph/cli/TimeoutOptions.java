package org.alliancegraph.cli;

import java.time.Duration;

import org.alliancegraph.system.Reads;
import picocli.CommandLine.Option;

/** How long one query may run before the database stops it. */
final class TimeoutOptions {

    @Option(names = "--query-timeout", defaultValue = "${env:ALLIANCE_GRAPH_QUERY_TIMEOUT:-5}", paramLabel = "SECONDS",
            description = "How long a query may run before it is stopped, in seconds (env ALLIANCE_GRAPH_QUERY_TIMEOUT, "
                    + "default ${DEFAULT-VALUE}).")
    double seconds = Reads.DEFAULT_TIMEOUT.toSeconds();

    Duration timeout() {
        if (!(seconds > 0) || seconds > 86_400) {
            throw new UserFacingException("--query-timeout must be a number of seconds above 0 and at most a day, not "
                    + seconds);
        }
        return Duration.ofMillis(Math.round(seconds * 1000));
    }
}
