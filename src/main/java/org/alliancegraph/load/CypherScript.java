package org.alliancegraph.load;

import java.util.ArrayList;
import java.util.List;

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
            if (c == '/' && next(text, i) == '/') {
                int end = text.indexOf('\n', i);
                end = end < 0 ? text.length() : end;
                current.append(text, i, end);
                i = end;
                continue;
            }
            if (c == '/' && next(text, i) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
                line += count(text, i, end);
                current.append(text, i, end);
                i = end;
                continue;
            }
            if (c == '\'' || c == '"' || c == '`') {
                int end = closing(text, i, c);
                if (startLine < 0) {
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
