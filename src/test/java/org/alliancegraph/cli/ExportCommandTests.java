package org.alliancegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import org.alliancegraph.TestGraph;
import org.alliancegraph.export.CsvTable;
import org.alliancegraph.export.JsonDump;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** {@code export}: each format written where --out says, over --uri, and usage errors as exit code 2. */
class ExportCommandTests {

    @TempDir
    Path folder;

    static String uri() {
        return TestGraph.database().server().boltUri().toString();
    }

    static CliBadInputTests.Result export(String... args) throws Exception {
        List<String> line = new ArrayList<>(List.of("export"));
        line.addAll(List.of(args));
        line.addAll(List.of("--uri", uri()));
        return CliBadInputTests.run(line);
    }

    @Test
    @DisplayName("--format csv --out DIR writes the CSV files and datapackage.json into DIR, creating it")
    void csvDirectory() throws Exception {
        Path out = folder.resolve("panel/nested");

        CliBadInputTests.Result result = export("--format", "csv", "--out", out.toString());

        assertThat(result.code()).as(result.err()).isZero();
        for (CsvTable table : CsvTable.values()) {
            assertThat(Files.readAllLines(out.resolve(table.fileName())).get(0))
                    .isEqualTo(String.join(",", table.columns().stream().map(c -> c.name()).toList()));
            assertThat(result.err()).contains("Wrote " + out.resolve(table.fileName()));
        }
        assertThat(out.resolve("datapackage.json")).exists();
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no part files left").noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    @DisplayName("--format csv --out FILE.zip writes one zipped data package")
    void csvZip() throws Exception {
        Path out = folder.resolve("panel.zip");

        CliBadInputTests.Result result = export("--format", "CSV", "--out", out.toString());

        assertThat(result.code()).as(result.err()).isZero();
        try (ZipFile zip = new ZipFile(out.toFile())) {
            assertThat(zip.getEntry("datapackage.json")).isNotNull();
            assertThat(zip.getEntry("dyad-years.csv")).isNotNull();
        }
    }

    @Test
    @DisplayName("--format gexf and graphml write one XML file each; --format json - writes the dump to standard output")
    void oneFileFormats() throws Exception {
        Path gexf = folder.resolve("graph.gexf");
        Path graphml = folder.resolve("graph.graphml");

        assertThat(export("--format", "gexf", "--out", gexf.toString()).code()).isZero();
        assertThat(export("--format", "graphml", "--out", graphml.toString()).code()).isZero();
        CliBadInputTests.Result json = export("--format", "json", "--out", "-");

        assertThat(Files.readString(gexf)).startsWith("<?xml").contains("<gexf xmlns=\"http://gexf.net/1.3\"");
        assertThat(Files.readString(graphml)).contains("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"");
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(JsonMapper.builder().build().readTree(json.out()).path("format").asString()).isEqualTo(JsonDump.FORMAT);
    }

    @Test
    @DisplayName("usage errors exit 2 with one line, before any database is asked, and write nothing")
    void usageErrors() throws Exception {
        Path directory = Files.createDirectories(folder.resolve("a-directory"));
        Path file = Files.writeString(folder.resolve("a-file"), "x");
        List<List<String>> lines = List.of(
                List.of("--format", "xlsx", "--out", folder.resolve("x.xlsx").toString()),
                List.of("--format", "csv", "--out", "-"),
                List.of("--format", "json", "--out", directory.toString()),
                List.of("--format", "csv", "--out", file.toString()),
                List.of("--format", "json", "--out", folder.resolve("no/such/dir/graph.json").toString()),
                List.of("--format", "json"));
        for (List<String> line : lines) {
            CliBadInputTests.Result result = export(line.toArray(String[]::new));
            assertThat(result.code()).as(String.join(" ", line) + ": " + result.err()).isEqualTo(2);
            assertThat(result.err().lines().findFirst().orElse("")).startsWith("Error: ");
            assertThat(result.out()).isEmpty();
        }
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a-directory", "a-file");
        }
    }

    @Test
    @DisplayName("an export that fails leaves no file where it was going")
    void noHalfFile() throws IOException, Exception {
        Path out = folder.resolve("graph.json");

        CliBadInputTests.Result result = CliBadInputTests.run(List.of("export", "--format", "json", "--out", out.toString(),
                "--uri", "bolt://127.0.0.1:1"));

        assertThat(result.code()).isEqualTo(1);
        assertThat(out).doesNotExist();
    }
}
