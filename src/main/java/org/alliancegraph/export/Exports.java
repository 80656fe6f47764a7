package org.alliancegraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.alliancegraph.AllianceGraph;
import org.alliancegraph.system.Reads;
import org.neo4j.driver.Driver;

/**
 * The exports of the graph, for R and Stata (the dyad-year CSV files and their Data Package),
 * Gephi (dynamic GEXF), any graph tool (GraphML), and for a copy of the whole graph (JSON). Each
 * is written to a stream as it is read: the CSV files year by year, the graph files dyad by dyad,
 * the dump node by node. The dyad-years come from the same Java API as /api/relations and
 * /api/dyads, so the files say what the service says.
 */
public final class Exports {

    private final AllianceGraph graph;
    private final Reads reads;
    private final String creator;

    /**
     * @param graph   the Java API on {@code driver}
     * @param driver  the driver the exports read through
     * @param timeout how long one read may take
     * @param creator the program that writes the files, as they name it
     */
    public Exports(AllianceGraph graph, Driver driver, Duration timeout, String creator) {
        this.graph = graph;
        this.reads = new Reads(driver, timeout);
        this.creator = creator;
    }

    /** The export formats. */
    public enum Format {
        CSV, GEXF, GRAPHML, JSON
    }

    /** The provenance of the graph the exports read. */
    public Provenance provenance() {
        return Provenance.read(reads);
    }

    /** One CSV file of the dyad-year export. */
    public void csv(CsvTable table, OutputStream out) {
        csvExport().write(table, out);
    }

    /**
     * The three files of the panel, written in one pass over the dyad-years (each stream is left
     * open), as the CLI writes a directory of them.
     */
    public void panel(OutputStream undirected, OutputStream directed, OutputStream flows) {
        csvExport().writePanel(Map.of(CsvTable.DYAD_YEARS, undirected, CsvTable.DIRECTED_DYAD_YEARS, directed,
                CsvTable.FLOWS, flows));
    }

    private CsvExport csvExport() {
        return new CsvExport(new DyadYears(graph, reads), reads);
    }

    /** The Data Package descriptor of the CSV files. */
    public void dataPackage(OutputStream out) {
        DataPackage.write(provenance(), out);
    }

    /** The CSV files and their descriptor into a directory, created if need be; files of the same names are replaced. */
    public void csvDirectory(Path directory) {
        try {
            Files.createDirectories(directory);
            try (OutputStream undirected = Files.newOutputStream(directory.resolve(CsvTable.DYAD_YEARS.fileName()));
                    OutputStream directed = Files.newOutputStream(directory.resolve(CsvTable.DIRECTED_DYAD_YEARS.fileName()));
                    OutputStream flows = Files.newOutputStream(directory.resolve(CsvTable.FLOWS.fileName()))) {
                csvExport().writePanel(Map.of(CsvTable.DYAD_YEARS, undirected, CsvTable.DIRECTED_DYAD_YEARS, directed,
                        CsvTable.FLOWS, flows));
            }
            try (OutputStream out = Files.newOutputStream(directory.resolve(CsvTable.ACTORS.fileName()))) {
                csv(CsvTable.ACTORS, out);
            }
            try (OutputStream out = Files.newOutputStream(directory.resolve(DataPackage.FILE_NAME))) {
                dataPackage(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the CSV files to " + directory, e);
        }
    }

    /** The CSV files and their descriptor as one zip archive (a zipped Data Package). */
    public void csvZip(OutputStream out) {
        try {
            ZipOutputStream zip = new ZipOutputStream(out);
            zip.putNextEntry(new ZipEntry(DataPackage.FILE_NAME));
            dataPackage(zip);
            zip.closeEntry();
            for (CsvTable table : CsvTable.values()) {
                zip.putNextEntry(new ZipEntry(table.fileName()));
                csv(table, zip);
                zip.closeEntry();
            }
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the zip archive", e);
        }
    }

    /** The actor network as dynamic GEXF 1.3. */
    public void gexf(OutputStream out) {
        GexfExport.write(new ActorNetwork(graph, reads), provenance(), creator, out);
    }

    /** The actor network as GraphML, one edge per dyad-year. */
    public void graphMl(OutputStream out) {
        GraphMlExport.write(new ActorNetwork(graph, reads), provenance(), out);
    }

    /** The whole graph as JSON, with its provenance and schema. */
    public void json(OutputStream out) {
        JsonDump.write(reads, provenance(), creator, out);
    }

    /** The program that writes the files, as they name it: {@code Alliance Graph 0.1.0}. */
    public static String creator() {
        String version = Exports.class.getPackage().getImplementationVersion();
        return "Alliance Graph" + (version == null ? " (development build)" : " " + version);
    }

    /** One sentence that says what a file is and where it comes from. */
    static String describe(Provenance provenance) {
        return provenance.title() + ", version " + provenance.version() + (provenance.license() == null ? ""
                : ", licence " + provenance.license()) + ". Built from " + provenance.citation() + ".";
    }
}
