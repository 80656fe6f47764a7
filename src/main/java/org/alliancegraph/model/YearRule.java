package org.alliancegraph.model;

import java.time.LocalDate;

/**
 * When a fact counts in a year. A fact's bounds are kept as the earliest and the latest day each
 * can mean ({@code startEarliest .. startLatest}, {@code endEarliest .. endLatest}; null for an
 * open bound). It <em>possibly</em> falls in a year when its widest period overlaps the year, and
 * <em>certainly</em> when its narrowest does: "1950s .. 1960s" possibly falls in 1955 and
 * certainly in none of its years but those both decades cover for sure.
 *
 * <p>The rule is written here once, in Java for the index and as Cypher predicates for the
 * queries; {@code cypher/90-derive.cypher} writes the same rule into the yearly ties, so that a
 * graph loaded with cypher-shell has them too, and a test checks that the two agree on every fact
 * and year.
 */
public final class YearRule {

    private YearRule() {
    }

    /** Whether a period whose widest bounds are these possibly overlaps {@code year}. */
    public static boolean possibly(LocalDate startEarliest, LocalDate endLatest, int year) {
        return (startEarliest == null || !startEarliest.isAfter(dec31(year)))
                && (endLatest == null || !endLatest.isBefore(jan1(year)));
    }

    /** Whether a period whose narrowest bounds are these certainly overlaps {@code year}. */
    public static boolean certainly(LocalDate startLatest, LocalDate endEarliest, int year) {
        return (startLatest == null || !startLatest.isAfter(dec31(year)))
                && (endEarliest == null || !endEarliest.isBefore(jan1(year)));
    }

    public static LocalDate jan1(int year) {
        return LocalDate.of(year, 1, 1);
    }

    public static LocalDate dec31(int year) {
        return LocalDate.of(year, 12, 31);
    }

    /**
     * {@link #possibly} as a Cypher predicate on the fact {@code f}, between two Cypher
     * expressions for the year's first and last day.
     */
    public static String possiblyIn(String f, String jan1, String dec31) {
        return "(" + f + ".startEarliest IS NULL OR " + f + ".startEarliest <= " + dec31 + ") AND (" + f
                + ".endLatest IS NULL OR " + f + ".endLatest >= " + jan1 + ")";
    }

    /** {@link #certainly} as a Cypher predicate, as {@link #possiblyIn}. */
    public static String certainlyIn(String f, String jan1, String dec31) {
        return "(" + f + ".startLatest IS NULL OR " + f + ".startLatest <= " + dec31 + ") AND (" + f
                + ".endEarliest IS NULL OR " + f + ".endEarliest >= " + jan1 + ")";
    }
}
