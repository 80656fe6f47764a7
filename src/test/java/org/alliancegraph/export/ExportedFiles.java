package org.alliancegraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.alliancegraph.AllianceGraph;
import org.alliancegraph.TestGraph;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The exports of the shared test graph, written once per test JVM into a folder of their own, and
 * read back as their users' tools would: the CSV files by header, as text cells.
 */
final class ExportedFiles {

    private static Path folder;

    private ExportedFiles() {
    }

    /** The exports of the shared graph: the CSV files, datapackage.json, graph.gexf, graph.graphml, graph.json. */
    static synchronized Path folder() {
        if (folder == null) {
            try {
                Path written = Files.createTempDirectory("alliance-graph-export");
                Exports exports = exports();
                exports.csvDirectory(written);
                write(written.resolve("graph.gexf"), exports::gexf);
                write(written.resolve("graph.graphml"), exports::graphMl);
                write(written.resolve("graph.json"), exports::json);
                folder = written;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(written)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folder;
    }

    static Exports exports() {
        return new Exports(AllianceGraph.on(TestGraph.driver()), TestGraph.driver(), Duration.ofSeconds(60), "test");
    }

    static void write(Path file, Consumer<OutputStream> export) {
        try (OutputStream out = Files.newOutputStream(file)) {
            export.accept(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV file's header. */
    static List<String> header(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return List.of(lines.findFirst().orElseThrow().split(",", -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV file's rows, by header, each cell as its text ("" for an empty cell). */
    static List<Map<String, String>> rows(Path file) {
        CsvMapper csv = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows = csv.readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
            List<Map<String, String>> all = new ArrayList<>();
            rows.forEachRemaining(row -> all.add(new LinkedHashMap<>(row)));
            return all;
        }
    }

    /** The rows of one CSV table of the shared export. */
    static List<Map<String, String>> rows(CsvTable table) {
        return rows(folder().resolve(table.fileName()));
    }

    /** The row of a dyad-year in a panel, if there is one. */
    static java.util.Optional<Map<String, String>> row(List<Map<String, String>> rows, String a, String b, int year) {
        return rows.stream().filter(r -> r.get("actor1").equals(a) && r.get("actor2").equals(b)
                && r.get("year").equals(String.valueOf(year))).findFirst();
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder left behind is removed by the system.
        }
    }
}
