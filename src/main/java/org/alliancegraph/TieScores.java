package org.alliancegraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alliancegraph.index.DyadScore;
import org.alliancegraph.index.Scores;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;

/**
 * Writes each year's integration, divergence and net under the default weights onto the yearly
 * ties (TIE and the status relationship beside it), so that Neo4j Browser and plain Cypher show
 * them. Runs after the scripts were loaded, in a transaction of its own: the index reads the
 * committed facts through the same code that answers {@code index} and {@code explain}. A score
 * that is null (no evidence that year) leaves the property absent, never 0.
 */
public final class TieScores {

    /** Sets the three measures on both relationships of a dyad-year; a null removes the property. */
    static final String WRITE = """
            UNWIND $rows AS row
            MATCH (a:Actor {id: row.a})-[t]->(b:Actor {id: row.b})
            WHERE t.year = row.year AND (t:TIE OR type(t) = toUpper(t.status))
            SET t.integration = row.integration, t.divergence = row.divergence, t.net = row.net
            RETURN count(t) AS written""";

    private TieScores() {
    }

    /**
     * Computes every dyad-year's scores with the weights of config/ and writes them.
     *
     * @return how many relationships received scores
     */
    public static long write(Driver driver) {
        Scores scores = AllianceGraph.on(driver).scores();
        List<Map<String, Object>> rows = new ArrayList<>();
        scores.byDyad().values().forEach(years -> years.values().forEach(s -> rows.add(row(s))));
        return driver.executableQuery(WRITE)
                .withParameters(Map.of("rows", rows))
                .withConfig(QueryConfig.builder().withRouting(RoutingControl.WRITE).build())
                .execute().records().get(0).get("written").asLong();
    }

    private static Map<String, Object> row(DyadScore s) {
        // The TIE runs from the smaller id to the other, as 90-derive writes it.
        boolean ordered = s.a().compareTo(s.b()) < 0;
        Map<String, Object> row = new HashMap<>();
        row.put("a", ordered ? s.a() : s.b());
        row.put("b", ordered ? s.b() : s.a());
        row.put("year", s.year());
        row.put("integration", s.integration());
        row.put("divergence", s.divergence());
        row.put("net", s.net());
        return row;
    }
}
