package org.alliancegraph.scale;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.alliancegraph.actor.Actors;
import org.alliancegraph.embedded.EmbeddedNeo4j;
import org.alliancegraph.index.Weights;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;

/**
 * Loads a synthetic graph into a new embedded store the fast way: the generator writes CSV files
 * in the layout of {@code neo4j-admin database import full}, Neo4j's offline importer (which the
 * embedded server's libraries include) builds the store from them, and the schema's constraints
 * and indexes are then created on the full store, which populates them in bulk. Only for a new
 * store of its own: an existing server takes the batched {@code UNWIND} writes of
 * {@link SyntheticLoader} instead.
 */
final class SyntheticImport {

    /** The files, each with its header: node files first, then relationship files. */
    private enum File {
        DATASETS("id:ID(Dataset),title,version,synthetic:boolean,seed:long,states:long,events:long,firstYear:long,"
                + "lastYear:long,facts:long,aggregates,loadId,:LABEL", true),
        SOURCES("id:ID(Source),citation,synthetic:boolean,coverageTo:long,:LABEL", true),
        SECTIONS("id:ID(Section),key,title,order:long,source,:LABEL", true),
        NOTES("id:ID(Note),number:long,section,source,:LABEL", true),
        ACTORS("id:ID(Actor),name,short,kind,cow:long,start,end,synthetic:boolean,:LABEL", true),
        NAMES("key:ID(Name),:LABEL", true),
        DYADS("id:ID(Dyad),a,b,:LABEL", true),
        FACTS("id:ID(Fact),type,summary,start,end,startEarliest:date,startLatest:date,startPrecision,endEarliest:date,"
                + "endLatest:date,endPrecision,section,note:long,quote,source,certainty,claimant,synthetic:boolean,"
                + "dyadIds:string[],status,eventKind,participants:string[],giver,receiver,flowKind,amount:double,unit,"
                + "currency,qualifier,severity,topic,parties:string[],obligations:string[],name,signed,:LABEL", true),
        BUILT_FROM(":START_ID(Dataset),:END_ID(Source),:TYPE", false),
        PART_OF(":START_ID(Section),:END_ID(Source),:TYPE", false),
        IN(":START_ID(Note),:END_ID(Section),:TYPE", false),
        NAMES_ACTOR(":START_ID(Name),:END_ID(Actor),:TYPE", false),
        SIDE(":START_ID(Dyad),:END_ID(Actor),:TYPE", false),
        INVOLVES(":START_ID(Fact),:END_ID(Actor),:TYPE,role", false),
        CONCERNS(":START_ID(Fact),:END_ID(Dyad),:TYPE", false),
        EVIDENCE(":START_ID(Fact),:END_ID(Note),:TYPE,quote,primary:boolean,derived:boolean", false),
        ACTIVE(":START_ID(Fact),:END_ID(Actor),:TYPE,actor,year:long,start:date", false),
        TIES(":START_ID(Actor),:END_ID(Actor),:TYPE,a,b,dyad,year:long,status,statuses:string[],certain:boolean,facts:long,"
                + "integration:double,divergence:double,net:double", false);

        final String header;
        final boolean nodes;

        File(String header, boolean nodes) {
            this.header = header;
            this.nodes = nodes;
        }

        /** The property keys of a fact, in the order of the FACTS header. */
        static List<String> factKeys() {
            return List.of(FACTS.header.split(",")).stream().map(c -> c.replaceAll(":.*", "")).filter(c -> !c.isEmpty())
                    .toList();
        }
    }

    /** The page cache of the server that creates the schema after the import. */
    private static final long SCHEMA_PAGE_CACHE = 128L * 1024 * 1024;

    private final Path directory;
    private final Consumer<String> log;

    /** @param directory where the CSV files go (emptied first) */
    SyntheticImport(Path directory, Consumer<String> log) {
        this.directory = directory;
        this.log = log;
    }

    /**
     * Writes the CSV files of the generator's graph, imports them into a new store at {@code graph}
     * and creates the schema on it.
     */
    SyntheticLoader.Loaded load(SyntheticGenerator generator, Weights weights, Path graph, long pageCache) {
        long started = System.nanoTime();
        SyntheticSpec spec = generator.spec();
        long[] counts = write(generator, weights);
        log.accept(String.format("Wrote the CSV files of %,d facts in %.1f s", counts[0], (System.nanoTime() - started) / 1e9));
        runImporter(graph);
        log.accept(String.format("Imported in %.1f s", (System.nanoTime() - started) / 1e9));
        // The importer's memory is garbage now: hand the heap it grew back before the server's page cache is added,
        // so that the schema's phase stays below the import's peak. Populating indexes reads the store in one
        // sequential pass, for which a small page cache does as well as a large one.
        System.gc();
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(graph, EmbeddedNeo4j.Connectors.none(),
                Math.min(pageCache, SCHEMA_PAGE_CACHE))) {
            new SyntheticLoader(GraphWriter.embedded(server.database()), SyntheticLoader.DEFAULT_BATCH, log).schema();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        log.accept(String.format("Imported %,d facts, %,d dyads and %,d yearly ties, with the schema, in %.1f s (%,.0f facts/s)",
                counts[0], counts[1], counts[2], seconds, counts[0] / seconds));
        return new SyntheticLoader.Loaded(counts[0], counts[2], counts[1], seconds);
    }

    private long[] write(SyntheticGenerator generator, Weights weights) {
        SyntheticSpec spec = generator.spec();
        Map<File, BufferedWriter> out = new EnumMap<>(File.class);
        long[] counts = new long[3];
        try {
            Files.createDirectories(directory);
            for (File f : File.values()) {
                BufferedWriter w = Files.newBufferedWriter(directory.resolve(f.name().toLowerCase() + ".csv"), StandardCharsets.UTF_8);
                w.write(f.header);
                w.newLine();
                out.put(f, w);
            }
            row(out.get(File.DATASETS), SyntheticGenerator.DATASET, "Alliance Graph synthetic events (not historical)",
                    "synthetic-" + spec.seed(), true, spec.seed(), spec.states(), spec.events(), spec.firstYear(), spec.lastYear(),
                    spec.events(), weights.fingerprint(), UUID.randomUUID().toString(), "Dataset");
            String source = SyntheticGenerator.SOURCE;
            row(out.get(File.SOURCES), source, String.format("Synthetic dyadic events: %d states, %d events, seed %d, %d-%d. "
                    + "Not a historical source.", spec.states(), spec.events(), spec.seed(), spec.firstYear(), spec.lastYear()),
                    true, spec.lastYear(), "Source");
            row(out.get(File.SECTIONS), source + "/records", "records", "Synthetic records", 1, source, "Section");
            row(out.get(File.BUILT_FROM), SyntheticGenerator.DATASET, source, "BUILT_FROM");
            row(out.get(File.PART_OF), source + "/records", source, "PART_OF");
            for (int n = 1; n <= SyntheticGenerator.NOTES; n++) {
                row(out.get(File.NOTES), source + "/n" + n, n, "records", source, "Note");
                row(out.get(File.IN), source + "/n" + n, source + "/records", "IN");
            }
            for (int i = 0; i < spec.states(); i++) {
                String id = SyntheticGenerator.stateId(i);
                String name = "State " + id.substring(1);
                row(out.get(File.ACTORS), id, name, id, "state", 10_000L + i + 1, "..", "..", true, "Actor;State");
                for (String key : List.of(id, Actors.key(name))) {
                    row(out.get(File.NAMES), key, "Name");
                    row(out.get(File.NAMES_ACTOR), key, id, "NAMES");
                }
            }
            List<String> keys = File.factKeys();
            Progress progress = Progress.of("Generating", spec.events(), "facts");
            generator.forEachDyad(dyad -> {
                try {
                    progress.stepBy(dyad.facts().size());
                    counts[1]++;
                    row(out.get(File.DYADS), dyad.dyad(), dyad.a(), dyad.b(), "Dyad");
                    row(out.get(File.SIDE), dyad.dyad(), dyad.a(), "SIDE");
                    row(out.get(File.SIDE), dyad.dyad(), dyad.b(), "SIDE");
                    for (SyntheticFact fact : dyad.facts()) {
                        counts[0]++;
                        Map<String, Object> p = fact.properties();
                        List<Object> values = new ArrayList<>(keys.size() + 1);
                        keys.forEach(k -> values.add(p.get(k)));
                        values.add("Fact;" + fact.label());
                        row(out.get(File.FACTS), values.toArray());
                        String id = fact.dated().id();
                        row(out.get(File.INVOLVES), id, dyad.a(), "INVOLVES", fact.roleA());
                        row(out.get(File.INVOLVES), id, dyad.b(), "INVOLVES", fact.roleB());
                        row(out.get(File.CONCERNS), id, dyad.dyad(), "CONCERNS");
                        row(out.get(File.EVIDENCE), id, fact.note(), "EVIDENCE", p.get("quote"), true, true);
                        for (SyntheticFact.Year y : fact.years()) {
                            row(out.get(File.ACTIVE), id, dyad.a(), "ACTIVE", dyad.a(), y.year(), p.get("startEarliest"));
                            row(out.get(File.ACTIVE), id, dyad.b(), "ACTIVE", dyad.b(), y.year(), p.get("startEarliest"));
                        }
                    }
                    for (YearTies.Tie t : dyad.ties()) {
                        counts[2]++;
                        row(out.get(File.TIES), t.a(), t.b(), "TIE", t.a(), t.b(), dyad.dyad(), t.year(), t.status(), t.statuses(),
                                t.certain(), t.facts(), t.integration(), t.divergence(), t.net());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            progress.close();
            for (BufferedWriter w : out.values()) {
                w.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the CSV files in " + directory, e);
        }
        return counts;
    }

    /** Runs Neo4j's offline importer in this process, into the store at {@code graph}. */
    private void runImporter(Path graph) {
        try {
            Path conf = Files.createDirectories(directory.resolve("conf"));
            // The importer finds the store through a configuration of its own, pointing where the embedded server looks.
            Files.writeString(conf.resolve("neo4j.conf"), "server.directories.data=" + graph.toAbsolutePath() + "\n"
                    + "server.directories.transaction.logs.root=" + graph.resolve("transactions").toAbsolutePath() + "\n");
            List<String> args = new ArrayList<>(List.of("database", "import", "full", "neo4j", "--overwrite-destination=true",
                    "--max-off-heap-memory=256m", "--threads=2",
                    // Its report of bad entries goes with the CSV files (removed after the load), not into the working folder.
                    "--report-file=" + directory.resolve("import.report")));
            for (File f : File.values()) {
                args.add((f.nodes ? "--nodes=" : "--relationships=") + directory.resolve(f.name().toLowerCase() + ".csv"));
            }
            // On a terminal the importer's own progress (stage by stage, with times) is shown; elsewhere it is
            // kept, and its last line reported if it fails.
            java.io.ByteArrayOutputStream report = new java.io.ByteArrayOutputStream();
            java.io.PrintStream quiet = System.console() != null ? System.err
                    : new java.io.PrintStream(report, true, StandardCharsets.UTF_8);
            int exit = AdminTool.execute(new ExecutionContext(directory, conf, quiet, quiet,
                    new org.neo4j.io.fs.DefaultFileSystemAbstraction()), args.toArray(String[]::new));
            if (exit != 0 && System.getenv("ALLIANCE_GRAPH_DEBUG") != null) {
                System.err.println(report.toString(StandardCharsets.UTF_8));
            }
            if (exit != 0) {
                throw new IllegalStateException("The import failed (exit " + exit + "): "
                        + report.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                                .reduce((a, b) -> b).orElse(""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the import in " + directory, e);
        }
    }

    /** One CSV row: every value quoted, lists joined by ';', null as an empty field (no property). */
    private static void row(BufferedWriter w, Object... values) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            Object v = values[i];
            if (v == null || v instanceof List<?> list && list.isEmpty()) {
                continue;
            }
            String text = v instanceof List<?> list ? list.stream().map(String::valueOf).collect(Collectors.joining(";"))
                    : String.valueOf(v);
            line.append('"').append(text.replace("\"", "\"\"")).append('"');
        }
        w.write(line.toString());
        w.newLine();
    }
}
