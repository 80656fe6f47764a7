package org.alliancegraph.cli;

import java.io.PrintStream;

import org.alliancegraph.AllianceGraph;
import org.alliancegraph.index.Checkpoint;
import org.alliancegraph.index.Sensitivity;
import picocli.CommandLine.Command;

/** {@code sensitivity}: every weight moved by half up and down, one at a time: do the article's checkpoints hold? */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = "Move each index weight by half up and down, one at a time, and report which checkpoints still hold.")
final class SensitivityCommand extends QueryCommand<Sensitivity> {

    private boolean allHold;

    @Override
    Sensitivity ask(AllianceGraph graph) {
        Sensitivity report = graph.sensitivity(Checkpoint.locate());
        allHold = report.failures().isEmpty();
        return report;
    }

    @Override
    void printTable(Sensitivity report, PrintStream out) {
        out.printf("%d checkpoints x %d single-weight changes (each weight x0.5 and x1.5)%n%n", report.checkpoints().size(),
                report.changes().size());
        var table = Tables.table(44, 10, 12);
        table.addRowValues("CHECKPOINT", "BASELINE", "HOLDS IN");
        for (int i = 0; i < report.checkpoints().size(); i++) {
            int index = i;
            long holding = report.changes().stream().filter(c -> c.holds().get(index)).count();
            table.addRowValues(report.checkpoints().get(i),
                    !report.evidence().get(i) ? "NO EVIDENCE" : report.baseline().get(i) ? "holds" : "FAILS",
                    holding + "/" + report.changes().size());
        }
        out.print(table);
        if (report.failures().isEmpty()) {
            out.println("\nEvery checkpoint holds under every single-weight change.");
        } else {
            out.println();
            report.failures().forEach(f -> out.println("FAILS: " + f));
        }
    }

    @Override
    public Integer call() {
        int code = super.call();
        return code == 0 && !allHold ? Cli.FAILURE : code;
    }
}
