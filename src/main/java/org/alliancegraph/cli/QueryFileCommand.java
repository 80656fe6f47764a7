package org.alliancegraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.alliancegraph.load.CypherScript;
import org.alliancegraph.load.ExampleQuery;
import org.alliancegraph.system.Reads;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code query FILE} or {@code query -e CYPHER}: runs a read query (such as those of
 * cypher/queries/) and prints its rows as a table, or as JSON with --json.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a Cypher read query (a file such as cypher/queries/*.cypher, or -e) and print its rows.")
final class QueryFileCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Mixin
    StoreOptions store;

    @Mixin
    OutputOptions output;

    @Mixin
    TimeoutOptions timeout;

    @ArgGroup(multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(index = "0", paramLabel = "FILE", description = "A file holding one Cypher query.")
        Path file;

        @Option(names = {"-e", "--execute"}, paramLabel = "CYPHER", description = "The query itself.")
        String cypher;
    }

    @Option(names = {"-P", "--param"}, paramLabel = "NAME=VALUE",
            description = "A query parameter; a whole number is passed as a number, anything else as text. "
                    + "A file's '// param: name = value' lines give the defaults.")
    Map<String, String> parameters = new LinkedHashMap<>();

    private static final TypeSystem TYPES = TypeSystem.getDefault();

    @Override
    public Integer call() {
        Phases.mark("jvm");
        String text = source.cypher != null ? source.cypher : text(source.file);
        String cypher = source.cypher != null ? source.cypher : statement(source.file, text);
        // A file's own defaults first ('// param: name = value' at its top), then the command line's.
        Map<String, Object> values = new LinkedHashMap<>(source.cypher != null ? Map.of()
                : ExampleQuery.parameters(source.file.toString(), text));
        parameters.forEach((k, v) -> values.put(k, v.matches("-?\\d+") ? (Object) Long.valueOf(v) : v));
        List<Record> rows;
        List<String> keys;
        try (GraphSession session = GraphSession.open(connection, store)) {
            Phases.mark("database");
            var result = new Reads(session.driver(), timeout.timeout()).result(cypher, values);
            rows = result.records();
            keys = result.keys();
            Phases.mark("query");
        }
        Phases.mark("close");
        if (output.json) {
            List<Map<String, Object>> json = new ArrayList<>();
            rows.forEach(r -> json.add(r.asMap(QueryFileCommand::plain)));
            System.out.println(OutputOptions.json(json));
            return 0;
        }
        var table = Tables.table(keys.stream().mapToInt(k -> width(k, rows)).toArray());
        table.addRowValues(keys.toArray(String[]::new));
        for (Record row : rows) {
            table.addRowValues(keys.stream().map(k -> text(row.get(k))).toArray(String[]::new));
        }
        System.out.print(table);
        System.out.printf("(%d rows)%n", rows.size());
        return 0;
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** The query of a file: its one statement, comments and all. */
    private static String statement(Path file, String text) {
        List<CypherScript.Statement> statements = CypherScript.parse(file.toString(), text).statements();
        if (statements.size() != 1) {
            throw new IllegalArgumentException(file + " holds " + statements.size() + " statements; query runs one");
        }
        return statements.get(0).text();
    }

    private static int width(String key, List<Record> rows) {
        int widest = rows.stream().mapToInt(r -> text(r.get(key)).length()).max().orElse(0);
        return Math.min(Math.max(widest, key.length()) + 2, 60);
    }

    private static Object plain(Value value) {
        if (value.isNull()) {
            return null;
        }
        if (value.hasType(TYPES.NODE())) {
            return value.asNode().asMap(QueryFileCommand::plain);
        }
        if (value.hasType(TYPES.RELATIONSHIP())) {
            return value.asRelationship().asMap(QueryFileCommand::plain);
        }
        if (value.hasType(TYPES.LIST())) {
            return value.asList(QueryFileCommand::plain);
        }
        if (value.hasType(TYPES.MAP())) {
            return value.asMap(QueryFileCommand::plain);
        }
        return value.hasType(TYPES.DATE()) ? value.asLocalDate().toString() : value.asObject();
    }

    private static String text(Value value) {
        if (value.isNull()) {
            return "";
        }
        if (value.hasType(TYPES.STRING())) {
            return value.asString();
        }
        if (value.hasType(TYPES.NODE())) {
            return describe(value.asNode());
        }
        if (value.hasType(TYPES.RELATIONSHIP())) {
            return describe(value.asRelationship());
        }
        if (value.hasType(TYPES.LIST())) {
            return String.join(", ", value.asList(QueryFileCommand::text));
        }
        if (value.hasType(TYPES.FLOAT()) && value.asDouble() == Math.rint(value.asDouble())) {
            return String.valueOf((long) value.asDouble());
        }
        return value.toString();
    }

    private static String describe(Node node) {
        return node.containsKey("id") ? node.get("id").asString() : node.labels().toString();
    }

    private static String describe(Relationship relationship) {
        return relationship.type() + (relationship.containsKey("status") ? " " + relationship.get("status").asString() : "");
    }
}
