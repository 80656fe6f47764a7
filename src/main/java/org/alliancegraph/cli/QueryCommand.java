package org.alliancegraph.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;

import org.alliancegraph.AllianceGraph;
import picocli.CommandLine.Mixin;

/**
 * The shared shape of the query commands: open the graph, ask, print a table or the REST JSON.
 *
 * @param <A> the answer's record type
 */
abstract class QueryCommand<A> implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Mixin
    StoreOptions store;

    @Mixin
    OutputOptions output;

    @Mixin
    WeightsOptions weights;

    /** Asks the graph. */
    abstract A ask(AllianceGraph graph);

    /** Prints the answer as a table for people. */
    abstract void printTable(A answer, PrintStream out);

    @Override
    public Integer call() {
        A answer;
        try (GraphSession session = GraphSession.open(connection, store)) {
            answer = ask(session.graph(weights.weights()));
        }
        if (output.json) {
            System.out.println(OutputOptions.json(answer));
        } else {
            printTable(answer, System.out);
        }
        return 0;
    }
}
