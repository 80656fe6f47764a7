package org.alliancegraph.cli;

/**
 * Progress and notices go to standard error, so that standard output carries only the answer
 * (a table, or JSON with --json) and can be piped.
 */
final class Console {

    private Console() {
    }

    static void info(String line) {
        System.err.println(line);
    }
}
