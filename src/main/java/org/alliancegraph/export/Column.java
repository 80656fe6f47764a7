package org.alliancegraph.export;

import java.util.List;

/**
 * One column of an exported CSV file, as its Table Schema field describes it.
 *
 * @param name        the header, as R, Stata and pandas read it (lowercase, underscores)
 * @param type        the Table Schema type: {@code string}, {@code integer} or {@code number}
 * @param description what the column holds, and what an empty cell means
 * @param required    whether every row has a value (an empty cell is never allowed)
 * @param values      the only values allowed, or empty for any
 * @param minimum     the least value of a numeric column, or null
 * @param maximum     the greatest value of a numeric column, or null
 */
public record Column(String name, String type, String description, boolean required, List<String> values,
        Integer minimum, Integer maximum) {

    public Column {
        values = List.copyOf(values);
    }

    static Column text(String name, String description) {
        return new Column(name, "string", description, false, List.of(), null, null);
    }

    static Column key(String name, String description) {
        return new Column(name, "string", description, true, List.of(), null, null);
    }

    static Column oneOf(String name, String description, List<String> values) {
        return new Column(name, "string", description, true, values, null, null);
    }

    static Column integer(String name, String description) {
        return new Column(name, "integer", description, false, List.of(), null, null);
    }

    static Column count(String name, String description) {
        return new Column(name, "integer", description, true, List.of(), 0, null);
    }

    /** A 0/1 flag; {@code required} false when an empty cell has a meaning of its own. */
    static Column flag(String name, String description, boolean required) {
        return new Column(name, "integer", description, required, List.of(), 0, 1);
    }

    static Column number(String name, String description) {
        return new Column(name, "number", description, false, List.of(), null, null);
    }

    /** Whether the column holds numbers, written unquoted and never escaped. */
    boolean numeric() {
        return !type.equals("string");
    }
}
