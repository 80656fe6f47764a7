package org.alliancegraph.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.alliancegraph.TestGraph;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

class YearTiesTests {

    @Test
    @DisplayName("Java gives the article's yearly ties as 90-derive wrote them: status, statuses, certainty and facts of every dyad-year")
    void sameTiesAsDerive() {
        var driver = TestGraph.driver();
        Record range = driver.executableQuery("""
                MATCH (f:Fact) RETURN min(coalesce(f.startEarliest, f.endEarliest)).year AS first,
                                      max(coalesce(f.endLatest, f.startLatest)).year AS last""").execute().records().get(0);
        YearTies ties = new YearTies(range.get("first").asInt(), range.get("last").asInt(), null);
        Map<String, List<DatedFact>> byDyad = new TreeMap<>();
        for (Record r : driver.executableQuery("""
                MATCH (f:Fact)-[:CONCERNS]->(d:Dyad)
                RETURN d.id AS dyad, f.id AS id, f.startEarliest AS se, f.startLatest AS sl, f.endEarliest AS ee,
                       f.endLatest AS el, CASE WHEN f:Relation THEN f.status END AS status""").execute().records()) {
            byDyad.computeIfAbsent(r.get("dyad").asString(), d -> new ArrayList<>()).add(new DatedFact(r.get("id").asString(),
                    date(r.get("se")), date(r.get("sl")), date(r.get("ee")), date(r.get("el")), r.get("status").asString(null), null));
        }
        List<String> java = new ArrayList<>();
        byDyad.forEach((dyad, facts) -> {
            String[] ab = dyad.split("/");
            ties.ties(ab[0], ab[1], facts).forEach(t -> java.add(line(dyad, t.year(), t.status(), t.statuses(), t.certain(), t.facts())));
        });
        List<String> derived = driver.executableQuery("""
                MATCH ()-[t:TIE]->() RETURN t.dyad AS dyad, t.year AS year, t.status AS status, t.statuses AS statuses,
                       t.certain AS certain, t.facts AS facts ORDER BY dyad, year""").execute().records().stream()
                .map(r -> line(r.get("dyad").asString(), r.get("year").asInt(), r.get("status").asString(),
                        r.get("statuses").asList(Value::asString), r.get("certain").asBoolean(), r.get("facts").asLong()))
                .toList();
        assertThat(derived).hasSizeGreaterThan(300);
        assertThat(java.stream().filter(l -> !l.contains(" unknown ")).count()).as("judged dyad-years").isGreaterThan(50);
        assertThat(java).containsExactlyElementsOf(derived);
    }

    private static String line(String dyad, int year, String status, List<String> statuses, boolean certain, long facts) {
        return dyad + " " + year + " " + status + " " + statuses + " " + certain + " " + facts;
    }

    private static LocalDate date(Value value) {
        return value.isNull() ? null : value.asLocalDate();
    }
}
