package org.alliancegraph.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.alliancegraph.AllianceGraph;
import org.alliancegraph.TestGraph;
import org.alliancegraph.catalog.DatasetMeta;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;

/**
 * Silence is not zero: a dyad-year that no fact scores in has no integration, divergence or net.
 * Whether a dyad-year has evidence is decided here from the facts themselves, by method.md's rules
 * of what scores and by the year rule (a fact counts in every year its period possibly overlaps),
 * not by the index code under test.
 */
class NoEvidenceTests {

    /**
     * The facts method.md says score: treaties with obligations, flows of a kind that are not the
     * total of parts, disputes, events with an integration or divergence tone (or, without a tone,
     * of a kind that alone says its side), and envoys (roles with a host). Where the common record
     * dates a fact, the index reads the record's dates (method.md), so this reads them too.
     */
    static final String SCORING_FACTS = """
            MATCH (f:Fact) WHERE NOT f:Relation AND NOT f:Claim AND size(coalesce(f.dyadIds, [])) > 0
              AND ((f:Treaty AND size(coalesce(f.obligations, [])) > 0)
                OR (f:Flow AND f.flowKind IS NOT NULL AND NOT EXISTS { (f)-[:AGGREGATES]->() })
                OR f:Dispute
                OR (f:Event AND (f.tone IN ['integration', 'divergence']
                                 OR (f.tone IS NULL AND f.eventKind IN $kindsThatSayTheirSide)))
                OR (f:Role AND f.host IS NOT NULL))
            RETURN f.id AS id, f.dyadIds AS dyads,
                   CASE WHEN f.recordStart IS NOT NULL THEN f.recordStartEarliest ELSE f.startEarliest END AS from,
                   CASE WHEN f.recordEnd IS NOT NULL THEN f.recordEndLatest ELSE f.endLatest END AS to
            """;

    static AllianceGraph graph;
    static Map<String, Set<Integer>> evidence;
    static DatasetMeta.YearRange years;

    @BeforeAll
    static void read() {
        graph = AllianceGraph.on(TestGraph.driver());
        years = graph.meta().years();
        Weights weights = Weights.locate(null);
        List<String> kinds = new ArrayList<>();
        for (String kind : org.alliancegraph.model.Vocabulary.EVENT_KINDS) {
            if (weights.find("integration.event." + kind).isPresent() || weights.find("divergence.event." + kind).isPresent()) {
                kinds.add(kind);
            }
        }
        evidence = new TreeMap<>();
        for (Record r : TestGraph.driver().executableQuery(SCORING_FACTS).withParameters(Map.of("kindsThatSayTheirSide", kinds))
                .execute().records()) {
            int from = r.get("from").isNull() ? years.from() : r.get("from").asLocalDate().getYear();
            int to = r.get("to").isNull() ? years.to() : r.get("to").asLocalDate().getYear();
            for (String dyad : r.get("dyads").asList(v -> v.asString())) {
                for (int year = Math.max(from, years.from()); year <= Math.min(to, years.to()); year++) {
                    evidence.computeIfAbsent(dyad, d -> new TreeSet<>()).add(year);
                }
            }
        }
    }

    @Test
    @DisplayName("every dyad-year has a score exactly when a fact that method.md scores falls in it")
    void scoresExactlyWhereThereIsEvidence() {
        List<String> dyads = TestGraph.driver().executableQuery("MATCH (d:Dyad) RETURN d.id AS id ORDER BY id").execute()
                .records().stream().map(r -> r.get("id").asString()).toList();
        assertThat(dyads).hasSizeGreaterThan(30);
        List<String> wrong = new ArrayList<>();
        int silent = 0;
        for (String dyad : dyads) {
            String[] ab = dyad.split("/");
            for (int year = years.from(); year <= years.to(); year++) {
                boolean has = evidence.getOrDefault(dyad, Set.of()).contains(year);
                var score = graph.scores().of(ab[0], ab[1], year);
                DyadScore explained = graph.explain(ab[0], ab[1], year);
                if (has != score.isPresent() || has != (explained.net() != null)) {
                    wrong.add(dyad + " " + year + (has ? ": evidence, but no score" : ": no evidence, but a score"));
                }
                if (!has) {
                    silent++;
                    if (explained.integration() != null || explained.divergence() != null || !explained.contributions().isEmpty()) {
                        wrong.add(dyad + " " + year + ": no evidence, but explain gives numbers");
                    }
                }
            }
        }
        assertThat(silent).as("dyad-years without evidence").isGreaterThan(1000);
        assertThat(wrong).isEmpty();
    }

    @Test
    @DisplayName("the DPRK's index leaves the years without evidence empty, from 1945 to 1975 (none reads 0.0 for silence)")
    void dprkIndexHasNoZeroForSilence() {
        IndexResult index = graph.index("dprk", 1945, 1975);
        int empty = 0;
        for (IndexResult.Partner partner : index.partners()) {
            String dyad = "dprk".compareTo(partner.partner()) < 0 ? "dprk/" + partner.partner() : partner.partner() + "/dprk";
            for (IndexResult.Year year : partner.years()) {
                boolean has = evidence.getOrDefault(dyad, Set.of()).contains(year.year());
                assertThat(year.net() != null).as("%s %d", dyad, year.year()).isEqualTo(has);
                assertThat(year.integration() != null).isEqualTo(has);
                assertThat(year.divergence() != null).isEqualTo(has);
                empty += has ? 0 : 1;
            }
        }
        assertThat(empty).as("DPRK dyad-years from 1945 to 1975 without evidence").isGreaterThan(100);
    }

    @Test
    @DisplayName("a real zero stays possible: evidence that balances nets 0.0 with its facts listed")
    void balancedEvidenceIsAZero() {
        Weights file = Weights.locate(null);
        double defense = file.get("integration.treaty.defense");
        // method.md: a treaty scores the sum of its obligations' weights in its first year, a
        // severe dispute divergence.dispute.severe; the dispute's weight is set to the treaty's.
        Weights balanced = file.scaled("divergence.dispute.severe", defense / file.get("divergence.dispute.severe"));
        Scores scores = new IndexCalculator(balanced, 1950, 1950).compute(List.of(
                fact("treaty-x", "treaty", List.of("defense"), null, null, null),
                fact("dispute-x", "dispute", List.of(), null, null, "severe")));
        DyadScore score = scores.of("a", "b", 1950).orElseThrow();
        assertThat(score.integration()).isEqualTo(defense);
        assertThat(score.divergence()).isEqualTo(defense);
        assertThat(score.net()).isEqualTo(0.0);
        assertThat(score.contributions()).hasSize(2);
    }

    private static FactInput fact(String id, String type, List<String> obligations, String flowKind, String eventKind,
            String severity) {
        LocalDate jan1 = LocalDate.of(1950, 1, 1);
        LocalDate dec31 = LocalDate.of(1950, 12, 31);
        return new FactInput(id, type, List.of("a/b"), jan1, jan1, dec31, dec31, obligations, flowKind, eventKind, null,
                severity, null, null, null, "stated", false, false, id, null, "a quote");
    }
}
