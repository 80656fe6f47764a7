package org.alliancegraph.load;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;

/**
 * Removes from a server the nodes of the dataset's own labels that the scripts no longer create,
 * so that a fact deleted from a script does not linger after a load. Nodes of other labels are
 * never touched.
 */
public final class StaleNodes {

    private StaleNodes() {
    }

    /**
     * Deletes, label by label, the owned nodes whose key is not in {@code inventory}.
     *
     * @return how many nodes were deleted
     */
    public static long remove(Driver driver, Inventory inventory) {
        long deleted = 0;
        for (Map.Entry<String, String> owned : Inventory.OWNED.entrySet()) {
            String label = owned.getKey();
            Set<String> keep = inventory.keys().getOrDefault(label, Set.of());
            deleted += driver.executableQuery("MATCH (n:`" + label + "`) WHERE NOT n." + owned.getValue()
                            + " IN $keep DETACH DELETE n RETURN count(*) AS deleted")
                    .withParameters(Map.of("keep", List.copyOf(keep)))
                    .execute().records().get(0).get("deleted").asLong();
        }
        return deleted;
    }
}
