package org.alliancegraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.alliancegraph.embedded.EmbeddedNeo4j;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code train} (hidden): the build's training run for class-data sharing. It runs what users run
 * (a load, a {@code serve} with Browser and REST, REST requests, one-shot commands and exports
 * against the serve and against the store alone) in a throw-away data directory on free ports, so that the
 * JVM that runs it with {@code -XX:ArchiveClassesAtExit} archives every class those paths load.
 * The {@code alliance-graph} launcher then starts with that archive.
 */
@Command(name = "train", hidden = true, description = "Exercise every path once, for the build's class-data-sharing archive.")
final class TrainCommand implements Callable<Integer> {

    @picocli.CommandLine.Option(names = "--prebuilt-store", paramLabel = "DIR",
            description = "Save the store the training loaded here, for the launcher to copy into empty data directories.")
    Path prebuiltStore;

    private static final List<String> REST = List.of("/api/meta", "/api/relations?year=1963", "/api/dyads/dprk/ussr",
            "/api/triangle?year=1951", "/api/facts/flow-ussr-dprk-trade-1949", "/api/explain?a=dprk&b=prc&year=1956",
            "/api/index?actor=dprk", "/api/alignment", "/api/actors/dprk", "/api/claims", "/api/relations?year=1800",
            "/api/export/dyad-years.csv", "/api/export/graph.gexf", "/api/export/graph.graphml", "/api/export/graph.json",
            "/actuator/health");

    private static final List<List<String>> ONE_SHOT = List.of(List.of("relations", "1963", "--json"),
            List.of("relations", "1951"), List.of("triangle", "1963"), List.of("dyad", "dprk", "ussr"),
            List.of("fact", "flow-ussr-dprk-trade-1949"), List.of("explain", "dprk", "prc", "1956"),
            List.of("index", "--from", "1950", "--to", "1960"), List.of("claims", "--actor", "prc"), List.of("relations", "1940"));

    @Override
    public Integer call() throws IOException {
        Path data = Files.createTempDirectory("alliance-graph-train");
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        try {
            System.setOut(quiet);
            System.setErr(quiet);
            String rest = String.valueOf(freePort());
            CommandLine serveLine = Cli.commandLine();
            serveLine.parseArgs("serve", "--data-dir", data.toString(), "--port", rest, "--bolt-port",
                    String.valueOf(freePort()), "--http-port", String.valueOf(freePort()));
            ServeCommand serve = serveLine.getSubcommands().get("serve").getCommand();
            ServeCommand.Running running = serve.start();
            try {
                running.readyLine();
                Warmup.run(running.rest().getBean(org.alliancegraph.AllianceGraph.class), running.driver());
                running.announce().run();
                for (String path : REST) {
                    get("http://127.0.0.1:" + rest + path);
                }
                for (List<String> command : ONE_SHOT) {
                    oneShot(command, data);
                }
                oneShot(List.of("export", "--format", "csv", "--out", data.resolve("export-csv").toString()), data);
            } finally {
                running.stop();
            }
            if (prebuiltStore != null) {
                new org.alliancegraph.embedded.EmbeddedStore(data, line -> { }).saveAsPrebuilt(prebuiltStore);
            }
            for (List<String> command : ONE_SHOT) {
                oneShot(command, data);
            }
            oneShot(List.of("export", "--format", "csv", "--out", data.resolve("export-csv").toString()), data);
            oneShot(List.of("export", "--format", "gexf", "--out", data.resolve("export.gexf").toString()), data);
        } finally {
            System.setOut(out);
            System.setErr(err);
            FileSystemUtils.deleteRecursively(data);
        }
        System.err.println("Trained: serve, REST and one-shot commands ran once.");
        return 0;
    }

    private static void oneShot(List<String> command, Path data) {
        String[] args = java.util.stream.Stream.concat(command.stream(), java.util.stream.Stream.of("--data-dir", data.toString()))
                .toArray(String[]::new);
        Cli.commandLine().execute(args);
    }

    private static void get(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.getResponseCode();
            try (InputStream in = connection.getErrorStream() != null ? connection.getErrorStream()
                    : connection.getInputStream()) {
                in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Training request failed: " + url, e);
        }
    }

    private static int freePort() throws IOException {
        return EmbeddedNeo4j.freePort("127.0.0.1");
    }
}
