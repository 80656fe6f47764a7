package org.alliancegraph.cli;

import java.net.URI;
import java.util.Optional;

import org.alliancegraph.system.Neo4jConnection;
import picocli.CommandLine.Option;

/** Options that point a command at an existing Neo4j server instead of the embedded store. */
final class ConnectionOptions {

    @Option(names = "--uri", defaultValue = "${env:NEO4J_URI}", paramLabel = "URI",
            description = "An existing Neo4j to use instead of the embedded store: bolt://host:7687 or neo4j://host:7687 "
                    + "(env NEO4J_URI).")
    URI uri;

    @Option(names = "--user", defaultValue = "${env:NEO4J_USERNAME:-neo4j}", paramLabel = "USER",
            description = "The user for --uri (env NEO4J_USERNAME, default ${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--password", defaultValue = "${env:NEO4J_PASSWORD}", paramLabel = "PASSWORD",
            description = "The password for --uri (env NEO4J_PASSWORD).")
    String password;

    Optional<Neo4jConnection> external() {
        return Optional.ofNullable(uri).map(u -> new Neo4jConnection(u, user, Optional.ofNullable(password)));
    }
}
