package org.alliancegraph.cli;

import java.io.PrintStream;
import java.util.Optional;

import org.alliancegraph.AllianceGraph;
import org.alliancegraph.index.Validity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.TextTable;

/** {@code validity}: how often the sign of the net agrees with the article's status, by half of the dyads. */
@Command(name = "validity", mixinStandardHelpOptions = true,
        description = "How often the sign of the net agrees with the article's relation status: on the tuning half "
                + "of the dyads, the held-back half and all, with every disagreement and the facts behind it.")
final class ValidityCommand extends QueryCommand<Validity> {

    @Override
    Validity ask(AllianceGraph graph) {
        return graph.validity();
    }

    @Override
    Optional<RestQuestion> rest() {
        return Optional.of(RestQuestion.of("/api/index/validity", Validity.class));
    }

    @Override
    void printTable(Validity v, PrintStream out) {
        out.println("Sign of the net against the article's status (allied, close, normal +; strained, frozen, crisis, "
                + "hostile -; cool either)");
        out.println("Split: " + v.split());
        out.println("Tuning half: " + String.join(", ", v.tuningDyads()));
        out.println("Statuses checked: sha256 " + v.statusesSha256());
        out.println();
        var summary = Tables.table(12, 10, 8, 8);
        summary.addRowValues("HALF", "CHECKED", "AGREE", "RATE");
        agreement(summary, "tuning", v.tuning());
        agreement(summary, "held back", v.heldBack());
        agreement(summary, "all", v.all());
        out.print(summary);
        out.printf("%nLeft out: %d cool dyad-years (agree with either sign), %d judged dyad-years without a scored fact%n",
                v.cool(), v.unscored());
        out.printf("%n%d disagreements%n", v.disagreements().size());
        for (Validity.Row row : v.disagreements()) {
            out.printf("%n%s %d: %s, net %.2f (%s)%n", row.dyad(), row.year(), row.status(), row.net(), row.half());
            row.facts().forEach(f -> out.println("    " + f));
        }
    }

    private static void agreement(TextTable table, String half, Validity.Agreement a) {
        table.addRowValues(half, String.valueOf(a.checked()), String.valueOf(a.agree()), String.format("%.1f%%", 100 * a.rate()));
    }
}
