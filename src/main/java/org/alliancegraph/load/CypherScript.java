package org.alliancegraph.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One Cypher script: its name and the statements it holds, in order.
 *
 * @param name       the file name, as shown in messages
 * @param text       the whole script
 * @param statements the statements, without their terminating semicolons
 */
public record CypherScript(String name, String text, List<Statement> statements) {

    public CypherScript {
        statements = List.copyOf(statements);
    }

    /**
     * One statement of a script.
     *
     * @param line the line of the script on which it starts, from 1
     * @param text the statement
     */
    public record Statement(int line, String text) {

        /** The statement's first line, for messages. */
        public String firstLine() {
            int end = text.indexOf('\n');
            return end < 0 ? text : text.substring(0, end) + " ...";
        }
    }

    /**
     * Splits a script into its statements.
     *
     * <p>Written by hand: the libraries that split Cypher scripts (neo4j-migrations, cypher-shell)
     * are not available from the registry this project builds with, and Liquibase's format would
     * stop the scripts being plain Cypher. Semicolons inside strings, quoted names and comments do
     * not end a statement.
     */
    public static CypherScript parse(String name, String text) {
        List<Statement> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int line = 1;
        int startLine = -1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = skip(text, i);
            if (end > i) {
                // A comment does not start a statement; quoted text does.
                if (c != '/' && startLine < 0) {
                    startLine = line;
                }
                line += count(text, i, end);
                current.append(text, i, end);
                i = end;
                continue;
            }
            if (c == ';') {
                add(statements, current, startLine);
                current.setLength(0);
                startLine = -1;
                i++;
                continue;
            }
            if (c == '\n') {
                line++;
            } else if (!Character.isWhitespace(c) && startLine < 0) {
                startLine = line;
            }
            current.append(c);
            i++;
        }
        add(statements, current, startLine);
        return new CypherScript(name, text, statements);
    }

    /**
     * A statement that starts {@code UNWIND [...] AS name}: the list's text, and the text of the
     * statement before and after the list.
     *
     * @param before the statement up to the list's opening bracket
     * @param list   the list, brackets included
     * @param after  the statement after the list's closing bracket
     */
    public record Unwound(String before, String list, String after) {

        /** The list's elements as text, comments kept, empty ones left out. */
        public List<String> elements() {
            List<Integer> commas = new ArrayList<>();
            closingBracket(list, 0, commas);
            List<String> elements = new ArrayList<>();
            int from = 1;
            for (int comma : commas) {
                elements.add(list.substring(from, comma));
                from = comma + 1;
            }
            elements.add(list.substring(from, list.length() - 1));
            return elements.stream().map(String::strip).filter(e -> !onlyComments(e)).toList();
        }
    }

    /** The statement's leading {@code UNWIND} list, if it starts with one. */
    public static Optional<Unwound> unwound(String statement) {
        int start = skipCommentsAndSpace(statement, 0);
        if (!statement.regionMatches(true, start, "UNWIND", 0, 6)) {
            return Optional.empty();
        }
        int open = skipCommentsAndSpace(statement, start + 6);
        if (open >= statement.length() || statement.charAt(open) != '[') {
            return Optional.empty();
        }
        int close = closingBracket(statement, open, new ArrayList<>());
        return close < 0 ? Optional.empty()
                : Optional.of(new Unwound(statement.substring(0, open), statement.substring(open, close + 1),
                        statement.substring(close + 1)));
    }

    /**
     * The index of the bracket that closes the one at {@code open}, or -1; the commas at the first
     * level inside it are added to {@code commas}. Brackets in comments and quoted text do not count.
     */
    private static int closingBracket(String text, int open, List<Integer> commas) {
        int depth = 0;
        int i = open;
        while (i < text.length()) {
            int skipped = skip(text, i);
            if (skipped > i) {
                i = skipped;
                continue;
            }
            char c = text.charAt(i);
            if (c == '[' || c == '{' || c == '(') {
                depth++;
            } else if (c == ']' || c == '}' || c == ')') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            } else if (c == ',' && depth == 1) {
                commas.add(i);
            }
            i++;
        }
        return -1;
    }

    /**
     * The statement one row at a time: {@code UNWIND [a, b, c] AS x REST} becomes
     * {@code UNWIND [a] AS x REST}, {@code UNWIND [b] AS x REST}, ... A statement of any other shape
     * is returned alone. This is how the scripts ran before they were batched (one statement per
     * fact, each planned on its own); the benchmark and the equivalence test use it.
     */
    public static List<String> unrolled(String statement) {
        return unwound(statement)
                .map(u -> u.elements().stream().map(e -> u.before() + "[" + e + "]" + u.after()).toList())
                .orElse(List.of(statement));
    }

    /** The index after a comment or quoted text that starts at {@code i}, or {@code i}. */
    private static int skip(String text, int i) {
        char c = text.charAt(i);
        if (c == '/' && next(text, i) == '/') {
            int end = text.indexOf('\n', i);
            return end < 0 ? text.length() : end;
        }
        if (c == '/' && next(text, i) == '*') {
            int end = text.indexOf("*/", i + 2);
            return end < 0 ? text.length() : end + 2;
        }
        if (c == '\'' || c == '"' || c == '`') {
            return closing(text, i, c);
        }
        return i;
    }

    private static int skipCommentsAndSpace(String text, int from) {
        int i = from;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
            } else if (text.charAt(i) == '/' && skip(text, i) > i) {
                i = skip(text, i);
            } else {
                return i;
            }
        }
        return i;
    }

    private static void add(List<Statement> statements, StringBuilder current, int startLine) {
        String statement = current.toString().strip();
        if (startLine > 0 && !onlyComments(statement)) {
            statements.add(new Statement(startLine, statement));
        }
    }

    private static boolean onlyComments(String statement) {
        return statement.lines().map(String::strip).allMatch(l -> l.isEmpty() || l.startsWith("//"));
    }

    private static char next(String text, int i) {
        return i + 1 < text.length() ? text.charAt(i + 1) : '\0';
    }

    /** The index just after the quote that closes the one at {@code start}. */
    private static int closing(String text, int start, char quote) {
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && quote != '`') {
                i += 2;
                continue;
            }
            if (c == quote) {
                return i + 1;
            }
            i++;
        }
        return text.length();
    }

    private static int count(String text, int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
