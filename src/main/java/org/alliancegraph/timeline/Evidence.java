package org.alliancegraph.timeline;

/**
 * Where a fact's quote stands in its source.
 *
 * @param source  the source's id
 * @param note    the endnote number, or null when the passage has none
 * @param section the section's key
 * @param quote   the quote, at most 25 words
 */
public record Evidence(String source, Integer note, String section, String quote) {
}
