package org.alliancegraph.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.alliancegraph.AllianceGraph;
import org.alliancegraph.claim.Claim;
import org.alliancegraph.timeline.Evidence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code claims [--actor A]}: the article's argument, each thesis with its quotes and supporting facts. */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = "The article's claims (its theses, not events): each with its quotes and the facts that support it.")
final class ClaimsCommand extends QueryCommand<List<Claim>> {

    @Option(names = "--actor", paramLabel = "A",
            description = "Only the claims about this actor (id, name or alias), or resting on a fact of its dyads.")
    String actor;

    @Override
    List<Claim> ask(AllianceGraph graph) {
        return actor == null ? graph.claims() : graph.claims(actor);
    }

    @Override
    Optional<RestQuestion> rest() {
        return Optional.of(RestQuestion.ofList("/api/claims" + (actor == null ? "" : "?actor=" + ServedGraph.encode(actor)),
                Claim.class));
    }

    @Override
    void printTable(List<Claim> claims, PrintStream out) {
        out.printf("%d claims of the article%s%n", claims.size(), actor == null ? "" : " on " + actor);
        for (Claim claim : claims) {
            String period = claim.start().equals(claim.end()) ? claim.start() : claim.start() + " .. " + claim.end();
            out.printf("%n%s (%s; about %s)%n", claim.id(), period, String.join(", ", claim.about()));
            var table = Tables.table(4, 110);
            table.addRowValues("", claim.summary());
            for (Evidence evidence : claim.sources()) {
                table.addRowValues("", "\"" + evidence.quote() + "\" ["
                        + (evidence.note() == null ? evidence.section() : "n" + evidence.note()) + "]");
            }
            table.addRowValues("", "supported by: " + claim.supportedBy().stream().map(Claim.Support::id)
                    .collect(Collectors.joining(", ")));
            out.print(table);
        }
    }
}
