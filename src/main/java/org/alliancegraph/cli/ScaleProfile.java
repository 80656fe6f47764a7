package org.alliancegraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alliancegraph.embedded.EmbeddedNeo4j;
import org.alliancegraph.model.YearRule;
import org.alliancegraph.scale.SyntheticSpec;
import org.alliancegraph.timeline.StoredYears;

/** Writes the PROFILE of each key query on a loaded synthetic store, for docs/performance.md. */
final class ScaleProfile {

    private ScaleProfile() {
    }

    static void write(EmbeddedNeo4j server, SyntheticSpec spec, List<String> busiest, Path file) {
        int year = spec.firstYear() + spec.years() / 2;
        Map<String, Object> p = new HashMap<>();
        p.put("actor", busiest.get(0));
        p.put("a", busiest.get(0));
        p.put("year", year);
        p.put("offset", 0);
        p.put("limit", 101);
        p.put("certainOn", List.of(YearRule.jan1(year), YearRule.dec31(year)));
        p.put("dyad", busiest.get(0) + "/" + busiest.get(1));
        p.put("dyads", List.of(busiest.get(0) + "/" + busiest.get(1), busiest.get(0) + "/" + busiest.get(2)));
        p.put("from", spec.firstYear());
        p.put("to", spec.lastYear());
        p.put("first", spec.firstYear());
        p.put("last", spec.lastYear());
        StringBuilder out = new StringBuilder();
        out.append(String.format("PROFILE of the key queries: %d facts, %d states, seed %d; actor %s, dyad %s, year %d%n",
                spec.events(), spec.states(), spec.seed(), busiest.get(0), p.get("dyad"), year));
        StoredYears.queries().forEach((name, query) -> {
            String plan = server.database().executeTransactionally("PROFILE " + query, p, result -> {
                result.accept(row -> true);
                return result.getExecutionPlanDescription().toString();
            });
            out.append("\n### ").append(name).append("\n\n```cypher\n").append(query.strip()).append("\n```\n\n```text\n")
                    .append(plan.strip()).append("\n```\n");
        });
        try {
            Files.writeString(file, out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
