package org.alliancegraph.load;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a load writes about itself on the {@code Dataset} node, in the load's own transaction: the
 * SHA-256 of the scripts it loaded ({@code scriptsSha256}) and an id of its own ({@code loadId}).
 * A reader compares the first with its own scripts to know whether a server holds this version of
 * the graph, and watches the second to know when to forget what it read. Neither counts in the
 * {@link ContentHash}: two loads of the same scripts give the same content.
 */
public final class LoadRecord {

    /** The properties a load writes about itself. */
    public static final Set<String> PROPERTIES = Set.of("scriptsSha256", "loadId");

    /** Reads the record (no row when no dataset is loaded). */
    public static final String READ = "MATCH (d:Dataset) RETURN d.scriptsSha256 AS scriptsSha256, d.loadId AS loadId LIMIT 1";

    static final String WRITE = "MATCH (d:Dataset) SET d.scriptsSha256 = $fingerprint, d.loadId = $loadId";

    private LoadRecord() {
    }

    /** The parameters of the record of a load of these scripts. */
    static Map<String, Object> of(ScriptSet scripts) {
        return Map.of("fingerprint", scripts.fingerprint(), "loadId", UUID.randomUUID().toString());
    }
}
