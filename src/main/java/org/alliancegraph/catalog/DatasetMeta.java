package org.alliancegraph.catalog;

import java.util.List;

import org.alliancegraph.InvalidRequestException;

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

        /**
         * Checks a year asked about.
         *
         * @param name what the year is called in the question ({@code year}, {@code from})
         * @throws InvalidRequestException naming the range when the year lies outside it
         */
        public int check(int year, String name) {
            if (!contains(year)) {
                throw new InvalidRequestException(name + " " + year + " is outside the data's range, " + from + " to " + to);
            }
            return year;
        }

        /**
         * The span from {@code first} to {@code last}, each defaulting to the data's own bound.
         *
         * @return the two years
         * @throws InvalidRequestException when a year lies outside the range or the span ends before it starts
         */
        public YearRange span(Integer first, Integer last) {
            int a = check(first == null ? from : first, "from");
            int b = check(last == null ? to : last, "to");
            return ordered(a, b);
        }

        /**
         * A span of any years, in order.
         *
         * @throws InvalidRequestException when it ends before it starts
         */
        public static YearRange ordered(int first, int last) {
            if (first > last) {
                throw new InvalidRequestException("from (" + first + ") is after to (" + last + ")");
            }
            return new YearRange(first, last);
        }
    }

    /**
     * How much the graph holds.
     *
     * @param facts  facts in all, the article's claims apart
     * @param claims the claims (the article's argument), which are facts of type {@code claim}
     * @param actors actors in all
     */
    public record Counts(long facts, long claims, long actors) {
    }
}
