package org.alliancegraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.alliancegraph.embedded.EmbeddedNeo4j;
import org.springframework.util.FileSystemUtils;

/**
 * An empty Neo4j 5.26 server with Bolt on a given loopback port, in a throw-away folder, standing
 * in for an external server (there is no Neo4j installation or Docker engine here): the scale
 * benchmark's {@code --uri} runs against it. Stops on Ctrl-C or SIGTERM. Run it with
 * {@code mvn -B -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.alliancegraph.bench.ExternalServer -Dexec.args=7690}.
 */
public final class ExternalServer {

    private ExternalServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 7690;
        Path folder = Files.createTempDirectory("alliance-graph-external");
        EmbeddedNeo4j server = EmbeddedNeo4j.start(folder.resolve("graph"),
                new EmbeddedNeo4j.Connectors("127.0.0.1", port, -1, Optional.empty()), 512L * 1024 * 1024);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            try {
                FileSystemUtils.deleteRecursively(folder);
            } catch (java.io.IOException e) {
                // A temporary folder: the system cleans it up.
            }
        }));
        System.out.println("Neo4j (empty) at neo4j://127.0.0.1:" + port + " and bolt://127.0.0.1:" + port + "; Ctrl-C stops it");
        Thread.currentThread().join();
    }
}
