package org.alliancegraph.load;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The keys of every node the scripts create, by label: what a database holds after a load, and
 * nothing more. A load into an existing server removes the nodes that are not in it.
 *
 * @param keys the keys (the id, or for names the key) by label
 */
public record Inventory(Map<String, Set<String>> keys) {

    /** The labels whose nodes the scripts own, each with its key property. */
    public static final Map<String, String> OWNED = Map.ofEntries(
            Map.entry("Dataset", "id"), Map.entry("Source", "id"), Map.entry("Section", "id"), Map.entry("Note", "id"),
            Map.entry("Work", "id"), Map.entry("Document", "id"), Map.entry("Archive", "id"), Map.entry("Actor", "id"),
            Map.entry("Name", "key"), Map.entry("Fact", "id"), Map.entry("Dyad", "id"));

    /** Reads one label's keys; {@code $label}-free so that it can be planned once per label. */
    public static String keysOf(String label) {
        return "MATCH (n:`" + label + "`) RETURN collect(n." + OWNED.get(label) + ") AS keys";
    }

    public Inventory {
        keys = Map.copyOf(new TreeMap<>(keys));
    }

    /** Builds an inventory from each label's list of keys. */
    public static Inventory of(Map<String, List<String>> lists) {
        Map<String, Set<String>> keys = new TreeMap<>();
        lists.forEach((label, values) -> keys.put(label, Set.copyOf(values)));
        return new Inventory(keys);
    }

    /** How many nodes of all owned labels. */
    public int size() {
        return keys.values().stream().mapToInt(Set::size).sum();
    }
}
