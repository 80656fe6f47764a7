package org.alliancegraph.load;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a Cypher list literal of plain values (maps, lists, strings, integers, floats, booleans,
 * null, comments) into Java values, so that the loader can send a script's long list as one
 * parameter instead of asking Neo4j to parse and plan a literal of a hundred kilobytes.
 *
 * <p>Such a literal is lenient JSON: unquoted keys, single-quoted strings, backslash escapes such
 * as {@code \'}, {@code //} comments. Jackson reads that with its lenient features; nothing is
 * hand-parsed. A literal with anything else in it (a function call, a parameter, a backtick-quoted
 * key, an upper-case {@code TRUE}, a hexadecimal number) is not read, and the statement then runs
 * as written.
 */
public final class CypherLiterals {

    private static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();

    private CypherLiterals() {
    }

    /** The list's values, or empty when the text is not a list of plain values. */
    public static Optional<List<Object>> list(String text) {
        try {
            Object value = LENIENT.readValue(text, Object.class);
            if (!(value instanceof List<?>)) {
                return Optional.empty();
            }
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) cypherTypes(value);
            return Optional.of(list);
        } catch (JacksonException | NotCypher e) {
            return Optional.empty();
        }
    }

    /** Cypher's integers are 64-bit and its floats doubles: Jackson's narrower and wider types become those. */
    private static Object cypherTypes(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger || value instanceof java.math.BigDecimal) {
            throw new NotCypher();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof List<?> list) {
            List<Object> converted = new ArrayList<>(list.size());
            list.forEach(v -> converted.add(cypherTypes(v)));
            return converted;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> converted = new LinkedHashMap<>();
            map.forEach((k, v) -> converted.put((String) k, cypherTypes(v)));
            return converted;
        }
        return value;
    }

    /** A value that Cypher would read differently from JSON. */
    private static final class NotCypher extends RuntimeException {
        NotCypher() {
            super(null, null, false, false);
        }
    }
}
