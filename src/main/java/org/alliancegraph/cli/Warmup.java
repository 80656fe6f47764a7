package org.alliancegraph.cli;

import org.alliancegraph.AllianceGraph;
import org.alliancegraph.load.CypherScript;
import org.alliancegraph.load.ExampleQuery;
import org.alliancegraph.load.ScriptSet;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;

/**
 * Work that can wait until {@code serve} is ready, done then in the background so that the first
 * answers are not slow: the index of every dyad and year, the relations of every year, the plans
 * of the Java API's queries, and the plans of the example queries of {@code cypher/queries/} over
 * Bolt, as Browser and drivers send them, with the defaults of their parameters. Neo4j keeps plans by the query's shape, so a user's edited copy of an example
 * (other literals, other spacing) finds its plan too.
 */
final class Warmup {

    private Warmup() {
    }

    static void run(AllianceGraph graph, Driver driver) {
        try {
            var years = graph.meta().years();
            graph.scores();
            for (int year = years.from(); year <= years.to(); year++) {
                graph.relationsIn(year);
            }
            graph.relationsIn(1950, "dprk");
            graph.triangle(1950);
            graph.timeline("dprk", "ussr");
            graph.explain("dprk", "prc", 1956);
            graph.actors();
            graph.claims();
            QueryConfig read = QueryConfig.builder().withRouting(RoutingControl.READ).build();
            for (CypherScript example : ScriptSet.examples().scripts()) {
                var parameters = ExampleQuery.parameters(example.name(), example.text());
                for (CypherScript.Statement query : example.statements()) {
                    driver.executableQuery(query.text()).withParameters(parameters).withConfig(read).execute();
                }
            }
        } catch (RuntimeException stoppedOrChanged) {
            // Warming is a favour: a server stopping meanwhile, or an example that fails, costs nothing.
        }
    }
}
