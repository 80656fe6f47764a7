package org.alliancegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.alliancegraph.TestGraph;
import org.alliancegraph.load.ContentHash;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/**
 * Every command that takes user input, given bad input (unknown ids, bad years, non-numbers,
 * unknown options, an invalid or unreachable --uri, missing files, 10 KB strings, control
 * characters, Cypher meant to write), fails with a non-zero exit code and a first line on standard
 * error that names the problem, never a stack trace, an exception's class name or a raw control
 * character, and leaves the graph as it was. Further lines (a query's syntax error points at the
 * column) are allowed and listed.
 *
 * <p>The commands run in this JVM against the shared test graph (over --uri), so that no second
 * database starts; inputs that would start one (or a server) are left out. Command lines that the
 * product is known to mishandle, in code this suite does not own, are listed in
 * {@link #KNOWN_BUGS}: they are reported, not counted, and the suite fails once one behaves.
 */
class CliBadInputTests {

    /** What no output may show: a stack trace or the name of an internal class. */
    static final List<String> LEAKS = List.of("\tat ", "Exception", "Caused by", "org.neo4j", "java.lang", "java.io.",
            "java.nio", "org.springframework", "org.apache", "picocli.", "tools.jackson");

    /**
     * Bad input that the product still mishandles, outside what this suite may change; each names
     * the bug. The suite fails when one of them starts to behave, so that the entry is removed.
     */
    static final Map<String, String> KNOWN_BUGS = Map.of();

    @TempDir
    Path folder;

    /**
     * One command line to run.
     *
     * @param command the subcommand, for the summary
     * @param kind    the kind of bad input, for the summary
     * @param args    the arguments
     */
    record Case(String command, String kind, List<String> args) {
    }

    /** What a run gave. */
    record Result(int code, String out, String err, double seconds) {
    }

    @Test
    @DisplayName("every command given bad input exits non-zero with one line naming the problem, no stack trace, "
            + "and the graph unchanged")
    void badInput() throws Exception {
        Driver driver = TestGraph.driver();
        String uri = TestGraph.database().server().boltUri().toString();
        String before = ContentHash.of(driver);

        List<String> failures = new ArrayList<>();
        Map<String, Map<String, Integer>> byCommand = new TreeMap<>();
        Map<String, Map<String, Integer>> byKind = new TreeMap<>();
        Map<String, Double> seconds = new TreeMap<>();
        List<String> transcript = new ArrayList<>();
        List<String> knownSeen = new ArrayList<>();
        List<String> multiLine = new ArrayList<>();
        try (NotBolt notBolt = new NotBolt()) {
            for (Case c : cases(uri, notBolt.uri())) {
                Result result = run(c.args());
                String code = String.valueOf(result.code());
                byCommand.computeIfAbsent(c.command(), k -> new TreeMap<>()).merge("exit " + code, 1, Integer::sum);
                byKind.computeIfAbsent(c.kind(), k -> new TreeMap<>()).merge("exit " + code, 1, Integer::sum);
                seconds.merge(c.command(), result.seconds(), Double::sum);
                List<String> wrong = problems(result);
                String known = KNOWN_BUGS.get(c.command() + " " + c.kind());
                if (known != null) {
                    if (wrong.isEmpty()) {
                        failures.add(visible(String.join(" ", c.args())) + ": behaves now; remove it from KNOWN_BUGS ("
                                + known + ")");
                    } else {
                        knownSeen.add(c.command() + " " + c.kind() + ": " + String.join("; ", wrong) + "\n      (" + known + ")");
                    }
                    wrong = List.of();
                }
                long lines = result.err().lines().filter(l -> !l.isBlank() && !l.matches("Try '.*--help' for usage\\.")
                        && !PROGRESS.matcher(l).lookingAt()).count();
                if (lines > 1 && known == null) {
                    multiLine.add(c.command() + " " + c.kind() + ": " + lines + " lines: " + visible(result.err()));
                }
                if (!result.out().isBlank() && known == null) {
                    multiLine.add(c.command() + " " + c.kind() + ": stdout not empty: " + visible(result.out()));
                }
                String first = result.err().lines().findFirst().orElse("");
                transcript.add(String.format("%-3s %-13s %-24s %s%n      -> %s", code, c.command(), c.kind(),
                        visible(String.join(" ", c.args().stream().map(a -> a.equals(uri) ? "TEST-GRAPH" : a)
                                .map(a -> a.replace(folder.toString(), "TMP")).toList())),
                        visible(first)));
                if (!wrong.isEmpty()) {
                    failures.add(visible(String.join(" ", c.args())) + ": " + String.join("; ", wrong)
                            + "\n    stderr: " + visible(result.err()) + "\n    stdout: " + visible(result.out()));
                }
            }
        }
        String after = ContentHash.of(driver);
        int probeNodes = driver.executableQuery("MATCH (n:BadInputProbe) RETURN count(n) AS n").execute().records().get(0)
                .get("n").asInt();
        if (probeNodes > 0) {
            driver.executableQuery("MATCH (n:BadInputProbe) DETACH DELETE n").execute();
        }

        System.out.println(summary(byCommand, byKind, seconds, transcript, failures.size()));
        System.out.println("\nMore than one line on stderr (allowed when the first names the problem), or output on stdout:");
        multiLine.forEach(line -> System.out.println("  " + line));
        System.out.println("\nKnown product bugs, still present (not counted as failures):");
        knownSeen.forEach(line -> System.out.println("  " + line));
        assertThat(probeNodes).as("nodes written by query -e CREATE ...").isZero();
        assertThat(after).as("the graph's content hash after the bad commands").isEqualTo(before);
        assertThat(failures).withFailMessage(() -> failures.size() + " commands misbehaved:\n"
                + String.join("\n", failures)).isEmpty();
    }

    /** The lines that say what a command is doing, not what went wrong. */
    static final java.util.regex.Pattern PROGRESS = java.util.regex.Pattern.compile(
            "(Asking the |Asked the |Scripts unchanged|Loading \\d+ scripts|WARNING: the graph at )");

    /** The rules: a non-zero exit, a first line on stderr naming the problem, no stack trace anywhere. */
    static List<String> problems(Result result) {
        List<String> wrong = new ArrayList<>();
        if (result.code() == 0) {
            wrong.add("exit code 0");
        }
        if (result.code() == -1) {
            wrong.add("did not finish in time");
        }
        // A line that says which graph answers ("Asking the Neo4j at ...") may come first.
        List<String> lines = result.err().lines().filter(l -> !l.isBlank() && !PROGRESS.matcher(l).lookingAt()).toList();
        if (lines.isEmpty()) {
            wrong.add("nothing on stderr");
        } else if (!lines.get(0).startsWith("Error: ") || lines.get(0).strip().length() <= "Error:".length()) {
            wrong.add("the first line on stderr does not name the problem");
        }
        for (String leak : LEAKS) {
            if (result.err().contains(leak)) {
                wrong.add("stderr shows '" + leak.replace("\t", "\\t") + "'");
            }
            if (result.out().contains(leak)) {
                wrong.add("stdout shows '" + leak.replace("\t", "\\t") + "'");
            }
        }
        if (result.err().chars().anyMatch(c -> c == 0x1b || c == 0 || c == 0x07 || c == 0x202e)) {
            wrong.add("stderr echoes a raw control or bidi character");
        }
        return wrong;
    }

    List<Case> cases(String uri, String notBolt) throws IOException {
        String data = folder.resolve("data").toString();
        String tenKb = "a".repeat(10 * 1024);
        Path directory = Files.createDirectories(folder.resolve("a-directory"));
        Path twoStatements = Files.writeString(folder.resolve("two.cypher"), "RETURN 1;\nRETURN 2;\n");
        Path notCypher = Files.writeString(folder.resolve("not.cypher"), "THIS IS NOT CYPHER\n");
        Path negativeWeights = Files.writeString(folder.resolve("negative.yml"), "alignmentShare: -1\n");
        Path garbageWeights = Files.writeString(folder.resolve("garbage.yml"), "{{{ not: yaml ::: [\n");
        Path emptyScripts = Files.createDirectories(folder.resolve("no-scripts"));
        String missing = folder.resolve("no/such/file").toString();

        List<Case> cases = new ArrayList<>();
        // The query commands, each against the shared test graph.
        Map<String, List<List<String>>> query = new LinkedHashMap<>();
        query.put("relations", List.of(
                List.of("year out of range", "1940"), List.of("negative year", "-5"),
                List.of("huge number", "99999999999"), List.of("huge number", "2147483647"),
                List.of("fractional", "1951.5"), List.of("not a number", "abc"), List.of("empty", ""),
                List.of("unknown id", "1951", "--actor", "atlantis"), List.of("near-miss id", "1951", "--actor", "Bulgaira"),
                List.of("10 KB string", "1951", "--actor", tenKb),
                List.of("control character", "1951", "--actor", "atl\u001b[31mantis"),
                List.of("control character", "1951", "--actor", "atl\u0000antis"),
                List.of("control character", "1951", "--actor", "atlantis\nsecond line"),
                List.of("bidi", "1951", "--actor", "\u202Esitnalta"),
                List.of("injection", "1951", "--actor", "' OR 1=1 //"),
                List.of("injection", "1951", "--actor", "\"})-[r]-() DETACH DELETE r //"),
                List.of("missing argument"), List.of("extra argument", "1951", "1952"),
                List.of("unknown option", "1951", "--bogus"), List.of("option without value", "1951", "--actor")));
        query.put("dyad", List.of(
                List.of("unknown id", "dprk", "atlantis"), List.of("same actor twice", "dprk", "North Korea"),
                List.of("span ends before it starts", "dprk", "ussr", "--from", "1970", "--to", "1960"),
                List.of("year out of range", "dprk", "ussr", "--from", "1800"),
                List.of("not a number", "dprk", "ussr", "--from", "abc"),
                List.of("huge number", "dprk", "ussr", "--to", "99999999999"),
                List.of("fractional", "dprk", "ussr", "--to", "1960.5"),
                List.of("10 KB string", tenKb, "ussr"), List.of("injection", "`", "ussr"),
                List.of("injection", "$param", "ussr"), List.of("control character", "ussr", "\u0007\u0000"),
                List.of("missing argument", "dprk"), List.of("unknown option", "dprk", "ussr", "--bogus")));
        query.put("triangle", List.of(
                List.of("year out of range", "1800"), List.of("not a number", "abc"),
                List.of("two actors", "1951", "dprk", "ussr"), List.of("unknown id", "1951", "dprk", "ussr", "atlantis"),
                List.of("same actor twice", "1951", "dprk", "dprk", "prc"),
                List.of("four actors", "1951", "dprk", "ussr", "prc", "usa"),
                List.of("10 KB string", "1951", "dprk", "ussr", tenKb), List.of("injection", "1951", "dprk", "ussr", "{"),
                List.of("unknown option", "1951", "--bogus")));
        query.put("fact", List.of(
                List.of("unknown id", "no-such-fact"), List.of("retired id", "relation-dprk-prc-crisis-1966"),
                List.of("other letter case", "FLOW-USSR-DPRK-TRADE-1949"),
                List.of("10 KB string", tenKb), List.of("control character", "flow\u0000\u001b[2J"),
                List.of("injection", "' OR 1=1 //"), List.of("injection", "\"})-[r]-() DETACH DELETE r //"),
                List.of("missing argument"), List.of("unknown option", "no-such-fact", "--bogus")));
        query.put("index", List.of(
                List.of("unknown id", "--actor", "atlantis"), List.of("unknown measure", "--measure", "bogus"), List.of("year out of range", "--from", "1800"),
                List.of("not a number", "--from", "abc"), List.of("huge number", "--to", "99999999999"),
                List.of("span ends before it starts", "--from", "1970", "--to", "1960"),
                List.of("10 KB string", "--actor", tenKb),
                List.of("unwritable chart", "--from", "1950", "--to", "1951", "--chart", missing + ".svg"),
                List.of("unwritable chart", "--from", "1950", "--to", "1951", "--png", missing + ".png"),
                List.of("unknown option", "--bogus")));
        query.put("explain", List.of(
                List.of("year out of range", "dprk", "prc", "1800"), List.of("not a number", "dprk", "prc", "abc"),
                List.of("huge number", "dprk", "prc", "99999999999"), List.of("unknown id", "dprk", "atlantis", "1956"),
                List.of("same actor twice", "dprk", "Pyongyang", "1956"),
                List.of("10 KB string", tenKb, "prc", "1956"), List.of("control character", "dprk", "atl\u001b[1mantis", "1956"),
                List.of("missing argument", "dprk", "prc"), List.of("unknown option", "dprk", "prc", "1956", "--bogus")));
        query.put("alignment", List.of(
                List.of("year out of range", "--from", "1800"), List.of("not a number", "--from", "abc"),
                List.of("huge number", "--to", "99999999999"),
                List.of("span ends before it starts", "--from", "1970", "--to", "1960"),
                List.of("empty", "--from", ""), List.of("unknown option", "--bogus"),
                List.of("extra argument", "1960")));
        query.put("validity", List.of(List.of("unknown option", "--bogus"), List.of("extra argument", "dprk"),
                List.of("missing weights file", "--weights", missing)));
        query.put("disagreements", List.of(List.of("unknown option", "--bogus"), List.of("extra argument", "dprk"),
                List.of("missing weights file", "--weights", missing)));
        query.put("sensitivity", List.of(
                List.of("missing weights file", "--weights", missing), List.of("negative weight", "--weights", negativeWeights.toString()),
                List.of("malformed weights file", "--weights", garbageWeights.toString()),
                List.of("directory for a file", "--weights", directory.toString()),
                List.of("unknown option", "--bogus")));
        query.put("query", List.of(
                List.of("missing file", missing + ".cypher"), List.of("directory for a file", directory.toString()),
                List.of("two statements", twoStatements.toString()), List.of("not Cypher", notCypher.toString()),
                List.of("not Cypher", "-e", "THIS IS NOT CYPHER"), List.of("empty", "-e", ""),
                List.of("missing parameter", "-e", "RETURN $missing AS x"),
                List.of("write in a read query", "-e", "CREATE (p:BadInputProbe {at: 1}) RETURN p"),
                List.of("write in a read query", "-e", "MATCH (n:BadInputProbe) DETACH DELETE n"),
                List.of("injection", "-e", "MATCH (a:Actor {id: '' OR 1=1 //'}) RETURN a"),
                List.of("malformed parameter", "-e", "RETURN 1", "-P", "novalue"),
                List.of("10 KB string", "-e", tenKb), List.of("control character", "-e", "RETURN 1\u0000"),
                List.of("file and -e", twoStatements.toString(), "-e", "RETURN 1"),
                List.of("control character", "no\u0000such.cypher"),
                List.of("missing argument"), List.of("unknown option", "-e", "RETURN 1", "--bogus")));
        String file = folder.resolve("graph.json").toString();
        query.put("export", List.of(
                List.of("unknown format", "--format", "xlsx", "--out", file), List.of("empty", "--format", "", "--out", file),
                List.of("missing option", "--out", file), List.of("missing option", "--format", "json"),
                List.of("csv to standard output", "--format", "csv", "--out", "-"),
                List.of("directory for a file", "--format", "json", "--out", directory.toString()),
                List.of("file for a directory", "--format", "csv", "--out", twoStatements.toString()),
                List.of("missing folder", "--format", "gexf", "--out", missing + ".gexf"),
                List.of("control character", "--format", "js\u001b[2Jon", "--out", file),
                List.of("10 KB string", "--format", tenKb, "--out", file),
                List.of("unknown option", "--format", "json", "--out", file, "--bogus")));
        for (Map.Entry<String, List<List<String>>> command : query.entrySet()) {
            for (List<String> c : command.getValue()) {
                List<String> args = new ArrayList<>();
                args.add(command.getKey());
                args.addAll(c.subList(1, c.size()));
                args.addAll(List.of("--uri", uri, "--data-dir", data));
                cases.add(new Case(command.getKey(), c.get(0), args));
            }
            // The connection, for each query command: a URI of another scheme, one that does not parse,
            // a port where nothing listens, a server that does not speak Bolt.
            List<String> valid = validArguments(command.getKey());
            for (String[] connection : List.of(new String[] {"invalid --uri", "http://127.0.0.1:7474"},
                    new String[] {"invalid --uri", "not a uri"}, new String[] {"invalid --uri", ""},
                    new String[] {"unreachable --uri", "bolt://127.0.0.1:1"},
                    new String[] {"not a Bolt server", notBolt})) {
                List<String> args = new ArrayList<>();
                args.add(command.getKey());
                args.addAll(valid);
                args.addAll(List.of("--uri", connection[1], "--data-dir", data));
                cases.add(new Case(command.getKey(), connection[0], args));
            }
        }
        // The commands that change or build a database: only input that fails before any is touched.
        cases.add(new Case("load", "invalid --uri", List.of("load", "--uri", "http://127.0.0.1:7474", "--data-dir", data)));
        cases.add(new Case("load", "unreachable --uri", List.of("load", "--uri", "bolt://127.0.0.1:1", "--data-dir", data)));
        cases.add(new Case("load", "not a Bolt server", List.of("load", "--uri", notBolt, "--data-dir", data)));
        cases.add(new Case("load", "missing folder", List.of("load", "--scripts", missing, "--data-dir", data)));
        cases.add(new Case("load", "folder without scripts", List.of("load", "--scripts", emptyScripts.toString(),
                "--data-dir", data)));
        cases.add(new Case("load", "unknown option value", List.of("load", "--statement-mode", "BOGUS", "--uri", uri)));
        cases.add(new Case("load", "unknown option", List.of("load", "--bogus", "--uri", uri)));
        // generate: bad numbers, and the article's graph refused as a target (nothing is written to it).
        cases.add(new Case("generate", "not a number", List.of("generate", "--events", "abc", "--data-dir", data)));
        cases.add(new Case("generate", "out of range", List.of("generate", "--states", "1", "--data-dir", data)));
        cases.add(new Case("generate", "out of range", List.of("generate", "--events", "0", "--data-dir", data)));
        cases.add(new Case("generate", "no --database", List.of("generate", "--events", "10", "--uri", uri)));
        cases.add(new Case("generate", "article's database", List.of("generate", "--events", "10", "--uri", uri,
                "--database", "neo4j")));
        cases.add(new Case("generate", "unknown option", List.of("generate", "--bogus")));
        cases.add(new Case("bench-scale", "no --database", List.of("bench-scale", "--uri", uri)));
        cases.add(new Case("validate", "missing file", List.of("validate", "--source-text", missing, "--uri", uri)));
        cases.add(new Case("validate", "directory for a file", List.of("validate", "--source-text", directory.toString(),
                "--uri", uri)));
        cases.add(new Case("validate", "control character", List.of("validate", "--source-text", "a\u0000b", "--uri", uri)));
        cases.add(new Case("validate", "invalid --uri", List.of("validate", "--uri", "http://127.0.0.1:7474")));
        cases.add(new Case("validate", "unreachable --uri", List.of("validate", "--uri", "bolt://127.0.0.1:1")));
        cases.add(new Case("validate", "missing folder", List.of("validate", "--scripts", missing, "--data-dir", data)));
        cases.add(new Case("validate", "unknown option", List.of("validate", "--bogus")));
        cases.add(new Case("serve", "not a number", List.of("serve", "--port", "abc", "--data-dir", data)));
        cases.add(new Case("serve", "port out of range", List.of("serve", "--uri", uri, "--port", "99999")));
        cases.add(new Case("serve", "port out of range", List.of("serve", "--uri", uri, "--port", "-1")));
        cases.add(new Case("serve", "open bind without password", List.of("serve", "--bind", "0.0.0.0", "--data-dir", data)));
        cases.add(new Case("serve", "invalid --uri", List.of("serve", "--uri", "http://127.0.0.1:7474", "--port", "0")));
        cases.add(new Case("serve", "unreachable --uri", List.of("serve", "--uri", "bolt://127.0.0.1:1", "--port", "0")));
        cases.add(new Case("serve", "missing weights file", List.of("serve", "--uri", uri, "--port", "0", "--weights", missing)));
        cases.add(new Case("serve", "unknown option", List.of("serve", "--bogus")));
        cases.add(new Case("train", "unknown option", List.of("train", "--bogus")));
        cases.add(new Case("(none)", "unknown command", List.of("bogus")));
        cases.add(new Case("(none)", "unknown command", List.of("relation", "1951")));
        cases.add(new Case("(none)", "unknown option", List.of("--bogus")));
        return cases;
    }

    /** Arguments that the command accepts, for the cases that vary the connection alone. */
    static List<String> validArguments(String command) {
        return switch (command) {
            case "relations", "triangle" -> List.of("1951");
            case "dyad" -> List.of("dprk", "ussr");
            case "fact" -> List.of("flow-ussr-dprk-trade-1949");
            case "explain" -> List.of("dprk", "prc", "1956");
            case "query" -> List.of("-e", "RETURN 1 AS one");
            case "export" -> List.of("--format", "json", "--out", "-");
            default -> List.of();
        };
    }

    /** Runs a command line in this JVM with standard output and error captured, for at most a minute. */
    static Result run(List<String> args) throws Exception {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "cli-bad-input");
            thread.setDaemon(true);
            return thread;
        });
        long started = System.nanoTime();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            Future<Integer> code = executor.submit(() -> {
                var cli = Cli.commandLine();
                cli.setOut(new PrintWriter(System.out, true));
                cli.setErr(new PrintWriter(System.err, true));
                return cli.execute(args.toArray(String[]::new));
            });
            int exit;
            try {
                exit = code.get(60, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                code.cancel(true);
                exit = -1;
            }
            return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                    (System.nanoTime() - started) / 1e9);
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
            executor.shutdownNow();
        }
    }

    private static String summary(Map<String, Map<String, Integer>> byCommand, Map<String, Map<String, Integer>> byKind,
            Map<String, Double> seconds, List<String> transcript, int failures) {
        int total = byCommand.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
        StringBuilder out = new StringBuilder(String.format("%nCLI bad-input suite: %d command lines, %d failures%n",
                total, failures));
        out.append(table("COMMAND", byCommand, seconds));
        out.append(table("KIND OF INPUT", byKind, Map.of()));
        out.append("\nEXIT COMMAND       KIND                     ARGUMENTS (TEST-GRAPH: the shared graph's Bolt URI)\n");
        transcript.forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    private static String table(String title, Map<String, Map<String, Integer>> rows, Map<String, Double> seconds) {
        List<String> codes = rows.values().stream().flatMap(m -> m.keySet().stream()).distinct().sorted().toList();
        int width = Math.max(title.length(), rows.keySet().stream().mapToInt(String::length).max().orElse(0)) + 2;
        StringBuilder out = new StringBuilder("\n").append(String.format("%-" + width + "s%6s", title, "TOTAL"));
        codes.forEach(c -> out.append(String.format("%8s", c)));
        out.append(seconds.isEmpty() ? "" : "  SECONDS").append('\n');
        rows.forEach((name, counts) -> {
            out.append(String.format("%-" + width + "s%6d", name, counts.values().stream().mapToInt(Integer::intValue).sum()));
            codes.forEach(c -> out.append(String.format("%8s", counts.getOrDefault(c, 0) == 0 ? "." : counts.get(c))));
            if (!seconds.isEmpty()) {
                out.append(String.format("  %7.1f", seconds.getOrDefault(name, 0.0)));
            }
            out.append('\n');
        });
        return out.toString();
    }

    /** Control characters made visible, and long text cut, for the report. */
    static String visible(String text) {
        String shown = text.chars().mapToObj(c -> c < 0x20 || c == 0x7f || c == 0x202e ? String.format("\\u%04x", c)
                : String.valueOf((char) c)).collect(Collectors.joining());
        return shown.length() <= 200 ? shown : shown.substring(0, 200) + "... (" + shown.length() + " chars)";
    }

    /** A loopback server that answers every connection with an HTTP error, as a web server on a Bolt URI would. */
    static final class NotBolt implements AutoCloseable {

        private final ServerSocket socket;
        private final Thread thread;

        NotBolt() throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            thread = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket client = socket.accept()) {
                        OutputStream out = client.getOutputStream();
                        out.write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                                .getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                    } catch (IOException closed) {
                        // The test is over, or the client went away.
                    }
                }
            }, "not-bolt");
            thread.setDaemon(true);
            thread.start();
        }

        String uri() {
            return "bolt://127.0.0.1:" + socket.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
