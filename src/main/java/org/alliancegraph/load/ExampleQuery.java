package org.alliancegraph.load;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.types.Entity;

/**
 * An example query of {@code cypher/queries/} with its header: the question it answers, the
 * default values of its parameters, and the results the article leads a reader to expect.
 *
 * <p>The header is the block of {@code //} lines at the top of the file. Three kinds of line in it
 * are read; every other comment line is prose for the reader (a near miss such as {@code expects:} is
 * an error, not prose):
 * <pre>
 * // question: Which treaties involving the DPRK were in force in 1961?
 * // param: year = 1961
 * // expect: start = '1960' where note = 114 (note 114)
 * // expect: rows = 3 where t.status = 'allied' (note 27)
 * </pre>
 * A {@code param} gives a parameter's default as a Cypher literal (Browser: {@code :param year => 1961}).
 * An {@code expect} says that some returned row satisfies all its {@code where} conditions and has the
 * column equal to the literal; {@code rows = N} says that exactly N rows (satisfying the conditions,
 * if any) are returned. A column may be followed by a property ({@code t.status}) when it holds a
 * node, relationship or map. Literals are {@code 'text'}, integers, decimals (equal within 0.01, or
 * 0.5 percent of the expected value), {@code true}, {@code false}, {@code null} and lists of them.
 * Each expectation ends with the article's evidence in brackets: {@code (note N)} or
 * {@code (article body, section KEY)} for a passage without a note.
 *
 * @param name         the file name
 * @param question     the question in plain words; null when the header has none
 * @param parameters   the parameters' defaults, in the order given
 * @param expectations what the article leads one to expect, in the order given
 * @param cypher       the query, comments included
 */
public record ExampleQuery(String name, String question, Map<String, Object> parameters,
                           List<Expectation> expectations, String cypher) {

    public ExampleQuery {
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        expectations = List.copyOf(expectations);
    }

    private static final Pattern HEADER_LINE = Pattern.compile("^//\\s*([a-z][a-z-]*)\\s*:(.*)$");
    private static final Pattern PARAM = Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(\\S.*?)\\s*$");
    private static final Pattern TARGET = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");
    private static final Pattern SOURCE = Pattern.compile("note [1-9][0-9]*|article body, section [a-z][a-z-]*");

    /** The header's keys. */
    private static final List<String> KEYS = List.of("question", "param", "expect");

    /** A near miss of a key ({@code expects:}, {@code params:}, {@code expected:}): a mistake, not prose. */
    private static final Pattern NEAR_MISS = Pattern.compile("(question|param|expect)[a-z-]*");

    /** Reads a query file: its header, and its one statement. */
    public static ExampleQuery parse(String name, String text) {
        List<CypherScript.Statement> statements = CypherScript.parse(name, text).statements();
        if (statements.size() != 1) {
            throw new IllegalArgumentException(name + " holds " + statements.size() + " statements; an example holds one");
        }
        String question = null;
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<Expectation> expectations = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length && isComment(lines[i]); i++) {
            Matcher m = HEADER_LINE.matcher(lines[i].strip());
            if (!m.matches() || !NEAR_MISS.matcher(m.group(1)).matches()) {
                continue;
            }
            String key = m.group(1);
            String value = m.group(2).strip();
            String where = name + ", line " + (i + 1) + ": ";
            switch (key) {
                case "question" -> {
                    if (question != null || value.isEmpty()) {
                        throw new IllegalArgumentException(where + "one question, not empty");
                    }
                    question = value;
                }
                case "param" -> {
                    Parameter p = parameter(where, value);
                    if (parameters.containsKey(p.name)) {
                        throw new IllegalArgumentException(where + "parameter " + p.name + " is given twice");
                    }
                    parameters.put(p.name, p.value);
                }
                case "expect" -> expectations.add(Expectation.parse(i + 1, value, where));
                default -> throw new IllegalArgumentException(where + "unknown header line '" + key
                        + ":'; the header knows " + String.join(", ", KEYS));
            }
        }
        return new ExampleQuery(name, question, parameters, expectations, statements.get(0).text());
    }

    /**
     * The parameters' defaults of any query file's {@code // param:} lines at the top, without
     * requiring the rest of an example's header (for running a file of one's own).
     */
    public static Map<String, Object> parameters(String name, String text) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length && isComment(lines[i]); i++) {
            Matcher m = HEADER_LINE.matcher(lines[i].strip());
            if (m.matches() && m.group(1).equals("param")) {
                Parameter p = parameter(name + ", line " + (i + 1) + ": ", m.group(2).strip());
                parameters.put(p.name, p.value);
            }
        }
        return parameters;
    }

    /** The names of the parameters that the query uses ({@code $name}), outside its comments. */
    public List<String> parametersUsed() {
        StringBuilder code = new StringBuilder();
        for (String line : cypher.split("\r?\n")) {
            int comment = line.indexOf("//");
            code.append(comment < 0 ? line : line.substring(0, comment)).append('\n');
        }
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)").matcher(code);
        while (m.find()) {
            if (!names.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    private static boolean isComment(String line) {
        String s = line.strip();
        return s.isEmpty() || s.startsWith("//");
    }

    private record Parameter(String name, Object value) {
    }

    private static Parameter parameter(String where, String text) {
        Matcher m = PARAM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(where + "a parameter is 'name = literal', not '" + text + "'");
        }
        return new Parameter(m.group(1), literal(where, m.group(2), true));
    }

    /** A Cypher literal: text, integer, decimal, boolean, null, or a list (maps only where allowed). */
    private static Object literal(String where, String text, boolean mapsAllowed) {
        List<Object> one = CypherLiterals.list("[" + text + "]").orElse(null);
        if (one == null || one.size() != 1 || !mapsAllowed && containsMap(one.get(0))) {
            throw new IllegalArgumentException(where + "not a literal: " + text);
        }
        return one.get(0);
    }

    private static boolean containsMap(Object value) {
        return value instanceof Map<?, ?> || value instanceof List<?> list && list.stream().anyMatch(ExampleQuery::containsMap);
    }

    /**
     * One {@code expect} line.
     *
     * @param line     the file's line, from 1
     * @param text     the line after {@code expect:}
     * @param column   the column (or {@code column.property}); {@code rows} for a count of rows
     * @param value    the expected value, or the expected number of rows
     * @param where    the conditions a row must meet
     * @param source   the article's evidence: {@code note N} or {@code article body, section KEY}
     */
    public record Expectation(int line, String text, String column, Object value, List<Condition> where, String source) {

        public Expectation {
            where = List.copyOf(where);
        }

        /** A condition: the column (or column.property) equals the value. */
        public record Condition(String column, Object value) {
        }

        /** Whether this counts rows ({@code rows = N}) rather than asking for a value. */
        public boolean countsRows() {
            return column.equals("rows");
        }

        /** The endnote it names, if it names one. */
        public Optional<Integer> note() {
            return source.startsWith("note ") ? Optional.of(Integer.parseInt(source.substring(5))) : Optional.empty();
        }

        /** The section it names when the passage has no note. */
        public Optional<String> section() {
            return source.startsWith("article body, section ") ? Optional.of(source.substring("article body, section ".length()))
                    : Optional.empty();
        }

        static Expectation parse(int line, String text, String where) {
            Cursor c = new Cursor(text, where + "expect '" + text + "': ");
            String column = c.target();
            c.expect("=");
            Object value = c.literal();
            List<Condition> conditions = new ArrayList<>();
            if (c.word("where")) {
                do {
                    String target = c.target();
                    c.expect("=");
                    conditions.add(new Condition(target, c.literal()));
                } while (c.word("and"));
            }
            String source = c.source();
            if (column.equals("rows") && !(value instanceof Long n && n >= 0)) {
                throw new IllegalArgumentException(c.where + "rows = a whole number");
            }
            return new Expectation(line, text, column, value, conditions, source);
        }

        /**
         * Checks the rows a query returned (column to value, as the driver's {@code Record.asMap()}
         * gives them). Empty when the expectation holds, else what went wrong.
         */
        public Optional<String> check(List<Map<String, Object>> rows) {
            List<String> columns = rows.isEmpty() ? List.of() : List.copyOf(rows.get(0).keySet());
            List<String> missing = new ArrayList<>();
            if (!countsRows()) {
                missing.add(column);
            }
            where.forEach(w -> missing.add(w.column()));
            if (!rows.isEmpty()) {
                for (String target : missing) {
                    if (!columns.contains(target.split("\\.")[0])) {
                        return Optional.of("no column " + target.split("\\.")[0] + " among " + columns);
                    }
                }
            }
            List<Map<String, Object>> meeting = rows.stream()
                    .filter(row -> where.stream().allMatch(w -> matches(w.value(), read(row, w.column())))).toList();
            if (countsRows()) {
                long n = (Long) value;
                return meeting.size() == n ? Optional.empty()
                        : Optional.of("expected " + n + " rows" + (where.isEmpty() ? "" : " meeting the conditions") + ", got " + meeting.size());
            }
            if (meeting.isEmpty()) {
                return Optional.of(rows.isEmpty() ? "the query returned no rows" : "no row meets the conditions " + where);
            }
            if (meeting.stream().anyMatch(row -> matches(value, read(row, column)))) {
                return Optional.empty();
            }
            List<Object> found = meeting.stream().map(row -> read(row, column)).distinct().limit(10).toList();
            return Optional.of("expected " + column + " = " + show(value) + ", found " + found.stream().map(Expectation::show).toList());
        }

        private static Object read(Map<String, Object> row, String target) {
            int dot = target.indexOf('.');
            Object value = row.get(dot < 0 ? target : target.substring(0, dot));
            if (dot < 0 || value == null) {
                return value;
            }
            String property = target.substring(dot + 1);
            if (value instanceof Entity entity) {
                return entity.containsKey(property) ? entity.get(property).asObject() : null;
            }
            return value instanceof Map<?, ?> map ? map.get(property) : null;
        }

        /** Whether an actual value equals the expected literal, as the header's rules say. */
        static boolean matches(Object expected, Object actual) {
            if (expected == null || actual == null) {
                return expected == actual;
            }
            if (actual instanceof TemporalAccessor) {
                actual = actual.toString();
            }
            if (expected instanceof Long e) {
                if (actual instanceof Long a) {
                    return a.equals(e);
                }
                return actual instanceof Double d && d == e.doubleValue();
            }
            if (expected instanceof Double e) {
                if (!(actual instanceof Number a)) {
                    return false;
                }
                double difference = Math.abs(a.doubleValue() - e);
                return difference <= 0.01 || difference <= 0.005 * Math.abs(e);
            }
            if (expected instanceof List<?> e) {
                if (!(actual instanceof List<?> a) || a.size() != e.size()) {
                    return false;
                }
                for (int i = 0; i < e.size(); i++) {
                    if (!matches(e.get(i), a.get(i))) {
                        return false;
                    }
                }
                return true;
            }
            return Objects.equals(expected, actual);
        }

        private static String show(Object value) {
            if (value instanceof String s) {
                return "'" + s + "'";
            }
            if (value instanceof List<?> list) {
                return list.stream().map(Expectation::show).toList().toString();
            }
            return String.valueOf(value);
        }
    }

    /** Reads an expect line from left to right. */
    private static final class Cursor {
        private final String text;
        private final String where;
        private int at;

        Cursor(String text, String where) {
            this.text = text;
            this.where = where;
        }

        private void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private IllegalArgumentException wrong(String what) {
            return new IllegalArgumentException(where + what + " at '" + text.substring(Math.min(at, text.length())) + "'");
        }

        String target() {
            skipSpace();
            Matcher m = TARGET.matcher(text).region(at, text.length());
            if (!m.lookingAt()) {
                throw wrong("a column name expected");
            }
            at = m.end();
            return m.group();
        }

        void expect(String symbol) {
            skipSpace();
            if (!text.startsWith(symbol, at)) {
                throw wrong("'" + symbol + "' expected");
            }
            at += symbol.length();
        }

        boolean word(String word) {
            skipSpace();
            if (text.regionMatches(at, word, 0, word.length()) && at + word.length() < text.length()
                    && Character.isWhitespace(text.charAt(at + word.length()))) {
                at += word.length();
                return true;
            }
            return false;
        }

        Object literal() {
            skipSpace();
            int start = at;
            if (at >= text.length()) {
                throw wrong("a literal expected");
            }
            char c = text.charAt(at);
            if (c == '\'' || c == '"') {
                at = endOfString(at);
            } else if (c == '[') {
                int depth = 0;
                do {
                    char d = text.charAt(at);
                    if (d == '\'' || d == '"') {
                        at = endOfString(at);
                        continue;
                    }
                    depth += d == '[' ? 1 : d == ']' ? -1 : 0;
                    at++;
                } while (depth > 0 && at < text.length());
                if (depth > 0) {
                    throw wrong("an unclosed list");
                }
            } else {
                while (at < text.length() && !Character.isWhitespace(text.charAt(at)) && text.charAt(at) != '(') {
                    at++;
                }
            }
            return ExampleQuery.literal(where, text.substring(start, at), false);
        }

        private int endOfString(int open) {
            char quote = text.charAt(open);
            int i = open + 1;
            while (i < text.length() && text.charAt(i) != quote) {
                i += text.charAt(i) == '\\' ? 2 : 1;
            }
            if (i >= text.length()) {
                at = open;
                throw wrong("an unclosed string");
            }
            return i + 1;
        }

        String source() {
            skipSpace();
            if (at >= text.length() || text.charAt(at) != '(' || !text.endsWith(")")) {
                throw wrong("the evidence, '(note N)' or '(article body, section KEY)', expected last");
            }
            String source = text.substring(at + 1, text.length() - 1).strip();
            if (!SOURCE.matcher(source).matches()) {
                throw wrong("the evidence is '(note N)' or '(article body, section KEY)'");
            }
            return source;
        }
    }
}
