package org.alliancegraph.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One bound of a period as the source states it ({@code 1951}, {@code 1951-03}, {@code 1951-03-14},
 * {@code 1951-Q1}, {@code 1951-spring}, {@code 1950s}), read as the earliest and the latest day it
 * can mean, with its precision. {@code cypher/90-derive.cypher} reads the same texts the same way
 * in Cypher; this is its Java twin, for data written in bulk without the derive script (a test
 * checks that the two agree on every bound of the article's facts).
 *
 * @param text      the bound as written
 * @param earliest  the earliest day it can mean
 * @param latest    the latest day it can mean
 * @param precision day, month, quarter, season, year or decade
 */
public record PartialDate(String text, LocalDate earliest, LocalDate latest, String precision) {

    private static final Pattern FORM = Pattern.compile(
            "(\\d{4})(?:-(?:(0[1-9]|1[0-2])(?:-(0[1-9]|[12][0-9]|3[01]))?|Q([1-4])|(spring|summer|autumn|winter)))?|(\\d{3}0)s");

    /** The bound {@code text} means, or empty for an open ({@code ..}) or invalid one. */
    public static Optional<PartialDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        if (m.group(6) != null) {
            int decade = Integer.parseInt(m.group(6));
            return Optional.of(new PartialDate(text, LocalDate.of(decade, 1, 1), LocalDate.of(decade + 9, 12, 31), "decade"));
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(3) != null) {
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            int day = Integer.parseInt(m.group(3));
            if (day > month.lengthOfMonth()) {
                return Optional.empty();
            }
            LocalDate date = month.atDay(day);
            return Optional.of(new PartialDate(text, date, date, "day"));
        }
        if (m.group(2) != null) {
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            return Optional.of(new PartialDate(text, month.atDay(1), month.atEndOfMonth(), "month"));
        }
        if (m.group(4) != null) {
            return Optional.of(threeMonths(text, year, 3 * Integer.parseInt(m.group(4)) - 2, "quarter"));
        }
        if (m.group(5) != null) {
            int first = switch (m.group(5)) {
                case "spring" -> 3;
                case "summer" -> 6;
                case "autumn" -> 9;
                default -> 12;
            };
            return Optional.of(threeMonths(text, year, first, "season"));
        }
        return Optional.of(new PartialDate(text, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "year"));
    }

    /** Three months from the first day of {@code month} (winter runs into the next year). */
    private static PartialDate threeMonths(String text, int year, int month, String precision) {
        LocalDate first = LocalDate.of(year, month, 1);
        return new PartialDate(text, first, first.plusMonths(3).minusDays(1), precision);
    }
}
