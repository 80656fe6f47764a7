package org.alliancegraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.alliancegraph.AllianceGraph;
import org.alliancegraph.load.CypherScript;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Work that can wait until {@code serve} is ready, done then in the background so that the first
 * answers are not slow: the index of every dyad and year, the relations of every year, the
 * plans of the Java API's queries,
 * and the plans of the example queries of {@code cypher/queries/} over Bolt, as Browser and
 * drivers send them. Neo4j keeps plans by the query's shape, so a user's edited copy of an example
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
            QueryConfig read = QueryConfig.builder().withRouting(RoutingControl.READ).build();
            for (String query : exampleQueries()) {
                driver.executableQuery(query).withConfig(read).execute();
            }
        } catch (RuntimeException stoppedOrChanged) {
            // Warming is a favour: a server stopping meanwhile, or an example that fails, costs nothing.
        }
    }

    /** The statements of cypher/queries/ (the folder, else the copy in the jar). */
    static List<String> exampleQueries() {
        List<String> queries = new ArrayList<>();
        try {
            java.nio.file.Path local = java.nio.file.Path.of("cypher", "queries");
            if (java.nio.file.Files.isDirectory(local)) {
                try (Stream<java.nio.file.Path> files = java.nio.file.Files.list(local)) {
                    for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".cypher")).sorted().toList()) {
                        add(queries, java.nio.file.Files.readString(file, StandardCharsets.UTF_8));
                    }
                }
                return queries;
            }
            var resolver = new PathMatchingResourcePatternResolver(Warmup.class.getClassLoader());
            for (Resource resource : Stream.of(resolver.getResources("classpath*:cypher/queries/*.cypher"))
                    .sorted(Comparator.comparing(Resource::getFilename)).toList()) {
                try (InputStream in = resource.getInputStream()) {
                    add(queries, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            return queries;
        }
        return queries;
    }

    private static void add(List<String> queries, String text) {
        CypherScript.parse("query", text).statements().forEach(s -> queries.add(s.text()));
    }
}
