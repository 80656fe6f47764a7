package org.alliancegraph.load;

import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * A digest of a graph's content: every node's labels and typed properties, every relationship's
 * type, typed properties and endpoints (named by their {@code id}, or {@code key} for names).
 * Internal element ids, creation order and property order do not count; a changed label, value,
 * value type (1 against 1.0 against '1') or endpoint does. Two loads that give the same digest
 * gave the same graph. What users add under their own label ({@link Ownership#USERS}) and what a
 * load records about itself ({@link LoadRecord}) do not count.
 */
public final class ContentHash {

    static final String NODES = "MATCH (n) WHERE NOT n:" + Ownership.USERS + " RETURN labels(n) AS labels, "
            + "properties(n) AS properties";
    static final String RELATIONSHIPS = "MATCH (a)-[r]->(b) WHERE NOT a:" + Ownership.USERS + " AND NOT b:"
            + Ownership.USERS + " RETURN type(r) AS type, properties(r) AS properties, "
            + "coalesce(a.id, a.key, elementId(a)) AS from, coalesce(b.id, b.key, elementId(b)) AS to";

    private ContentHash() {
    }

    /** The digest of the graph behind a driver. */
    public static String of(Driver driver) {
        QueryConfig read = QueryConfig.builder().withRouting(RoutingControl.READ).build();
        List<Map<String, Object>> nodes = driver.executableQuery(NODES).withConfig(read).execute().records().stream()
                .map(r -> r.asMap()).toList();
        List<Map<String, Object>> relationships = driver.executableQuery(RELATIONSHIPS).withConfig(read).execute()
                .records().stream().map(r -> r.asMap()).toList();
        return digest(nodes, relationships);
    }

    /** The digest of an embedded database. */
    public static String of(GraphDatabaseService database) {
        return database.executeTransactionally(NODES, Map.of(), nodes -> {
            List<Map<String, Object>> nodeRows = rows(nodes);
            return database.executeTransactionally(RELATIONSHIPS, Map.of(),
                    relationships -> digest(nodeRows, rows(relationships)));
        });
    }

    private static List<Map<String, Object>> rows(org.neo4j.graphdb.Result result) {
        List<Map<String, Object>> rows = new ArrayList<>();
        result.forEachRemaining(rows::add);
        return rows;
    }

    /** The SHA-256 of the graph's canonical lines, sorted, one per node and relationship. */
    static String digest(List<Map<String, Object>> nodes, List<Map<String, Object>> relationships) {
        return sha256(lines(nodes, relationships));
    }

    /** The SHA-256, in hex, of these lines in UTF-8, each ending in a newline. */
    public static String sha256(Iterable<String> lines) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                digest.update(line.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> lines(List<Map<String, Object>> nodes, List<Map<String, Object>> relationships) {
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> node : nodes) {
            Map<String, Object> properties = new TreeMap<>((Map<String, Object>) node.get("properties"));
            properties.keySet().removeAll(LoadRecord.PROPERTIES);
            lines.add("N " + sortedLabels(node.get("labels")) + " " + canonical(properties));
        }
        for (Map<String, Object> relationship : relationships) {
            lines.add("R " + canonical(relationship.get("from")) + " -[" + relationship.get("type") + " "
                    + canonical(relationship.get("properties")) + "]-> " + canonical(relationship.get("to")));
        }
        lines.sort(null);
        return lines;
    }

    /** Labels in name order: Neo4j lists them in the order their names were first used. */
    private static String sortedLabels(Object labels) {
        List<String> names = new ArrayList<>();
        if (labels instanceof Iterable<?> iterable) {
            iterable.forEach(l -> names.add(String.valueOf(l)));
        }
        names.sort(null);
        return String.join(":", names);
    }

    /**
     * A value as text that names its type: the embedded API and the driver hand out the same
     * property as different Java types (a {@code String[]} or a {@code List}, an {@code Integer}
     * or a {@code Long}), and both must give the same text.
     */
    static String canonical(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return "s'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
        }
        if (value instanceof Boolean b) {
            return "b:" + b;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return "i:" + ((Number) value).longValue();
        }
        if (value instanceof Double || value instanceof Float) {
            return "f:" + ((Number) value).doubleValue();
        }
        if (value instanceof TemporalAccessor temporal) {
            return "t:" + temporal.getClass().getSimpleName() + ":" + temporal;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, String> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), canonical(v)));
            return sorted.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(ContentHash::canonical).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value.getClass().isArray()) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                items.add(canonical(Array.get(value, i)));
            }
            return "[" + String.join(", ", items) + "]";
        }
        return value.getClass().getSimpleName() + ":" + value;
    }
}
