package org.alliancegraph.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.alliancegraph.AllianceGraph;
import picocli.CommandLine.Mixin;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;

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

    @Mixin
    TimeoutOptions timeout;

    /** Asks the graph. */
    abstract A ask(AllianceGraph graph);

    /**
     * The REST request that asks the same question of a running {@code serve}, with the type of
     * its answer; empty when the API has no such request.
     */
    Optional<RestQuestion> rest() {
        return Optional.empty();
    }

    /** What the command does with the answer before printing it (filters, charts); by default nothing. */
    A finish(A answer) {
        return answer;
    }

    /**
     * A REST request and the record type of its answer.
     *
     * @param pathAndQuery such as {@code /api/relations?year=1963}
     * @param type         the answer's type, for reading the JSON back into the Java API's record
     */
    record RestQuestion(String pathAndQuery, JavaType type) {

        static RestQuestion of(String pathAndQuery, Class<?> type) {
            return new RestQuestion(pathAndQuery, OutputOptions.JSON.constructType(type));
        }

        static RestQuestion ofList(String pathAndQuery, Class<?> element) {
            return new RestQuestion(pathAndQuery,
                    OutputOptions.JSON.getTypeFactory().constructCollectionType(List.class, element));
        }
    }

    /** Prints the answer as a table for people. */
    abstract void printTable(A answer, PrintStream out);

    @Override
    public Integer call() {
        Phases.mark("jvm");
        if (weights.file != null) {
            weights.weights(); // a bad weights file is reported before any database is opened
        }
        Optional<JsonNode> served = askServe();
        if (served.isPresent() && output.json && !rewritesAnswer()) {
            System.out.println(OutputOptions.json(served.get()));
            Phases.mark("output");
            return 0;
        }
        A answer;
        if (served.isPresent()) {
            answer = finish(ServedGraph.as(served.get(), rest().orElseThrow().type()));
        } else {
            try (GraphSession session = GraphSession.open(connection, store)) {
                Phases.mark("database");
                answer = finish(ask(session.graph(weights.weights(), timeout.timeout())));
                Phases.mark("query");
            }
            Phases.mark("close");
        }
        if (output.json) {
            System.out.println(OutputOptions.json(answer));
        } else {
            printTable(answer, System.out);
        }
        Phases.mark("output");
        return 0;
    }

    /** Whether {@link #finish} changes the answer, so that the JSON must be read into the record first. */
    boolean rewritesAnswer() {
        return false;
    }

    /**
     * The answer of a running {@code serve} of the same data directory and scripts, when there is
     * one, the question has a REST request, and neither --uri nor --weights asks for another graph.
     */
    private Optional<JsonNode> askServe() {
        Optional<RestQuestion> question = rest();
        if (question.isEmpty() || connection.uri != null || weights.file != null) {
            return Optional.empty();
        }
        Optional<ServedGraph.Announcement> serve = ServedGraph.find(store.dataDirectory, store.fingerprint())
                .filter(a -> a.sameScripts() && a.defaultWeights());
        if (serve.isEmpty()) {
            return Optional.empty();
        }
        Optional<JsonNode> answer = serve.get().rest().get(question.get().pathAndQuery());
        Phases.mark("rest");
        if (answer.isPresent()) {
            Console.info("Asked the Alliance Graph served at " + serve.get().restBase() + " (REST)");
        }
        return answer;
    }
}
