package org.alliancegraph.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.alliancegraph.TestGraph;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;

class YearRuleTests {

    @Test
    @DisplayName("a fact dated '1950s .. 1960s' (note 91) possibly falls in 1951 and certainly only in 1959 and 1960")
    void decades() {
        LocalDate startEarliest = LocalDate.of(1950, 1, 1);
        LocalDate startLatest = LocalDate.of(1959, 12, 31);
        LocalDate endEarliest = LocalDate.of(1960, 1, 1);
        LocalDate endLatest = LocalDate.of(1969, 12, 31);

        assertThat(YearRule.possibly(startEarliest, endLatest, 1951)).isTrue();
        assertThat(YearRule.certainly(startLatest, endEarliest, 1951)).isFalse();
        assertThat(YearRule.certainly(startLatest, endEarliest, 1959)).isTrue();
        assertThat(YearRule.certainly(startLatest, endEarliest, 1960)).isTrue();
        assertThat(YearRule.possibly(startEarliest, endLatest, 1970)).isFalse();
        assertThat(YearRule.possibly(null, null, 1945)).as("open bounds").isTrue();
    }

    @Test
    @DisplayName("the yearly ties that 90-derive writes are the dyad-years in which the rule says a fact possibly falls")
    void deriveAgreesWithTheRule() {
        var driver = TestGraph.driver();
        Record range = driver.executableQuery("""
                MATCH (f:Fact) RETURN min(coalesce(f.startEarliest, f.endEarliest)).year AS first,
                                      max(coalesce(f.endLatest, f.startLatest)).year AS last""").execute().records().get(0);
        int first = range.get("first").asInt();
        int last = range.get("last").asInt();
        Map<String, Integer> expected = new TreeMap<>();
        for (Record r : driver.executableQuery("""
                MATCH (f:Fact)-[:CONCERNS]->(d:Dyad)
                RETURN d.id AS dyad, f.startEarliest AS startEarliest, f.endLatest AS endLatest""").execute().records()) {
            LocalDate startEarliest = r.get("startEarliest").isNull() ? null : r.get("startEarliest").asLocalDate();
            LocalDate endLatest = r.get("endLatest").isNull() ? null : r.get("endLatest").asLocalDate();
            for (int year = first; year <= last; year++) {
                if (YearRule.possibly(startEarliest, endLatest, year)) {
                    expected.merge(r.get("dyad").asString() + " " + year, 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> ties = new TreeMap<>();
        for (Record r : driver.executableQuery("MATCH ()-[t:TIE]->() RETURN t.dyad AS dyad, t.year AS year, t.facts AS facts")
                .execute().records()) {
            ties.put(r.get("dyad").asString() + " " + r.get("year").asInt(), r.get("facts").asInt());
        }

        assertThat(ties).isNotEmpty().isEqualTo(expected);
    }
}
