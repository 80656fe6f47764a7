package org.alliancegraph.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

import org.alliancegraph.timeline.Evidence;
import org.alliancegraph.timeline.FactSummary;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.Column.Overflow;
import picocli.CommandLine.Help.TextTable;

/** Plain-text tables, drawn with picocli's own text table (wrapping long summaries). */
final class Tables {

    private Tables() {
    }

    /** A table with the given column widths; a longer value wraps within its column. */
    static TextTable table(int... widths) {
        Column[] columns = new Column[widths.length];
        for (int i = 0; i < widths.length; i++) {
            columns[i] = new Column(widths[i], 0, Overflow.WRAP);
        }
        return TextTable.forColumns(Ansi.OFF, columns);
    }

    /** The facts of a dyad: period, type, summary, the notes of its evidence; * marks an uncertain one. */
    static void printFacts(List<FactSummary> facts, PrintStream out) {
        TextTable table = table(4, 25, 10, 80);
        for (FactSummary fact : facts) {
            String period = fact.start().equals(fact.end()) ? fact.start() : fact.start() + " .. " + fact.end();
            table.addRowValues(fact.certain() ? "" : "  *", period, fact.type(), fact.summary() + notes(fact));
        }
        out.print(table);
    }

    static String notes(FactSummary fact) {
        String notes = fact.sources().stream().map(Evidence::note).filter(n -> n != null).distinct()
                .map(n -> "n" + n).collect(Collectors.joining(", "));
        return notes.isEmpty() ? " [" + fact.sources().get(0).section() + "]" : " [" + notes + "]";
    }

    /** A score as tables show it; a year without evidence is an empty cell, never 0.00. */
    static String score(Double value) {
        return value == null ? "" : String.format("%.2f", value);
    }
}
