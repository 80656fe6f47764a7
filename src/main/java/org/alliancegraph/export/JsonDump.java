package org.alliancegraph.export;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.alliancegraph.load.Ownership;
import org.alliancegraph.system.Reads;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole graph as one JSON document: its provenance, its schema, every node with its labels and
 * typed properties, every relationship with its type, properties and endpoints. Written as the
 * nodes and relationships are read; {@link DumpLoader} reads it back into an empty database, and
 * the graph it loads has the content hash of the graph dumped.
 *
 * <p>Values: a string, number or boolean as JSON writes it, an integer without a decimal point and
 * a float with one (so 1 and 1.0 stay apart, as they do in Neo4j); a list as an array; a temporal
 * value as an object of one property naming its type ({@code {"date": "1951-03-14"}}), which no
 * property of Neo4j can be otherwise, since a property is never a map.
 */
public final class JsonDump {

    /** What the dump calls itself, in its {@code format} property. */
    public static final String FORMAT = "alliance-graph-dump";
    public static final int FORMAT_VERSION = 1;

    /**
     * A node's reference within the dump: the label of the product that gives it its key, and that
     * key ({@code Actor:dprk}, {@code Name:kimilsung}); a node of no such label is named by its
     * element id.
     */
    static final String REF = """
            coalesce([l IN labels(%1$s) WHERE l IN $owned][0] + ':' + coalesce(%1$s.id, %1$s.key), elementId(%1$s))""";

    private static final String NODES = "MATCH (n) WHERE NOT n:" + Ownership.USERS + " RETURN " + REF.formatted("n")
            + " AS ref, labels(n) AS labels, properties(n) AS properties";

    private static final String RELATIONSHIPS = "MATCH (a)-[r]->(b) WHERE NOT a:" + Ownership.USERS + " AND NOT b:"
            + Ownership.USERS + " RETURN type(r) AS type, " + REF.formatted("a") + " AS start, " + REF.formatted("b")
            + " AS end, properties(r) AS properties";

    private static final String CONSTRAINTS = "SHOW CONSTRAINTS YIELD name, createStatement RETURN createStatement ORDER BY name";

    private static final String INDEXES = """
            SHOW INDEXES YIELD name, type, owningConstraint, createStatement
            WHERE owningConstraint IS NULL AND type <> 'LOOKUP'
            RETURN createStatement ORDER BY name
            """;

    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private JsonDump() {
    }

    static void write(Reads reads, Provenance provenance, String creator, OutputStream out) {
        Map<String, Object> owned = Map.of("owned", Ownership.LABELS);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty("format", FORMAT);
            json.writeNumberProperty("formatVersion", FORMAT_VERSION);
            json.writeStringProperty("creator", creator);
            json.writeStringProperty("about", "The whole Alliance Graph: every node (labels, typed properties) and "
                    + "relationship (type, properties, endpoints by ref). Integers have no decimal point, floats have "
                    + "one; a date is {\"date\": \"YYYY-MM-DD\"}. Provenance is in the graph itself: each Fact has "
                    + "EVIDENCE relationships to the Note or Section of the source that states it, with the quote.");
            json.writeName("dataset");
            json.writeStartObject();
            json.writeStringProperty("id", provenance.dataset());
            json.writeStringProperty("title", provenance.title());
            json.writeStringProperty("version", provenance.version());
            json.writeStringProperty("license", provenance.license());
            json.writeStringProperty("released", provenance.released());
            json.writeStringProperty("scriptsSha256", provenance.scriptsSha256());
            json.writeStringProperty("source", provenance.citation());
            json.writeStringProperty("doi", provenance.doi());
            json.writeEndObject();
            json.writeName("schema");
            json.writeStartArray();
            for (String query : List.of(CONSTRAINTS, INDEXES)) {
                reads.records(query).forEach(r -> json.writeString(r.get("createStatement").asString()));
            }
            json.writeEndArray();
            json.writeName("nodes");
            json.writeStartArray();
            reads.stream(NODES, owned, r -> {
                json.writeStartObject();
                json.writeStringProperty("ref", r.get("ref").asString());
                json.writeName("labels");
                json.writeStartArray();
                r.get("labels").asList(Value::asString).stream().sorted().forEach(json::writeString);
                json.writeEndArray();
                properties(json, r);
                json.writeEndObject();
            });
            json.writeEndArray();
            json.writeName("relationships");
            json.writeStartArray();
            reads.stream(RELATIONSHIPS, owned, r -> {
                json.writeStartObject();
                json.writeStringProperty("type", r.get("type").asString());
                json.writeStringProperty("start", r.get("start").asString());
                json.writeStringProperty("end", r.get("end").asString());
                properties(json, r);
                json.writeEndObject();
            });
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void properties(JsonGenerator json, Record r) {
        json.writeName("properties");
        json.writeStartObject();
        new TreeMap<>(r.get("properties").asMap(v -> v)).forEach((key, value) -> {
            json.writeName(key);
            value(json, value.asObject());
        });
        json.writeEndObject();
    }

    private static void value(JsonGenerator json, Object value) {
        if (value instanceof String s) {
            json.writeString(s);
        } else if (value instanceof Long || value instanceof Integer) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Double d) {
            json.writeNumber(d);
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            list.forEach(item -> value(json, item));
            json.writeEndArray();
        } else if (value instanceof LocalDate || value instanceof LocalDateTime || value instanceof ZonedDateTime
                || value instanceof LocalTime || value instanceof OffsetTime) {
            json.writeStartObject();
            json.writeStringProperty(temporalType(value), value.toString());
            json.writeEndObject();
        } else {
            throw new IllegalStateException("The dump cannot write a property of type " + value.getClass().getSimpleName());
        }
    }

    /** The name of a temporal type, as Cypher's functions call it. */
    static String temporalType(Object value) {
        if (value instanceof LocalDate) {
            return "date";
        }
        if (value instanceof LocalDateTime) {
            return "localdatetime";
        }
        if (value instanceof ZonedDateTime) {
            return "datetime";
        }
        return value instanceof LocalTime ? "localtime" : "time";
    }
}
