package org.alliancegraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.alliancegraph.load.CypherScript;
import org.alliancegraph.load.ExampleQuery;
import org.alliancegraph.load.ScriptSet;
import org.alliancegraph.system.Neo4jConnection;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.springframework.util.FileSystemUtils;

/**
 * How long every way into the graph takes on this machine, each figure the median of several
 * runs with the command that produced it, and the old way measured in the same run where it
 * can be: a benchmark that prints figures, not a test. It runs the built product as a user does
 * ({@code ./alliance-graph}, and {@code java -jar target/alliance-graph.jar} for comparison), in
 * throw-away data directories on free ports. Build first, then run:
 * {@code mvn -B -q package -DskipTests && mvn -B -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.alliancegraph.bench.StartupBenchmark}. {@code -Druns=N} sets the runs
 * (default 3). The old ways run as the product ran before: {@code java -jar}, one literal fact per
 * statement ({@code --statement-mode ROW_BY_ROW}), one transaction per script.
 */
public final class StartupBenchmark {

    private static final int RUNS = Integer.getInteger("runs", 3);
    private static final Path LAUNCHER = Path.of("alliance-graph").toAbsolutePath();
    private static final Path JAR = Path.of("target", "alliance-graph.jar").toAbsolutePath();
    private static final Pattern LOADED = Pattern.compile("Loaded in ([0-9.]+) s");
    private static final Pattern LOADED_URI = Pattern.compile("Loaded into \\S+ in ([0-9.]+) s");
    private static final Pattern READY = Pattern.compile("ready in ([0-9.]+) s");

    private final Path work;

    private StartupBenchmark(Path work) {
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        if (!Files.isRegularFile(Path.of("target", "app", "alliance-graph.jsa"))) {
            System.err.println("Build first: mvn -B -q package -DskipTests (target/app/alliance-graph.jsa is missing)");
            System.exit(2);
        }
        Path work = Files.createTempDirectory("alliance-graph-bench");
        int exit = 0;
        try {
            new StartupBenchmark(work).run();
        } catch (Exception e) {
            // Said and ended here: the in-process database of the Java API's section leaves threads that would keep
            // exec:java waiting, with the failure unprinted, for ever.
            System.err.println("The benchmark failed: " + e.getMessage());
            exit = 1;
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
        System.exit(exit);
    }

    private void run() throws Exception {
        System.out.printf("Alliance Graph start-up benchmark: %d runs each, median [min-max]; %d cores, %s%n",
                RUNS, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.printf("jar %s MB (ls -l target/alliance-graph.jar); extracted layout %s MB and CDS archive %s MB (target/app)%n",
                mb(Files.size(JAR)), mb(folderSize(Path.of("target", "app", "lib")) + Files.size(Path.of("target", "app",
                        "alliance-graph.jar"))), mb(Files.size(Path.of("target", "app", "alliance-graph.jsa"))));

        section("Executing cypher/ into an empty, started embedded database (database start not included)");
        List<Double> batched = new ArrayList<>();
        List<Double> rowByRow = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            batched.add(seconds(LOADED, cli(List.of("load", "--data-dir", dir("load-new")), Map.of()).err()));
            rowByRow.add(seconds(LOADED, run(jar(), List.of("load", "--data-dir", dir("load-old"), "--statement-mode",
                    "ROW_BY_ROW")).err()));
        }
        print("new: ./alliance-graph load --data-dir D", batched, "s");
        print("old: java -jar target/alliance-graph.jar load --data-dir D --statement-mode ROW_BY_ROW", rowByRow, "s");
        ratio(rowByRow, batched);

        section("validate, end to end");
        List<Double> validate = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            validate.add(timed(List.of(LAUNCHER.toString(), "validate", "--source-text",
                    "../shared/seeds/agov-2013-north-koreas-alliances.txt"), Map.of()).seconds());
        }
        print("./alliance-graph validate --source-text ../shared/seeds/agov-2013-north-koreas-alliances.txt", validate, "s");

        section("serve: ready line (JVM start to the line)");
        String data = dir("serve");
        List<Double> copied = new ArrayList<>();
        List<Double> loaded = new ArrayList<>();
        List<Double> warm = new ArrayList<>();
        List<Double> coldJar = new ArrayList<>();
        List<Double> warmJar = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            FileSystemUtils.deleteRecursively(Path.of(data));
            copied.add(serve(launcher(), data, false).stopAndReady());
            FileSystemUtils.deleteRecursively(Path.of(data));
            loaded.add(serve(launcher(), data, false, "--fresh").stopAndReady());
            warm.add(serve(launcher(), data, false).stopAndReady());
            FileSystemUtils.deleteRecursively(Path.of(data));
            coldJar.add(serve(jar(), data, false).stopAndReady());
            warmJar.add(serve(jar(), data, false).stopAndReady());
        }
        print("cold, empty data directory (the build's store copied): ./alliance-graph serve", copied, "s");
        print("cold, empty data directory, scripts loaded:  ./alliance-graph serve --fresh", loaded, "s");
        print("warm (store reused):                         ./alliance-graph serve", warm, "s");
        print("old way, cold (scripts loaded): java -jar target/alliance-graph.jar serve", coldJar, "s");
        print("old way, warm:                  java -jar target/alliance-graph.jar serve", warmJar, "s");

        section("One-shot commands (wall time of the process; phases from ALLIANCE_GRAPH_TIMINGS=1)");
        List<List<String>> commands = List.of(List.of("relations", "1963", "--json"), List.of("dyad", "dprk", "ussr"),
                List.of("triangle", "1963"), List.of("fact", "flow-ussr-dprk-trade-1949"), List.of("explain", "dprk", "prc", "1956"),
                List.of("index", "--from", "1950", "--to", "1970"),
                List.of("query", "cypher/queries/triangle-1951.cypher"));
        Served served = serve(launcher(), data, true);
        double rss;
        try {
            for (List<String> command : commands) {
                oneShot(command, data, "with serve", launcher(), Map.of());
            }
            oneShot(List.of("relations", "1963", "--json"), data, "with serve, old way: java -jar, Bolt to the serve "
                    + "(--weights forces it)", jar(), Map.of(), "--weights", "config/index-weights.yml");
            section("relationsIn through REST of the running serve, every year, after one warm-up round");
            restLatency(served);
            section("First run of each example query over Bolt, after a warm start and its warm-up");
            firstRuns(served, "as written, and edited (years +1, other spacing)");
            rss = served.peakRssMb();
        } finally {
            served.stop();
        }
        Served cold2 = serve(launcher(), data, true, "--no-warm-up");
        try {
            section("The same, old way: a serve without the warm-up (--no-warm-up)");
            firstRuns(cold2, "as written, and edited");
        } finally {
            cold2.stop();
        }
        for (List<String> command : commands) {
            oneShot(command, data, "no serve", launcher(), Map.of());
        }
        oneShot(List.of("relations", "1963", "--json"), data, "no serve, old way: java -jar", jar(), Map.of());

        section("Memory");
        System.out.printf("peak RSS while serving (VmHWM of ./alliance-graph serve after the benchmark's requests): %d MB%n",
                Math.round(rss));

        section("relationsIn through the Java API (in process, embedded database), every year");
        RelationsBenchmark.javaApi();

        section("load --uri: into a serve's database over Bolt, replacing its graph; a new serve (cold Cypher) each run");
        List<Double> uri = new ArrayList<>();
        List<Double> uriOld = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            for (boolean old : new boolean[] {false, true}) {
                // A serve is read-only unless told otherwise: --writable opens it to the load.
                Served target = serve(launcher(), data, true, "--no-warm-up", "--writable");
                try {
                    List<String> args = new ArrayList<>(List.of("load", "--uri", target.bolt()));
                    if (old) {
                        args.addAll(List.of("--statement-mode", "ROW_BY_ROW"));
                    }
                    (old ? uriOld : uri).add(seconds(LOADED_URI, run(old ? jar() : launcher(), args).err()));
                } finally {
                    target.stop();
                }
            }
        }
        print("new: ./alliance-graph load --uri bolt://127.0.0.1:PORT", uri, "s");
        print("old: java -jar target/alliance-graph.jar load --uri bolt://127.0.0.1:PORT --statement-mode ROW_BY_ROW", uriOld, "s");
        ratio(uriOld, uri);
    }

    // ---------------------------------------------------------------------------------------------

    private void oneShot(List<String> command, String data, String label, List<String> program, Map<String, String> env,
            String... extra) {
        List<Double> wall = new ArrayList<>();
        String phases = "";
        for (int i = 0; i < RUNS; i++) {
            List<String> line = new ArrayList<>(program);
            line.addAll(command);
            line.addAll(List.of("--data-dir", data));
            line.addAll(List.of(extra));
            Result result = timed(line, Map.of("ALLIANCE_GRAPH_TIMINGS", "1"));
            if (result.code() != 0) {
                throw new IllegalStateException(String.join(" ", line) + " failed: " + result.err());
            }
            wall.add(result.seconds());
            phases = result.err().lines().filter(l -> l.startsWith("timings:")).findFirst().orElse("");
        }
        print(String.format("%-11s %s %s", label.startsWith("with") ? "[serve]" : "[no serve]",
                String.join(" ", program.size() == 1 ? List.of("./alliance-graph") : List.of("java -jar target/alliance-graph.jar")),
                String.join(" ", command) + (extra.length == 0 ? "" : " " + String.join(" ", extra))), wall, "s");
        System.out.printf("%-11s   %s; %s%n", "", label, phases.isEmpty() ? "no phases printed" : phases);
    }

    private void restLatency(Served served) throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        List<Double> millis = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            for (int year = 1945; year <= 1975; year++) {
                long started = System.nanoTime();
                var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(served.rest()
                        + "/api/relations?year=" + year)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(year + ": HTTP " + response.statusCode());
                }
                if (round > 0) {
                    millis.add((System.nanoTime() - started) / 1e6);
                }
            }
        }
        Collections.sort(millis);
        System.out.printf("GET /api/relations?year=Y, 1945-1975, 5 rounds: n=%d p50 %.1f ms p99 %.1f ms max %.1f ms%n",
                millis.size(), percentile(millis, 50), percentile(millis, 99), millis.get(millis.size() - 1));
    }

    private void firstRuns(Served served, String what) {
        QueryConfig read = QueryConfig.builder().withRouting(RoutingControl.READ).build();
        System.out.printf("(%s)%n", what);
        List<Double> asWritten = new ArrayList<>();
        List<Double> edited = new ArrayList<>();
        try (Driver driver = new Neo4jConnection(java.net.URI.create(served.bolt()), "neo4j", Optional.empty()).open()) {
            for (CypherScript file : ScriptSet.examples().scripts()) {
                String query = file.statements().get(0).text();
                var parameters = ExampleQuery.parameters(file.name(), file.text());
                long started = System.nanoTime();
                driver.executableQuery(query).withParameters(parameters).withConfig(read).execute();
                double first = (System.nanoTime() - started) / 1e6;
                String variant = edit(query);
                started = System.nanoTime();
                driver.executableQuery(variant).withParameters(parameters).withConfig(read).execute();
                double second = (System.nanoTime() - started) / 1e6;
                asWritten.add(first);
                edited.add(second);
                System.out.printf("  %-48s first run %6.0f ms   edited %6.0f ms%n", file.name(), first, second);
            }
        }
        Collections.sort(asWritten);
        Collections.sort(edited);
        System.out.printf("  %-48s max       %6.0f ms   max    %6.0f ms%n", "", asWritten.get(asWritten.size() - 1),
                edited.get(edited.size() - 1));
    }

    /** The same query with every year one later and its lines indented otherwise: a user's edit. */
    static String edit(String query) {
        Matcher years = Pattern.compile("\\b(19[4-7]\\d)\\b").matcher(query);
        StringBuilder shifted = new StringBuilder();
        while (years.find()) {
            years.appendReplacement(shifted, String.valueOf(Integer.parseInt(years.group(1)) + 1));
        }
        years.appendTail(shifted);
        return shifted.toString().replace("\n", "\n   ");
    }

    // ---------------------------------------------------------------------------------------------

    private static List<String> launcher() {
        return List.of(LAUNCHER.toString());
    }

    private static List<String> jar() {
        return List.of("java", "-jar", JAR.toString());
    }

    private String dir(String name) {
        return work.resolve(name).toString();
    }

    private Result cli(List<String> args, Map<String, String> env) {
        return run(launcher(), args, env);
    }

    private Result run(List<String> program, List<String> args) {
        return run(program, args, Map.of());
    }

    private Result run(List<String> program, List<String> args, Map<String, String> env) {
        List<String> line = new ArrayList<>(program);
        line.addAll(args);
        Result result = timed(line, env);
        if (result.code() != 0) {
            throw new IllegalStateException(String.join(" ", line) + " failed: " + result.err());
        }
        return result;
    }

    record Result(int code, String out, String err, double seconds) {
    }

    private Result timed(List<String> line, Map<String, String> env) {
        try {
            ProcessBuilder builder = new ProcessBuilder(line);
            builder.environment().putAll(env);
            Path out = Files.createTempFile(work, "out", ".txt");
            Path err = Files.createTempFile(work, "err", ".txt");
            builder.redirectOutput(out.toFile()).redirectError(err.toFile());
            long started = System.nanoTime();
            Process process = builder.start();
            int code = process.waitFor();
            double seconds = (System.nanoTime() - started) / 1e9;
            return new Result(code, Files.readString(out), Files.readString(err), seconds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A running serve on free ports. */
    final class Served {
        private final Process process;
        private final Path out;
        private final int restPort;
        private final int boltPort;
        private double ready = -1;

        Served(Process process, Path out, int restPort, int boltPort) {
            this.process = process;
            this.out = out;
            this.restPort = restPort;
            this.boltPort = boltPort;
        }

        String rest() {
            return "http://127.0.0.1:" + restPort;
        }

        String bolt() {
            return "bolt://127.0.0.1:" + boltPort;
        }

        void awaitReady() throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (System.nanoTime() < deadline) {
                Matcher m = READY.matcher(Files.readString(out));
                if (m.find()) {
                    ready = Double.parseDouble(m.group(1));
                    return;
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException("serve exited with " + process.exitValue());
                }
                Thread.sleep(50);
            }
            throw new IllegalStateException("serve was not ready within 180 s");
        }

        double peakRssMb() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(javaPid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
            return -1;
        }

        /** The launcher execs java, so the process is the JVM itself. */
        private long javaPid() {
            return process.pid();
        }

        double stopAndReady() throws InterruptedException {
            stop();
            return ready;
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private Served serve(List<String> program, String data, boolean warmAfter, String... extra) throws Exception {
        int rest = freePort();
        int bolt = freePort();
        int http = freePort();
        List<String> line = new ArrayList<>(program);
        line.addAll(List.of("serve", "--data-dir", data, "--port", String.valueOf(rest), "--bolt-port", String.valueOf(bolt),
                "--http-port", String.valueOf(http)));
        line.addAll(List.of(extra));
        Path out = Files.createTempFile(work, "serve", ".txt");
        Process process = new ProcessBuilder(line).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Served served = new Served(process, out, rest, bolt);
        served.awaitReady();
        if (warmAfter && !List.of(extra).contains("--no-warm-up")) {
            Thread.sleep(15_000);
        }
        return served;
    }

    // ---------------------------------------------------------------------------------------------

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static double seconds(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("No figure in: " + text);
        }
        return Double.parseDouble(m.group(1));
    }

    private static void section(String title) {
        System.out.printf("%n== %s%n", title);
    }

    private static void print(String what, List<Double> values, String unit) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        System.out.printf(Locale.ROOT, "%-100s %6.2f %s [%.2f-%.2f]%n", what, median, unit, sorted.get(0),
                sorted.get(sorted.size() - 1));
    }

    private static void ratio(List<Double> old, List<Double> now) {
        List<Double> a = new ArrayList<>(old);
        List<Double> b = new ArrayList<>(now);
        Collections.sort(a);
        Collections.sort(b);
        System.out.printf(Locale.ROOT, "ratio old/new (medians): %.1fx%n", a.get(a.size() / 2) / b.get(b.size() / 2));
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.0f", bytes / 1e6);
    }

    private static long folderSize(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
