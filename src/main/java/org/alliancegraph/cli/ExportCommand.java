package org.alliancegraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.alliancegraph.InvalidRequestException;
import org.alliancegraph.export.CsvTable;
import org.alliancegraph.export.Exports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code export --format csv|gexf|graphml|json --out PATH}: the exports for R, Stata and Gephi, and
 * the whole graph as JSON. {@code csv} writes several files: the dyad-year CSV files and their Data
 * Package descriptor into the directory PATH, or into one zip archive when PATH ends in
 * {@code .zip}. The others write one file, or standard output for {@code -}. A file is written
 * beside its target and moved into place when complete, so a failed export leaves no half file.
 * Like the query commands, it asks a running {@code serve} of the same data directory when there
 * is one, else the Neo4j of {@code --uri}, else the store itself.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the graph: csv (the dyad-year panel with its Data Package descriptor, into a directory or "
                + "a .zip), gexf (dynamic, for Gephi), graphml, or json (the whole graph).")
final class ExportCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Mixin
    StoreOptions store;

    @Mixin
    WeightsOptions weights;

    @Mixin
    TimeoutOptions timeout;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "csv, gexf, graphml or json.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "Where to write: a directory for csv (created if need be; or a file ending in .zip), a file for "
                    + "the others (- for standard output).")
    Path out;

    /** One file to write, and the REST path that serves the same file. */
    private record Target(Path path, String restPath, Consumer<OutputStream> local) {
    }

    @Override
    public Integer call() {
        Phases.mark("jvm");
        Exports.Format chosen = format();
        if (weights.file != null) {
            weights.weights();
        }
        boolean toStandardOutput = out.toString().equals("-");
        checkTarget(chosen, toStandardOutput);
        Optional<ServedGraph.Announcement> serve = connection.uri != null || weights.file != null ? Optional.empty()
                : ServedGraph.find(store.dataDirectory, store.fingerprint()).filter(a -> a.sameScripts() && a.defaultWeights());
        if (serve.isPresent()) {
            Console.info("Asking the Alliance Graph served at " + serve.get().restBase() + " (REST)");
        }
        if (serve.isPresent() && write(chosen, toStandardOutput, serve.get().rest(), null)) {
            Phases.mark("export");
            return 0;
        }
        if (serve.isPresent()) {
            Console.info("The serve announced in " + store.dataDirectory + " does not answer; opening the store");
        }
        try (GraphSession session = GraphSession.open(connection, store)) {
            Phases.mark("database");
            Exports exports = new Exports(session.graph(weights.weights(), timeout.timeout()), session.driver(),
                    timeout.timeout(), Exports.creator());
            write(chosen, toStandardOutput, null, exports);
        }
        Phases.mark("export");
        return 0;
    }

    private Exports.Format format() {
        try {
            return Exports.Format.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("Unknown format '" + format + "': use csv, gexf, graphml or json");
        }
    }

    private void checkTarget(Exports.Format chosen, boolean toStandardOutput) {
        boolean zip = out.toString().toLowerCase(Locale.ROOT).endsWith(".zip");
        if (toStandardOutput && chosen == Exports.Format.CSV) {
            throw new InvalidRequestException("csv writes several files: give --out a directory, or a file ending in .zip");
        }
        if (toStandardOutput) {
            return;
        }
        boolean directory = chosen == Exports.Format.CSV && !zip;
        if (directory && Files.exists(out) && !Files.isDirectory(out)) {
            throw new InvalidRequestException(out + " is a file: csv writes a directory of files (or give a path ending in .zip)");
        }
        if (!directory && Files.isDirectory(out)) {
            throw new InvalidRequestException(out + " is a directory: give the file to write");
        }
        Path parent = out.toAbsolutePath().getParent();
        if (!directory && parent != null && !Files.isDirectory(parent)) {
            throw new InvalidRequestException("No such directory: " + parent);
        }
    }

    /**
     * Writes the export, from the serve's REST API or from {@code exports}.
     *
     * @return false when the serve stopped answering before anything was written
     */
    private boolean write(Exports.Format chosen, boolean toStandardOutput, ServedGraph served, Exports exports) {
        List<Target> targets = new ArrayList<>();
        boolean zip = out.toString().toLowerCase(Locale.ROOT).endsWith(".zip");
        switch (chosen) {
            case CSV -> {
                if (zip) {
                    targets.add(new Target(out, "/api/export/dyad-years.zip", o -> exports.csvZip(o)));
                } else {
                    for (CsvTable table : CsvTable.values()) {
                        targets.add(new Target(out.resolve(table.fileName()), "/api/export/" + table.fileName(),
                                o -> exports.csv(table, o)));
                    }
                    targets.add(new Target(out.resolve("datapackage.json"), "/api/export/datapackage.json",
                            o -> exports.dataPackage(o)));
                }
            }
            case GEXF -> targets.add(new Target(out, "/api/export/graph.gexf", o -> exports.gexf(o)));
            case GRAPHML -> targets.add(new Target(out, "/api/export/graph.graphml", o -> exports.graphMl(o)));
            case JSON -> targets.add(new Target(out, "/api/export/graph.json", o -> exports.json(o)));
        }
        if (toStandardOutput) {
            Target target = targets.get(0);
            if (served != null) {
                return served.download(target.restPath(), System.out);
            }
            target.local().accept(System.out);
            System.out.flush();
            return true;
        }
        try {
            if (chosen == Exports.Format.CSV && !zip) {
                Files.createDirectories(out);
                if (served == null) {
                    writeDirectory(exports, targets);
                    return true;
                }
            }
            for (Target target : targets) {
                Path part = target.path().resolveSibling("." + target.path().getFileName() + ".part");
                try {
                    try (OutputStream file = Files.newOutputStream(part)) {
                        if (served != null) {
                            if (!served.download(target.restPath(), file)) {
                                return false;
                            }
                        } else {
                            target.local().accept(file);
                        }
                    }
                    Files.move(part, target.path(), StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(part);
                }
                Console.info("Wrote " + target.path() + " (" + size(Files.size(target.path())) + ")");
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + out, e);
        }
    }

    /**
     * The CSV files of the store or --uri: written in one pass into a folder inside the target
     * directory, then moved into place file by file.
     */
    private void writeDirectory(Exports exports, List<Target> targets) throws IOException {
        Path part = Files.createTempDirectory(out, ".export-");
        try {
            exports.csvDirectory(part);
            for (Target target : targets) {
                Files.move(part.resolve(target.path().getFileName()), target.path(), StandardCopyOption.REPLACE_EXISTING);
                Console.info("Wrote " + target.path() + " (" + size(Files.size(target.path())) + ")");
            }
        } finally {
            try (var left = Files.list(part)) {
                for (Path file : left.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(part);
        }
    }

    private static String size(long bytes) {
        return bytes < 10_000 ? bytes + " bytes" : String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
    }
}
