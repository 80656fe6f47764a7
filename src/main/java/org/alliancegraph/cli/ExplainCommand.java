package org.alliancegraph.cli;

import java.io.PrintStream;
import java.util.Optional;

import org.alliancegraph.AllianceGraph;
import org.alliancegraph.index.Contribution;
import org.alliancegraph.index.DyadScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code explain A B YEAR}: the facts behind a dyad's index in a year, with their points and quotes. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "The facts behind a dyad's integration and divergence in a year, with their weights and quotes.")
final class ExplainCommand extends QueryCommand<DyadScore> {

    @Parameters(index = "0", paramLabel = "A", description = "One actor.")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "The other actor.")
    String b;

    @Parameters(index = "2", paramLabel = "YEAR", description = "The year.")
    int year;

    @Override
    DyadScore ask(AllianceGraph graph) {
        return graph.explain(a, b, year);
    }

    @Override
    Optional<RestQuestion> rest() {
        return Optional.of(RestQuestion.of("/api/explain?a=" + ServedGraph.encode(a) + "&b=" + ServedGraph.encode(b)
                + "&year=" + year, DyadScore.class));
    }

    @Override
    void printTable(DyadScore score, PrintStream out) {
        if (score.net() == null) {
            out.printf("%s / %s in %d: no evidence. No fact of the article scores for this dyad in this year, so there "
                    + "is no integration, divergence or net (not zero).%n", score.a(), score.b(), score.year());
            return;
        }
        out.printf("%s / %s in %d: integration %.2f - divergence %.2f = net %.2f%n%n", score.a(), score.b(), score.year(),
                score.integration(), score.divergence(), score.net());
        var table = Tables.table(8, 24, 70);
        for (Contribution c : score.contributions()) {
            String points = String.format("%s%.2f%s", c.side().equals("integration") ? "+" : "-", c.points(),
                    c.certain() ? "" : "*");
            table.addRowValues(points, c.component(), c.fact() + (c.note() == null ? "" : " (note " + c.note() + ")")
                    + "\n\"" + c.quote() + "\"");
        }
        out.print(table);
        if (score.contributions().stream().anyMatch(c -> !c.certain())) {
            out.println("* the fact only possibly falls in the year; its points are reduced");
        }
    }
}
