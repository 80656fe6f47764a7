package org.alliancegraph.cli;

import java.io.PrintStream;
import java.util.Optional;
import java.util.List;

import org.alliancegraph.AllianceGraph;
import org.alliancegraph.index.Alignment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code alignment}: the DPRK between Moscow and Beijing, year by year, from the index. */
@Command(name = "alignment", mixinStandardHelpOptions = true,
        description = "The DPRK's alignment in the Sino-Soviet split, year by year: closer to Moscow, closer to Beijing, or between.")
final class AlignmentCommand extends QueryCommand<List<Alignment>> {

    @Option(names = "--from", defaultValue = "1956", paramLabel = "YEAR", description = "The first year (default ${DEFAULT-VALUE}).")
    Integer from;

    @Option(names = "--to", defaultValue = "1972", paramLabel = "YEAR", description = "The last year (default ${DEFAULT-VALUE}).")
    Integer to;

    @Option(names = "--why", description = "List the largest contributions on each side.")
    boolean why;

    @Override
    List<Alignment> ask(AllianceGraph graph) {
        return graph.alignment(from, to);
    }

    @Override
    Optional<RestQuestion> rest() {
        return Optional.of(RestQuestion.ofList("/api/alignment?from=" + from + "&to=" + to, Alignment.class));
    }

    @Override
    void printTable(List<Alignment> years, PrintStream out) {
        var table = Tables.table(6, 12, 12, 20);
        table.addRowValues("YEAR", "DPRK/USSR", "DPRK/PRC", "ALIGNMENT");
        for (Alignment year : years) {
            table.addRowValues(String.valueOf(year.year()), Tables.score(year.withUssr()), Tables.score(year.withPrc()),
                    year.alignment());
        }
        out.print(table);
        if (why) {
            for (Alignment year : years) {
                out.printf("%n%d: %s%n", year.year(), year.alignment());
                year.reasons().forEach(r -> out.println("  " + r));
            }
        }
    }
}
