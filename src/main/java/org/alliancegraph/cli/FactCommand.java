package org.alliancegraph.cli;

import java.io.PrintStream;
import java.util.Optional;

import org.alliancegraph.AllianceGraph;
import org.alliancegraph.timeline.Evidence;
import org.alliancegraph.timeline.FactDetail;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code fact ID}: one fact in full, with its evidence and the documents behind its notes. */
@Command(name = "fact", mixinStandardHelpOptions = true,
        description = "One fact in full: period, actors, details, quotes, and the documents and archives behind its notes.")
final class FactCommand extends QueryCommand<FactDetail> {

    @Parameters(index = "0", paramLabel = "ID", description = "The fact's id, such as flow-ussr-dprk-trade-1949.")
    String id;

    @Override
    FactDetail ask(AllianceGraph graph) {
        return graph.fact(id);
    }

    @Override
    Optional<RestQuestion> rest() {
        return Optional.of(RestQuestion.of("/api/facts/" + ServedGraph.encode(id), FactDetail.class));
    }

    @Override
    void printTable(FactDetail detail, PrintStream out) {
        var fact = detail.fact();
        out.printf("%s (%s)%n%s%n", fact.id(), fact.type(), fact.summary());
        out.printf("period: %s .. %s (precision %s)%n", fact.start(), fact.end(), fact.precision());
        if (fact.status() != null) {
            out.printf("status: %s%n", fact.status());
        }
        out.printf("certainty: %s%s%n", fact.certainty(), fact.claimant() == null ? "" : ", claimed by " + fact.claimant());
        detail.actors().forEach(a -> out.printf("  %-12s %s (%s)%n", a.role(), a.name(), a.actor()));
        detail.details().forEach((k, v) -> out.printf("  %-12s %s%n", k, v));
        for (Evidence evidence : fact.sources()) {
            out.printf("evidence (%s, %s): \"%s\"%n", evidence.note() == null ? "no note" : "note " + evidence.note(),
                    evidence.section(), evidence.quote());
        }
        if (fact.caveat() != null) {
            out.printf("caveat (%s): %s%n", fact.caveatKind(), fact.caveat());
        }
        for (FactDetail.Citation c : detail.citations()) {
            out.printf("  note %d cites %s %s%s%s%n", c.note(), c.kind(), c.title() == null ? c.id() : c.title(),
                    c.archive() == null ? "" : ", held in " + c.archive(),
                    c.citedIn() == null ? "" : ", cited in " + c.citedIn());
        }
        if (!detail.aggregateOf().isEmpty()) {
            out.printf("total of: %s%n", String.join(", ", detail.aggregateOf()));
        }
        if (!detail.partOf().isEmpty()) {
            out.printf("part of: %s%n", String.join(", ", detail.partOf()));
        }
    }
}
