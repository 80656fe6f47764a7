package org.alliancegraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.alliancegraph.index.DyadScore;
import org.alliancegraph.index.Scores;
import org.alliancegraph.model.Status;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;

/** The scores and status relationships the load writes beside the facts. */
class TieScoresTests {

    private static final String TIES = """
            MATCH (a:Actor)-[t:TIE]->(b:Actor)
            OPTIONAL MATCH (a)-[s]->(b) WHERE s.year = t.year AND NOT s:TIE
            RETURN a.id AS a, b.id AS b, t.year AS year, t.status AS status, t.integration AS integration,
                   t.divergence AS divergence, t.net AS net, collect(type(s)) AS types, collect(s.net) AS statusNets""";

    @Test
    @DisplayName("every TIE holds the index's scores of its year, absent where the index has no evidence, and one status relationship of its status's type")
    void scoresAndStatuses() {
        Scores scores = AllianceGraph.on(TestGraph.driver()).scores();
        List<Record> ties = TestGraph.driver().executableQuery(TIES).execute().records();
        assertThat(ties).hasSizeGreaterThan(400);
        int withoutEvidence = 0;
        for (Record tie : ties) {
            String a = tie.get("a").asString(), b = tie.get("b").asString();
            int year = tie.get("year").asInt();
            DyadScore score = scores.of(a, b, year).orElse(DyadScore.noEvidence(a, b, year));
            String what = a + "/" + b + " " + year;
            if (score.net() == null) {
                withoutEvidence++;
                assertThat(tie.get("net").isNull()).as(what + ": no net without evidence").isTrue();
                assertThat(tie.get("integration").isNull()).as(what).isTrue();
            } else {
                assertThat(tie.get("net").asDouble()).as(what).isEqualTo(score.net());
                assertThat(tie.get("integration").asDouble()).as(what).isEqualTo(score.integration());
                assertThat(tie.get("divergence").asDouble()).as(what).isEqualTo(score.divergence());
            }
            assertThat(tie.get("types").asList()).as(what + ": one status relationship")
                    .containsExactly(Status.of(tie.get("status").asString()).orElseThrow().name());
            assertThat(tie.get("statusNets").asList()).as(what).isEqualTo(tie.get("net").isNull() ? List.of()
                    : List.of(tie.get("net").asDouble()));
        }
        assertThat(withoutEvidence).as("ties of years the article scores nothing in").isPositive();
    }
}
