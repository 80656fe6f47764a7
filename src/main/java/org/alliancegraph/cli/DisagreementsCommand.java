package org.alliancegraph.cli;

import java.io.PrintStream;
import java.util.Optional;
import java.util.List;

import org.alliancegraph.AllianceGraph;
import org.alliancegraph.index.Disagreement;
import picocli.CommandLine.Command;

/** {@code disagreements}: dyad-years where the article's judgment and the computed net point in different directions. */
@Command(name = "disagreements", mixinStandardHelpOptions = true,
        description = "Dyad-years where the article's relation states and the computed net disagree in direction.")
final class DisagreementsCommand extends QueryCommand<List<Disagreement>> {

    @Override
    List<Disagreement> ask(AllianceGraph graph) {
        return graph.disagreements();
    }

    @Override
    Optional<RestQuestion> rest() {
        return Optional.of(RestQuestion.ofList("/api/disagreements", Disagreement.class));
    }

    @Override
    void printTable(List<Disagreement> found, PrintStream out) {
        long opposite = found.stream().filter(d -> d.kind().equals("opposite")).count();
        out.printf("%d dyad-years where the article's state and the net point in opposite directions, %d judged but unscored%n%n",
                opposite, found.size() - opposite);
        var table = Tables.table(34, 6, 10, 8, 10);
        table.addRowValues("DYAD", "YEAR", "STATUS", "NET", "KIND");
        for (Disagreement d : found) {
            table.addRowValues(d.dyad(), String.valueOf(d.year()), d.status(), Tables.score(d.net()), d.kind());
        }
        out.print(table);
    }
}
