package org.alliancegraph.cli;

import java.io.PrintStream;
import java.util.Optional;

import org.alliancegraph.AllianceGraph;
import org.alliancegraph.timeline.DyadYear;
import org.alliancegraph.timeline.Relations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code relations YEAR [--actor A]}: every dyad with a fact that counts in the year. */
@Command(name = "relations", mixinStandardHelpOptions = true,
        description = "The relations of a year: every dyad with a fact that counts in it, its status and facts.")
final class RelationsCommand extends QueryCommand<Relations> {

    @Parameters(index = "0", paramLabel = "YEAR", description = "The year, such as 1951.")
    int year;

    @Option(names = "--actor", paramLabel = "A", description = "Only the dyads of this actor (id, name or alias).")
    String actor;

    @Option(names = "--brief", description = "One line per dyad, without its facts.")
    boolean brief;

    @Override
    Relations ask(AllianceGraph graph) {
        return actor == null ? graph.relationsIn(year) : graph.relationsIn(year, actor);
    }

    @Override
    Optional<RestQuestion> rest() {
        return Optional.of(RestQuestion.of("/api/relations?year=" + year
                + (actor == null ? "" : "&actor=" + ServedGraph.encode(actor)), Relations.class));
    }

    @Override
    void printTable(Relations relations, PrintStream out) {
        out.printf("Relations in %d%s: %d dyads (* = the fact only possibly falls in %d)%n%n", relations.year(),
                relations.actor() == null ? "" : " of " + relations.actor(), relations.dyads().size(), relations.year());
        var summary = Tables.table(34, 10, 28, 8, 6);
        summary.addRowValues("DYAD", "STATUS", "ALL STATES OF THE YEAR", "NET", "FACTS");
        for (DyadYear dyad : relations.dyads()) {
            summary.addRowValues(dyad.a() + " / " + dyad.b(), dyad.status(), String.join(", ", dyad.statuses()),
                    Tables.score(dyad.net()), String.valueOf(dyad.facts().size()));
        }
        out.print(summary);
        if (brief) {
            return;
        }
        for (DyadYear dyad : relations.dyads()) {
            out.printf("%n%s / %s: %s%n", dyad.a(), dyad.b(), dyad.status());
            Tables.printFacts(dyad.facts(), out);
        }
    }
}
