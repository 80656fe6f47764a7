package org.alliancegraph.catalog;

import java.util.List;

/**
 * What a client needs to cite and bound the data: the dataset's version, its sources and the
 * years its facts cover.
 *
 * @param dataset  the dataset's id
 * @param title    the dataset's title
 * @param version  the dataset's version
 * @param sources  the sources the facts come from
 * @param years    the first and last year any fact's period reaches
 * @param counts   how many facts of each type, and how many actors
 */
public record DatasetMeta(String dataset, String title, String version, List<SourceRecord> sources, YearRange years,
        Counts counts) {

    public DatasetMeta {
        sources = List.copyOf(sources);
    }

    /**
     * The years the data covers.
     *
     * @param from the first year
     * @param to   the last year
     */
    public record YearRange(int from, int to) {

        public boolean contains(int year) {
            return year >= from && year <= to;
        }
    }

    /**
     * How much the graph holds.
     *
     * @param facts  facts in all
     * @param actors actors in all
     */
    public record Counts(long facts, long actors) {
    }
}
