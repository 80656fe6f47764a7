package org.alliancegraph.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.util.Optional;

import org.alliancegraph.embedded.EmbeddedNeo4j;
import picocli.CommandLine.Option;

/** Where {@code serve} listens, and the embedded server's password. */
final class ServerOptions {

    @Option(names = "--bind", defaultValue = "${env:ALLIANCE_GRAPH_BIND:-127.0.0.1}", paramLabel = "ADDRESS",
            description = "The address the servers bind to (env ALLIANCE_GRAPH_BIND, default ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--bolt-port", defaultValue = "${env:ALLIANCE_GRAPH_BOLT_PORT:-7687}", paramLabel = "PORT",
            description = "The embedded Neo4j's Bolt port (env ALLIANCE_GRAPH_BOLT_PORT, default ${DEFAULT-VALUE}).")
    int boltPort;

    @Option(names = "--http-port", defaultValue = "${env:ALLIANCE_GRAPH_HTTP_PORT:-7474}", paramLabel = "PORT",
            description = "The embedded Neo4j's HTTP port, with Neo4j Browser at /browser/ "
                    + "(env ALLIANCE_GRAPH_HTTP_PORT, default ${DEFAULT-VALUE}).")
    int httpPort;

    @Option(names = "--port", defaultValue = "${env:ALLIANCE_GRAPH_PORT:-8080}", paramLabel = "PORT",
            description = "The REST API's port (env ALLIANCE_GRAPH_PORT, default ${DEFAULT-VALUE}).")
    int restPort;

    @Option(names = "--neo4j-password", defaultValue = "${env:ALLIANCE_GRAPH_NEO4J_PASSWORD}", paramLabel = "PASSWORD",
            description = "Turns on authentication in the embedded Neo4j with this password for user neo4j "
                    + "(env ALLIANCE_GRAPH_NEO4J_PASSWORD); required to bind beyond loopback.")
    String neo4jPassword;

    /**
     * Refuses to expose an embedded database without authentication beyond this machine.
     *
     * @throws IllegalArgumentException naming the fix
     */
    void checkSafe() {
        if (!isLoopback(bind) && (neo4jPassword == null || neo4jPassword.isBlank())) {
            throw new IllegalArgumentException("Refusing to bind the embedded Neo4j to " + bind
                    + " without authentication: anyone on the network could change the graph. Set a password with "
                    + "--neo4j-password (or ALLIANCE_GRAPH_NEO4J_PASSWORD), or bind to 127.0.0.1.");
        }
    }

    /**
     * Checks that each port is free before anything starts, so that a busy port fails fast and by name.
     *
     * @throws UserFacingException naming the port and the option that moves it
     */
    void checkPortsFree(boolean embedded) {
        if (embedded) {
            checkFree(boltPort, "Bolt", "--bolt-port");
            checkFree(httpPort, "HTTP (Neo4j Browser)", "--http-port");
        }
        checkFree(restPort, "REST", "--port");
    }

    EmbeddedNeo4j.Connectors connectors() {
        return new EmbeddedNeo4j.Connectors(bind, boltPort, httpPort,
                Optional.ofNullable(neo4jPassword).filter(p -> !p.isBlank()));
    }

    /** The host to put in URLs: the bind address, or loopback when bound to all interfaces. */
    String urlHost() {
        return bind.equals("0.0.0.0") || bind.equals("::") ? "127.0.0.1" : bind;
    }

    private void checkFree(int port, String what, String option) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(bind, port));
        } catch (IOException e) {
            throw new UserFacingException("Port " + port + " (" + what + ") on " + bind
                    + " is already in use: stop the program that holds it, or choose another port with " + option + ".");
        }
    }

    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Cannot resolve the bind address " + address);
        }
    }
}
