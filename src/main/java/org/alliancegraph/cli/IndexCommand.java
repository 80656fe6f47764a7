package org.alliancegraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.alliancegraph.AllianceGraph;
import org.alliancegraph.InvalidRequestException;
import org.alliancegraph.chart.NetChart;
import org.alliancegraph.index.IndexResult;
import org.alliancegraph.index.Measure;
import org.jfree.chart.JFreeChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code index [--actor A] [--from Y --to Y] [--chart FILE]}: integration, divergence and net per partner and year. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "The integration and divergence index of an actor with each partner, year by year; "
                + "--chart draws net per partner over time.")
final class IndexCommand extends QueryCommand<IndexResult> {

    @Option(names = "--actor", defaultValue = "dprk", paramLabel = "A", description = "The actor (default ${DEFAULT-VALUE}).")
    String actor;

    @Option(names = "--from", paramLabel = "YEAR", description = "The first year (default: the data's first).")
    Integer from;

    @Option(names = "--to", paramLabel = "YEAR", description = "The last year (default: the data's last).")
    Integer to;

    @Option(names = "--partners", split = ",", paramLabel = "IDS", description = "Only these partners, comma-separated.")
    List<String> partners = List.of();

    @Option(names = "--measure", defaultValue = "net", paramLabel = "M",
            description = "What to show and chart: net (default), integration or divergence.")
    String measure;

    @Option(names = "--chart", paramLabel = "FILE", description = "Draw the measure per partner over time to this SVG file.")
    Path chart;

    @Option(names = "--png", paramLabel = "FILE", description = "Draw the same chart to this PNG file.")
    Path png;

    @Override
    IndexResult ask(AllianceGraph graph) {
        measure();
        return graph.index(actor, from, to);
    }

    @Override
    Optional<RestQuestion> rest() {
        measure();
        return Optional.of(RestQuestion.of("/api/index?actor=" + ServedGraph.encode(actor)
                + (from == null ? "" : "&from=" + from) + (to == null ? "" : "&to=" + to), IndexResult.class));
    }

    @Override
    boolean rewritesAnswer() {
        return !partners.isEmpty() || chart != null || png != null;
    }

    @Override
    IndexResult finish(IndexResult answer) {
        IndexResult index = answer;
        if (!partners.isEmpty()) {
            index = new IndexResult(index.actor(), index.from(), index.to(),
                    index.partners().stream().filter(p -> partners.contains(p.partner())).toList());
        }
        if (chart != null || png != null) {
            JFreeChart drawn = NetChart.of(index, measure());
            if (chart != null) {
                NetChart.writeSvg(drawn, chart);
                Console.info("Chart written to " + chart);
            }
            if (png != null) {
                NetChart.writePng(drawn, png);
                Console.info("Chart written to " + png);
            }
        }
        return index;
    }

    @Override
    void printTable(IndexResult index, PrintStream out) {
        Measure shownMeasure = measure();
        out.printf("%s of %s with each partner, %d to %d (%s; an empty cell: no scored fact, no evidence)%n%n",
                NetChart.title(shownMeasure), index.actor(), index.from(), index.to(), NetChart.axis(shownMeasure));
        List<IndexResult.Partner> shown = index.partners();
        int[] widths = new int[shown.size() + 1];
        widths[0] = 6;
        String[] header = new String[shown.size() + 1];
        header[0] = "YEAR";
        for (int i = 0; i < shown.size(); i++) {
            widths[i + 1] = Math.max(8, shown.get(i).partner().length() + 2);
            header[i + 1] = shown.get(i).partner();
        }
        var table = Tables.table(widths);
        table.addRowValues(header);
        for (int y = 0; y < index.to() - index.from() + 1; y++) {
            String[] row = new String[shown.size() + 1];
            row[0] = String.valueOf(index.from() + y);
            for (int i = 0; i < shown.size(); i++) {
                row[i + 1] = Tables.score(shown.get(i).years().get(y).measure(shownMeasure));
            }
            table.addRowValues(row);
        }
        out.print(table);
    }

    private Measure measure() {
        return Measure.of(measure).orElseThrow(() -> new InvalidRequestException(
                "Unknown measure '" + measure + "': use net, integration or divergence"));
    }
}
