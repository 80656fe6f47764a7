package org.alliancegraph.catalog;

/**
 * A source document the facts come from.
 *
 * @param id       the source's id, such as {@code agov-2013}
 * @param citation the full citation
 * @param doi      the DOI, when it has one
 * @param notes    how many endnotes it has
 * @param facts    how many facts rest on it, its claims apart
 * @param claims   how many of its claims (its argument) the graph records
 */
public record SourceRecord(String id, String citation, String doi, long notes, long facts, long claims) {
}
