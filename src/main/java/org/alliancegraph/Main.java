package org.alliancegraph;

import org.alliancegraph.cli.Cli;

/** Starts the command line: {@code java -jar alliance-graph.jar COMMAND}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Cli.run(args));
    }
}
