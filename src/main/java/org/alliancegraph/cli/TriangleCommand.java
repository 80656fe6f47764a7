package org.alliancegraph.cli;

import java.io.PrintStream;
import java.util.Optional;
import java.util.List;

import org.alliancegraph.AllianceGraph;
import org.alliancegraph.InvalidRequestException;
import org.alliancegraph.timeline.Timeline;
import org.alliancegraph.timeline.Triangle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code triangle YEAR [A B C]}: three actors' edges in a year and their structural balance. */
@Command(name = "triangle", mixinStandardHelpOptions = true,
        description = "The triangle of three actors in a year (default the DPRK, the USSR and the PRC) and its balance.")
final class TriangleCommand extends QueryCommand<Triangle> {

    @Parameters(index = "0", paramLabel = "YEAR", description = "The year.")
    int year;

    @Parameters(index = "1..*", arity = "0..3", paramLabel = "ACTOR", description = "Three actors (default dprk ussr prc).")
    List<String> actors;

    @Override
    Triangle ask(AllianceGraph graph) {
        List<String> three = actors == null || actors.isEmpty() ? Timeline.SINO_SOVIET_DPRK : actors;
        if (three.size() != 3) {
            throw new InvalidRequestException("triangle takes three actors or none, not " + three.size());
        }
        return graph.triangle(year, three);
    }

    @Override
    Optional<RestQuestion> rest() {
        if (actors != null && actors.size() != 3) {
            return Optional.empty();
        }
        return Optional.of(RestQuestion.of("/api/triangle?year=" + year
                + (actors == null || actors.isEmpty() ? "" : "&actors=" + ServedGraph.encode(String.join(",", actors))),
                Triangle.class));
    }

    @Override
    void printTable(Triangle triangle, PrintStream out) {
        out.printf("Triangle %s in %d: %s%n%n", String.join(" / ", triangle.actors()), triangle.year(), triangle.balance());
        var table = Tables.table(26, 10, 6, 8);
        table.addRowValues("EDGE", "STATUS", "SIGN", "NET");
        for (Triangle.Edge edge : triangle.edges()) {
            table.addRowValues(edge.a() + " / " + edge.b(), edge.status(), String.format("%+d", edge.sign()),
                    Tables.score(edge.net()));
        }
        out.print(table);
    }
}
