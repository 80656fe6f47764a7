package org.alliancegraph.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.alliancegraph.TestGraph;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

class PartialDateTests {

    @Test
    @DisplayName("each precision means the days 90-derive gives it: winter runs into the next year, a decade ten years")
    void precisions() {
        assertThat(PartialDate.parse("1951-03-14")).hasValue(new PartialDate("1951-03-14", LocalDate.of(1951, 3, 14),
                LocalDate.of(1951, 3, 14), "day"));
        assertThat(PartialDate.parse("1952-02").orElseThrow().latest()).isEqualTo(LocalDate.of(1952, 2, 29));
        assertThat(PartialDate.parse("1951-Q4").orElseThrow().precision()).isEqualTo("quarter");
        assertThat(PartialDate.parse("1951-winter").orElseThrow().latest()).isEqualTo(LocalDate.of(1952, 2, 29));
        assertThat(PartialDate.parse("1950s").orElseThrow().latest()).isEqualTo(LocalDate.of(1959, 12, 31));
        assertThat(PartialDate.parse("1951").orElseThrow().earliest()).isEqualTo(LocalDate.of(1951, 1, 1));
        assertThat(PartialDate.parse("..")).isEmpty();
        assertThat(PartialDate.parse("1951-02-30")).as("no such day").isEmpty();
        assertThat(PartialDate.parse("1951-13")).isEmpty();
    }

    @Test
    @DisplayName("Java reads every bound of the article's facts as 90-derive.cypher does")
    void agreesWithDeriveOnTheArticle() {
        List<String> disagreements = new ArrayList<>();
        int bounds = 0;
        for (Record r : TestGraph.driver().executableQuery("""
                MATCH (f:Fact)
                UNWIND [['start', f.start, f.startEarliest, f.startLatest, f.startPrecision],
                        ['end', f.end, f.endEarliest, f.endLatest, f.endPrecision]] AS b
                RETURN f.id AS id, b[0] AS which, b[1] AS text, b[2] AS earliest, b[3] AS latest, b[4] AS precision
                """).execute().records()) {
            String precision = r.get("precision").asString();
            if (precision.equals("open")) {
                continue;
            }
            bounds++;
            var parsed = PartialDate.parse(r.get("text").asString());
            String expected = r.get("text").asString() + " " + date(r.get("earliest")) + " " + date(r.get("latest")) + " " + precision;
            String actual = parsed.map(p -> p.text() + " " + p.earliest() + " " + p.latest() + " " + p.precision()).orElse("none");
            if (!expected.equals(actual)) {
                disagreements.add(r.get("id").asString() + " " + r.get("which").asString() + ": " + expected + " vs " + actual);
            }
        }
        assertThat(bounds).isGreaterThan(500);
        assertThat(disagreements).isEmpty();
    }

    private static String date(Value value) {
        return value.isNull() ? "null" : value.asLocalDate().toString();
    }
}
