package org.alliancegraph.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.alliancegraph.AllianceGraph;
import org.alliancegraph.NotFoundException;
import org.alliancegraph.TestGraph;
import org.alliancegraph.load.ScriptSet;
import org.alliancegraph.timeline.Evidence;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The article's argument as claims: read back with their evidence, never scored, never a tie. */
class ClaimsTests {

    static AllianceGraph graph() {
        return AllianceGraph.on(TestGraph.driver());
    }

    static Claim claim(String id) {
        return graph().claim(id);
    }

    static List<String> supportDyads(Claim claim) {
        return claim.supportedBy().stream().flatMap(s -> s.dyads().stream()).distinct().toList();
    }

    @Nested
    @DisplayName("what the article argues")
    class TheArgument {

        @Test
        @DisplayName("the twin pillars, Moscow and Beijing, played equally important roles: supported by facts of both")
        void twinPillars() {
            Claim pillars = claim("claim-twin-pillars-equally-important");

            assertThat(pillars.sources()).first().extracting(Evidence::quote).asString()
                    .startsWith("The twin pillars of the regime's diplomacy").contains("played equally important roles");
            assertThat(pillars.about()).contains("ussr", "prc");
            assertThat(supportDyads(pillars)).contains("dprk/ussr", "dprk/prc");
            assertThat(pillars.supportedBy()).extracting(Claim.Support::id)
                    .contains("treaty-ussr-dprk-friendship-cooperation-mutual-assistance",
                            "treaty-prc-dprk-friendship-cooperation-mutual-assistance");
        }

        @Test
        @DisplayName("the speech of December 1955 was a bid for a more independent policy, resting on the speech itself")
        void chucheSpeech() {
            Claim speech = claim("claim-1955-speech-bid-for-independence");

            assertThat(speech.sources().get(0).quote()).contains("more independent policy vis-à-vis the DPRK's powerful neighbors");
            assertThat(speech.sources().get(0).section()).isEqualTo("divergence");
            assertThat(speech.supportedBy()).extracting(Claim.Support::id)
                    .contains("event-kim-chuche-speech-1955", "dispute-kim-yanan-cadres-chuche-speech-1955");
            assertThat(supportDyads(speech)).as("the speech targeted both Soviet and Chinese influence")
                    .contains("dprk/ussr", "dprk/prc");
        }

        @Test
        @DisplayName("the Soviet bloc was a rug, not a monolith: found from Bulgaria and Hungary, whose crises support it")
        void rugNotMonolith() {
            assertThat(graph().claims("Bulgaria")).extracting(Claim::id).contains("claim-soviet-bloc-a-rug-not-a-monolith");
            assertThat(graph().claims("hungary")).extracting(Claim::id).contains("claim-soviet-bloc-a-rug-not-a-monolith");
            assertThat(claim("claim-soviet-bloc-a-rug-not-a-monolith").sources()).extracting(Evidence::quote)
                    .anySatisfy(q -> assertThat(q).contains("a rug, with patches, holes, and disputes"));
        }

        @Test
        @DisplayName("after the war the superpowers backed no further effort to unify Korea: a thesis of the introduction")
        void noSecondWar() {
            Claim refusal = claim("claim-no-backing-for-another-war-of-unification");

            assertThat(refusal.sources().get(0).section()).isEqualTo("intro");
            assertThat(refusal.sources().get(0).note()).isNull();
            assertThat(refusal.supportedBy()).extracting(Claim.Support::id)
                    .contains("treaty-korean-armistice-1953", "event-dprk-military-delegation-moscow-1962");
        }

        @Test
        @DisplayName("claims come section by section: the introduction's thesis first, the conclusion's last")
        void inTheArticlesOrder() {
            List<Claim> claims = graph().claims();

            assertThat(claims.get(0).id()).isEqualTo("claim-dprk-more-integrated-than-its-rhetoric");
            assertThat(claims.get(claims.size() - 1).sources().get(0).section()).isEqualTo("conclusion");
            assertThat(claims).allSatisfy(c -> {
                assertThat(c.sources()).isNotEmpty();
                assertThat(c.supportedBy()).isNotEmpty();
                assertThat(c.supportedBy()).extracting(Claim.Support::type).doesNotContain("claim");
            });
        }

        @Test
        @DisplayName("a claim is a fact of type claim, which concerns no dyad")
        void aFactOfItsOwnKind() {
            var fact = graph().fact("claim-twin-pillars-equally-important");

            assertThat(fact.fact().type()).isEqualTo("claim");
            assertThat(fact.fact().dyads()).isEmpty();
            assertThat(fact.actors()).extracting(a -> a.role()).containsOnly("subject");
            assertThat(fact.details()).containsKey("supportedBy");
        }

        @Test
        @DisplayName("an unknown claim, or a fact that is no claim, is not found")
        void unknown() {
            assertThatThrownBy(() -> claim("claim-twin-pillar")).isInstanceOf(NotFoundException.class)
                    .hasMessageContaining("claim-twin-pillars-equally-important");
            assertThatThrownBy(() -> claim("event-kim-chuche-speech-1955")).isInstanceOf(NotFoundException.class);
        }
    }

    @Nested
    @DisplayName("claims never score and are never a tie's facts")
    class NeverScored {

        @Test
        @DisplayName("no claim concerns a dyad")
        void noDyads() {
            List<Record> rows = TestGraph.driver().executableQuery("""
                    MATCH (c:Claim) WHERE c.dyadIds IS NOT NULL OR EXISTS { MATCH (c)-[:CONCERNS]->() }
                    RETURN c.id AS id""").execute().records();

            assertThat(rows).isEmpty();
        }

        @Test
        @DisplayName("the graph without the claims has the same yearly ties and the same index, dyad by dyad and year by year")
        void sameTiesAndIndexWithoutClaims() {
            ScriptSet all = TestGraph.scripts();
            ScriptSet withoutClaims = new ScriptSet("without claims",
                    all.scripts().stream().filter(s -> !s.name().equals("80-claims.cypher")).toList());
            assertThat(withoutClaims.scripts()).hasSize(all.scripts().size() - 1);
            var scratch = TestGraph.scratch();
            scratch.load(withoutClaims, line -> { });
            Driver bare = TestGraph.scratchDriver();
            JsonMapper json = JsonMapper.builder().build();

            assertThat(count(bare, "MATCH (c:Claim) RETURN count(c) AS n")).isZero();
            assertThat(count(TestGraph.driver(), "MATCH (c:Claim) RETURN count(c) AS n")).isPositive();
            assertThat(ties(TestGraph.driver())).isNotEmpty().isEqualTo(ties(bare));
            JsonNode withClaims = json.valueToTree(graph().scores());
            JsonNode without = json.valueToTree(AllianceGraph.on(bare).scores());
            assertThat(withClaims).isEqualTo(without);
        }

        @Test
        @DisplayName("the facts behind DPRK-USSR in 1963 and DPRK-PRC in 1966 include no claim")
        void explanationsHoldNoClaim() {
            assertThat(graph().explain("dprk", "ussr", 1963).contributions()).isNotEmpty()
                    .noneSatisfy(c -> assertThat(c.fact()).startsWith("claim-"));
            assertThat(graph().explain("dprk", "prc", 1966).contributions()).isNotEmpty()
                    .noneSatisfy(c -> assertThat(c.fact()).startsWith("claim-"));
        }

        @Test
        @DisplayName("the dataset's counts keep claims apart from facts, as the catalogue in seeds/ does")
        void countedApart() throws java.io.IOException {
            var counts = graph().meta().counts();
            var source = graph().meta().sources().get(0);
            java.util.regex.Matcher catalogue = java.util.regex.Pattern.compile("Facts: \\*\\*(\\d+)\\*\\*, and \\*\\*(\\d+)\\*\\* claims")
                    .matcher(java.nio.file.Files.readString(java.nio.file.Path.of("seeds/agov-2013.md")));

            assertThat(catalogue.find()).as("seeds/agov-2013.md states its counts of facts and claims").isTrue();
            assertThat(counts.facts()).isEqualTo(Long.parseLong(catalogue.group(1)))
                    .isEqualTo(count(TestGraph.driver(), "MATCH (f:Fact) WHERE NOT f:Claim RETURN count(f) AS n"));
            assertThat(counts.claims()).isEqualTo(Long.parseLong(catalogue.group(2)))
                    .isEqualTo(count(TestGraph.driver(), "MATCH (c:Claim) RETURN count(c) AS n")).isPositive();
            assertThat(source.facts()).isEqualTo(counts.facts());
            assertThat(source.claims()).isEqualTo(counts.claims());
        }

        private static long count(Driver driver, String query) {
            return driver.executableQuery(query).execute().records().get(0).get("n").asLong();
        }

        private static Map<String, String> ties(Driver driver) {
            Map<String, String> ties = new TreeMap<>();
            for (Record r : driver.executableQuery("""
                    MATCH ()-[t:TIE]->() RETURN t.dyad AS dyad, t.year AS year, t.status AS status, t.facts AS facts""")
                    .execute().records()) {
                ties.put(r.get("dyad").asString() + " " + r.get("year").asInt(),
                        r.get("status").asString() + " " + r.get("facts").asInt());
            }
            return ties;
        }
    }
}
