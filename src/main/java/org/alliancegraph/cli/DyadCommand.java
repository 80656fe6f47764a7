package org.alliancegraph.cli;

import java.io.PrintStream;
import java.util.Optional;

import org.alliancegraph.AllianceGraph;
import org.alliancegraph.timeline.DyadTimeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad A B [--from Y --to Y]}: a relationship year by year. */
@Command(name = "dyad", mixinStandardHelpOptions = true,
        description = "A dyad year by year (status, facts), and the periods of equal status.")
final class DyadCommand extends QueryCommand<DyadTimeline> {

    @Parameters(index = "0", paramLabel = "A", description = "One actor (id, name or alias).")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "The other actor.")
    String b;

    @Option(names = "--from", paramLabel = "YEAR", description = "The first year (default: the data's first).")
    Integer from;

    @Option(names = "--to", paramLabel = "YEAR", description = "The last year (default: the data's last).")
    Integer to;

    @Override
    DyadTimeline ask(AllianceGraph graph) {
        return graph.timeline(a, b, from, to);
    }

    @Override
    Optional<RestQuestion> rest() {
        return Optional.of(RestQuestion.of("/api/dyads/" + ServedGraph.encode(a) + "/" + ServedGraph.encode(b)
                + "?" + (from == null ? "" : "from=" + from) + (to == null ? "" : "&to=" + to), DyadTimeline.class));
    }

    @Override
    void printTable(DyadTimeline timeline, PrintStream out) {
        out.printf("%s / %s, %d to %d%n%nPeriods%n", timeline.a(), timeline.b(), timeline.from(), timeline.to());
        var periods = Tables.table(14, 12);
        for (DyadTimeline.Period period : timeline.periods()) {
            periods.addRowValues(period.from() == period.to() ? String.valueOf(period.from())
                    : period.from() + "-" + period.to(), period.status());
        }
        out.print(periods);
        out.printf("%nYears%n");
        var years = Tables.table(6, 10, 26, 8, 6);
        years.addRowValues("YEAR", "STATUS", "ALL STATES OF THE YEAR", "NET", "FACTS");
        for (DyadTimeline.Year year : timeline.years()) {
            years.addRowValues(String.valueOf(year.year()), year.status(), String.join(", ", year.statuses()),
                    Tables.score(year.net()), String.valueOf(year.facts().size()));
        }
        out.print(years);
    }
}
