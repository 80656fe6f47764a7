package org.alliancegraph.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.alliancegraph.catalog.DatasetMeta;

/**
 * {@code /api/meta}: the dataset's description as the Java API gives it, and beside it what runs
 * with this server. The dataset's fields stay at the top level, as before the {@code browser} field.
 *
 * @param dataset the dataset's version, sources, year range and counts
 * @param browser the embedded Neo4j Browser beside this server, or null when none runs
 */
record ServedMeta(@JsonUnwrapped DatasetMeta dataset, BrowserLink browser) {
}
