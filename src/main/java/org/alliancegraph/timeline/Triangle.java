package org.alliancegraph.timeline;

import java.util.List;

/**
 * Three actors in one year, with the three edges between them and their structural balance.
 *
 * @param year    the year
 * @param actors  the three actors
 * @param edges   the three edges
 * @param balance {@code balanced} when the product of the edges' signs is positive, {@code unbalanced}
 *                when negative, {@code undetermined} when an edge is neutral (cool) or unknown (Heider)
 */
public record Triangle(int year, List<String> actors, List<Edge> edges, String balance) {

    public Triangle {
        actors = List.copyOf(actors);
        edges = List.copyOf(edges);
    }

    /**
     * One side of the triangle.
     *
     * @param a      one actor
     * @param b      the other
     * @param status the state in force longest that year
     * @param sign   +1, 0 or -1 for structural balance
     * @param net    the index's net score (null until computed)
     */
    public record Edge(String a, String b, String status, int sign, Double net) {
    }
}
