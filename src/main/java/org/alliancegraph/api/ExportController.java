package org.alliancegraph.api;

import java.io.OutputStream;
import java.time.Duration;
import java.util.function.Consumer;

import io.swagger.v3.oas.annotations.Operation;
import org.alliancegraph.AllianceGraph;
import org.alliancegraph.export.CsvTable;
import org.alliancegraph.export.Exports;
import org.neo4j.driver.Driver;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The exports as files: the dyad-year CSV files with their Data Package descriptor (whose paths
 * are relative, so that it reads the files beside it here), the dynamic GEXF, the GraphML and the
 * JSON dump. Each is streamed as it is written. The dataset is read before the response starts,
 * so that a database that cannot answer is a 503 problem; a failure after the first bytes can only
 * cut the response short, which the log reports.
 */
@RestController
@RequestMapping("/api/export")
class ExportController {

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final Exports exports;

    ExportController(AllianceGraph graph, Driver driver, Duration queryTimeout) {
        this.exports = new Exports(graph, driver, queryTimeout, Exports.creator());
    }

    @GetMapping("/dyad-years.csv")
    @Operation(summary = "The undirected dyad-year panel, keyed by actor ids and year, with COW codes (docs/codebook.md)")
    ResponseEntity<StreamingResponseBody> dyadYears() {
        return csv(CsvTable.DYAD_YEARS);
    }

    @GetMapping("/directed-dyad-years.csv")
    @Operation(summary = "The directed dyad-year panel: each dyad-year in both directions, with the flows of that direction")
    ResponseEntity<StreamingResponseBody> directedDyadYears() {
        return csv(CsvTable.DIRECTED_DYAD_YEARS);
    }

    @GetMapping("/dyad-year-flows.csv")
    @Operation(summary = "Every flow fact in every dyad-year it counts in, with its stated amount and the year's share")
    ResponseEntity<StreamingResponseBody> flows() {
        return csv(CsvTable.FLOWS);
    }

    @GetMapping("/actors.csv")
    @Operation(summary = "Every actor, with its Correlates of War code for states")
    ResponseEntity<StreamingResponseBody> actors() {
        return csv(CsvTable.ACTORS);
    }

    @GetMapping("/datapackage.json")
    @Operation(summary = "The Frictionless Data Package descriptor of the CSV files: types, missing values, keys")
    ResponseEntity<StreamingResponseBody> dataPackage() {
        return file("datapackage.json", MediaType.APPLICATION_JSON, exports::dataPackage);
    }

    @GetMapping("/dyad-years.zip")
    @Operation(summary = "The CSV files and their descriptor as one zipped Data Package")
    ResponseEntity<StreamingResponseBody> zip() {
        return file("alliance-graph-dyad-years.zip", new MediaType("application", "zip"), exports::csvZip);
    }

    @GetMapping("/graph.gexf")
    @Operation(summary = "The actor network as dynamic GEXF 1.3 for Gephi's timeline: spells, status and net by year")
    ResponseEntity<StreamingResponseBody> gexf() {
        return file("alliance-graph.gexf", new MediaType("application", "gexf+xml", java.nio.charset.StandardCharsets.UTF_8),
                exports::gexf);
    }

    @GetMapping("/graph.graphml")
    @Operation(summary = "The actor network as GraphML: one edge per dyad-year, the same attributes as typed keys")
    ResponseEntity<StreamingResponseBody> graphMl() {
        return file("alliance-graph.graphml",
                new MediaType("application", "graphml+xml", java.nio.charset.StandardCharsets.UTF_8), exports::graphMl);
    }

    @GetMapping("/graph.json")
    @Operation(summary = "The whole graph as JSON, with its provenance and schema; it loads back into an empty database")
    ResponseEntity<StreamingResponseBody> json() {
        return file("alliance-graph.json", MediaType.APPLICATION_JSON, exports::json);
    }

    private ResponseEntity<StreamingResponseBody> csv(CsvTable table) {
        return file(table.fileName(), CSV, out -> exports.csv(table, out));
    }

    private ResponseEntity<StreamingResponseBody> file(String name, MediaType type, Consumer<OutputStream> write) {
        exports.provenance();
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                .body(write::accept);
    }
}
