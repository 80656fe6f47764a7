package org.alliancegraph.load;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What the product owns on a server it loads into: the nodes of its own labels and their
 * relationships. A load into an external server replaces these, in the load's one transaction,
 * and touches no other node.
 */
public final class Ownership {

    /** The labels whose nodes the scripts create. */
    public static final List<String> LABELS = List.of("Dataset", "Source", "Section", "Note", "Work", "Document",
            "Archive", "Actor", "Name", "Fact", "Dyad", "Retired");

    /**
     * The label of what users add to a writable graph (notes, links of their own): no load
     * removes these nodes, and the content hash leaves them out.
     */
    public static final String USERS = "Annotation";

    private Ownership() {
    }

    /** The statements that remove what a previous load created, run first in the load's transaction. */
    public static List<String> clearStatements() {
        return List.of("MATCH (n) WHERE " + LABELS.stream().map(l -> "n:" + l).collect(Collectors.joining(" OR "))
                + " DETACH DELETE n");
    }
}
