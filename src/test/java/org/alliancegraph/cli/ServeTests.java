package org.alliancegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.alliancegraph.system.Neo4jConnection;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import picocli.CommandLine;

/** The smoke checks of serve on the embedded default, on free ports and a small graph of its own. */
class ServeTests {

    @TempDir
    Path folder;

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    Path smallScripts() throws IOException {
        Path scripts = Files.createDirectories(folder.resolve("scripts"));
        Files.copy(Path.of("cypher/00-schema.cypher"), scripts.resolve("00-schema.cypher"));
        Files.copy(Path.of("cypher/01-sources.cypher"), scripts.resolve("01-sources.cypher"));
        return scripts;
    }

    @Test
    @DisplayName("serve answers with Browser, APOC over Bolt, a health URL that says UP, and /api/meta")
    void smoke() throws Exception {
        int bolt = freePort();
        int http = freePort();
        int rest = freePort();
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--bolt-port", String.valueOf(bolt), "--http-port", String.valueOf(http),
                "--port", String.valueOf(rest), "--data-dir", folder.resolve("data").toString(),
                "--scripts", smallScripts().toString());
        ServeCommand.Running running = serve.start();
        try {
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> browser = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + http + "/browser/")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(browser.statusCode()).isEqualTo(200);
            assertThat(browser.body()).containsIgnoringCase("neo4j browser");

            HttpResponse<String> health = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + rest + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.body()).contains("\"status\":\"UP\"");

            HttpResponse<String> meta = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + rest + "/api/meta")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(meta.body()).contains("\"version\":\"0.2.0\"").contains("agov-2013");
            assertThat(meta.body()).as("the Browser that runs beside the REST API, for the page's link")
                    .contains("\"browser\":{\"url\":\"http://127.0.0.1:" + http + "/browser/\",\"bolt\":\"bolt://127.0.0.1:" + bolt
                            + "\",\"authentication\":false}");

            try (Driver driver = new Neo4jConnection(URI.create("bolt://127.0.0.1:" + bolt), "neo4j", Optional.empty()).open()) {
                String version = driver.executableQuery("RETURN apoc.version() AS v").execute().records().get(0).get("v").asString();
                assertThat(version).startsWith("5.26");
            }
            askedOverRest(running, rest, folder.resolve("scripts"));
            assertThat(running.readyLine()).contains("http://127.0.0.1:" + http + "/browser/")
                    .contains("bolt://127.0.0.1:" + bolt).contains("http://127.0.0.1:" + rest + "/api/meta").contains("nodes");
        } finally {
            running.stop();
        }
    }

    @Test
    @DisplayName("binding the embedded server beyond loopback without a password is refused, naming the fix")
    void refusesOpenBindWithoutPassword() {
        Result result = run("serve", "--bind", "0.0.0.0", "--data-dir", folder.resolve("data").toString());

        assertThat(result.code()).isEqualTo(Cli.USAGE);
        assertThat(result.err()).contains("Refusing to bind").contains("--neo4j-password");
    }

    @Test
    @DisplayName("a busy port gives a message naming the port, and a non-zero exit")
    void busyPort() throws IOException {
        try (ServerSocket busy = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            Result result = run("serve", "--port", String.valueOf(busy.getLocalPort()), "--bolt-port",
                    String.valueOf(freePort()), "--http-port", String.valueOf(freePort()),
                    "--data-dir", folder.resolve("data").toString());

            assertThat(result.code()).isEqualTo(Cli.FAILURE);
            assertThat(result.err()).contains("Port " + busy.getLocalPort()).contains("--port");
        }
    }

    /** A one-shot command of the same data directory and scripts asks the running serve over REST. */
    void askedOverRest(ServeCommand.Running running, int rest, Path scripts) {
        running.announce().run();
        String data = folder.resolve("data").toString();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int answered;
        int missing;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            answered = Cli.commandLine().execute("disagreements", "--json", "--data-dir", data, "--scripts", scripts.toString());
            missing = Cli.commandLine().execute("fact", "no-such-fact", "--data-dir", data, "--scripts", scripts.toString());
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        assertThat(answered).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Asked the Alliance Graph served at http://127.0.0.1:" + rest + " (REST)");
        assertThat(out.toString(StandardCharsets.UTF_8).strip()).startsWith("[").endsWith("]");
        assertThat(missing).as("a 404 problem is the usage error the Java API would have raised").isEqualTo(Cli.USAGE);
    }

    record Result(int code, String err) {
    }

    static Result run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cli = Cli.commandLine();
        cli.setErr(new java.io.PrintWriter(new PrintStream(err, true, StandardCharsets.UTF_8), true));
        int code = cli.execute(args);
        return new Result(code, err.toString(StandardCharsets.UTF_8));
    }
}
