package org.alliancegraph.export;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.exceptions.ClientException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads a {@link JsonDump} into an empty database: the schema first, then every node and
 * relationship in one transaction, in batches, so that a dump that fails midway leaves the
 * database as it was. The dump is read element by element, never whole.
 */
public final class DumpLoader {

    private static final int BATCH = 500;

    /** Reads one element of the dump at a time as a tree, the parser then standing inside the document. */
    private static final JsonMapper READER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private static final String CREATE_NODES = """
            UNWIND $rows AS row
            CREATE (n) SET n = row.properties SET n:$(row.labels)
            RETURN row.ref AS ref, elementId(n) AS element
            """;

    private static final String CREATE_RELATIONSHIPS = """
            UNWIND $rows AS row
            MATCH (a) WHERE elementId(a) = row.start
            MATCH (b) WHERE elementId(b) = row.end
            CREATE (a)-[r:$(row.type)]->(b) SET r = row.properties
            RETURN count(r) AS created
            """;

    /**
     * What was loaded.
     *
     * @param schema        schema statements run
     * @param nodes         nodes created
     * @param relationships relationships created
     */
    public record Loaded(int schema, long nodes, long relationships) {
    }

    private DumpLoader() {
    }

    /**
     * Loads the dump read from {@code in} into the database behind {@code driver}.
     *
     * @throws IllegalArgumentException when the input is no dump of this format, or names an endpoint it does not hold
     * @throws IllegalStateException    when the database is not empty
     */
    public static Loaded load(Driver driver, InputStream in) {
        long existing = driver.executableQuery("MATCH (n) RETURN count(n) AS n").execute().records().get(0).get("n").asLong();
        if (existing > 0) {
            throw new IllegalStateException("A dump loads into an empty database; this one holds " + existing + " nodes");
        }
        try (JsonParser json = READER.createParser(in); Session session = driver.session()) {
            expect(json.nextToken() == JsonToken.START_OBJECT, "a JSON object");
            int schema = 0;
            long nodes = 0;
            long relationships = 0;
            Map<String, String> elements = new HashMap<>();
            Transaction tx = null;
            try {
                while (json.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = json.currentName();
                    json.nextToken();
                    switch (name) {
                        case "format" -> expect(JsonDump.FORMAT.equals(json.getString()), "format " + JsonDump.FORMAT);
                        case "formatVersion" -> expect(json.getIntValue() == JsonDump.FORMAT_VERSION,
                                "format version " + JsonDump.FORMAT_VERSION);
                        case "schema" -> {
                            expect(tx == null, "the schema before the nodes");
                            for (JsonNode statement : READER.readTree(json)) {
                                schema(driver, statement.stringValue());
                                schema++;
                            }
                        }
                        case "nodes" -> {
                            tx = tx != null ? tx : session.beginTransaction();
                            nodes = nodes(json, tx, elements);
                        }
                        case "relationships" -> {
                            expect(!elements.isEmpty(), "the nodes before the relationships");
                            relationships = relationships(json, tx, elements);
                        }
                        default -> json.skipChildren();
                    }
                }
                if (tx != null) {
                    tx.commit();
                }
            } finally {
                if (tx != null && tx.isOpen()) {
                    tx.rollback();
                }
                if (tx != null) {
                    tx.close();
                }
            }
            return new Loaded(schema, nodes, relationships);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("Not an Alliance Graph dump: the JSON does not parse (" + e.getOriginalMessage()
                    + ")", e);
        }
    }

    private static void schema(Driver driver, String statement) {
        try {
            driver.executableQuery(statement).execute();
        } catch (ClientException e) {
            if (e.code() == null || !e.code().contains("AlreadyExists")) {
                throw e;
            }
        }
    }

    private static long nodes(JsonParser json, Transaction tx, Map<String, String> elements) {
        expect(json.currentToken() == JsonToken.START_ARRAY, "an array of nodes");
        List<Map<String, Object>> batch = new ArrayList<>();
        long count = 0;
        while (json.nextToken() == JsonToken.START_OBJECT) {
            JsonNode node = READER.readTree(json);
            Map<String, Object> row = new HashMap<>();
            row.put("ref", node.path("ref").stringValue());
            row.put("labels", value(node.path("labels")));
            row.put("properties", properties(node.path("properties")));
            batch.add(row);
            if (batch.size() == BATCH) {
                count += createNodes(tx, batch, elements);
            }
        }
        return count + createNodes(tx, batch, elements);
    }

    private static long createNodes(Transaction tx, List<Map<String, Object>> batch, Map<String, String> elements) {
        tx.run(CREATE_NODES, Map.of("rows", batch)).forEachRemaining(r -> {
            String previous = elements.put(r.get("ref").asString(), r.get("element").asString());
            expect(previous == null, "one node per ref, not two named " + r.get("ref").asString());
        });
        long created = batch.size();
        batch.clear();
        return created;
    }

    private static long relationships(JsonParser json, Transaction tx, Map<String, String> elements) {
        expect(json.currentToken() == JsonToken.START_ARRAY, "an array of relationships");
        List<Map<String, Object>> batch = new ArrayList<>();
        long count = 0;
        while (json.nextToken() == JsonToken.START_OBJECT) {
            JsonNode relationship = READER.readTree(json);
            Map<String, Object> row = new HashMap<>();
            row.put("type", relationship.path("type").stringValue());
            row.put("start", element(elements, relationship.path("start").stringValue()));
            row.put("end", element(elements, relationship.path("end").stringValue()));
            row.put("properties", properties(relationship.path("properties")));
            batch.add(row);
            if (batch.size() == BATCH) {
                count += createRelationships(tx, batch);
            }
        }
        return count + createRelationships(tx, batch);
    }

    private static long createRelationships(Transaction tx, List<Map<String, Object>> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        long created = tx.run(CREATE_RELATIONSHIPS, Map.of("rows", batch)).single().get("created").asLong();
        expect(created == batch.size(), batch.size() + " relationships created, not " + created);
        batch.clear();
        return created;
    }

    private static String element(Map<String, String> elements, String ref) {
        String element = elements.get(ref);
        expect(element != null, "a node named " + ref + " before a relationship that ends there");
        return element;
    }

    private static Map<String, Object> properties(JsonNode properties) {
        Map<String, Object> values = new LinkedHashMap<>();
        properties.properties().forEach(e -> values.put(e.getKey(), value(e.getValue())));
        return values;
    }

    /** A JSON value as the driver's parameter of the property's type (see {@link JsonDump}). */
    static Object value(JsonNode node) {
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        if (node.isFloatingPointNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isArray()) {
            List<Object> items = new ArrayList<>();
            node.forEach(item -> items.add(value(item)));
            return items;
        }
        if (node.isObject() && node.size() == 1) {
            String type = node.propertyNames().iterator().next();
            String text = node.get(type).stringValue();
            return switch (type) {
                case "date" -> LocalDate.parse(text);
                case "localdatetime" -> LocalDateTime.parse(text);
                case "datetime" -> ZonedDateTime.parse(text);
                case "localtime" -> LocalTime.parse(text);
                case "time" -> OffsetTime.parse(text);
                default -> throw new IllegalArgumentException("Unknown value type '" + type + "' in the dump");
            };
        }
        throw new IllegalArgumentException("Not a property value of the dump: " + node);
    }

    private static void expect(boolean condition, String what) {
        if (!condition) {
            throw new IllegalArgumentException("Not an Alliance Graph dump as expected: wanted " + what);
        }
    }
}
