package org.alliancegraph.api;

/**
 * Where an embedded Neo4j Browser runs beside the REST API, so that a client (the time-slider page)
 * can offer a link to it; {@code /api/meta} names it under {@code browser}, and null there means that
 * no Browser runs with this server (an external Neo4j, or a server started without one).
 *
 * @param url            Browser's address, ending in {@code /browser/}
 * @param bolt           the Bolt URI Browser should connect to
 * @param authentication whether the embedded Neo4j asks for a user and password
 */
public record BrowserLink(String url, String bolt, boolean authentication) {
}
