package org.alliancegraph.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.alliancegraph.AllianceGraph;
import org.alliancegraph.InvalidRequestException;
import org.alliancegraph.NotFoundException;
import org.alliancegraph.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The relations of a year, stated the way the article states them. */
class RelationsInYearTests {

    static AllianceGraph graph;

    @BeforeAll
    static void graph() {
        graph = AllianceGraph.on(TestGraph.driver());
    }

    static DyadYear dyad(Relations relations, String a, String b) {
        return relations.dyads().stream().filter(d -> d.a().equals(a) && d.b().equals(b)).findFirst()
                .orElseThrow(() -> new AssertionError("no dyad " + a + "/" + b + " in " + relations.year()));
    }

    static boolean citesNote(FactSummary fact, int note) {
        return fact.sources().stream().anyMatch(e -> Integer.valueOf(note).equals(e.note()));
    }

    @Nested
    @DisplayName("in 1949")
    class In1949 {

        @Test
        @DisplayName("the DPRK-USSR tie shows Soviet trade of 614 million rubles, about 90 percent of the DPRK's foreign trade (note 6)")
        void sovietShareOfTrade() {
            DyadYear dprkUssr = dyad(graph.relationsIn(1949), "dprk", "ussr");

            FactSummary trade = dprkUssr.facts().stream().filter(f -> f.type().equals("flow") && citesNote(f, 6))
                    .findFirst().orElseThrow();
            FactDetail detail = graph.fact(trade.id());
            assertThat(((Number) detail.details().get("amount")).longValue()).isEqualTo(614_000_000L);
            assertThat(detail.details()).containsEntry("unit", "rubles").containsEntry("share", 0.9);
            assertThat(trade.certain()).isTrue();
        }
    }

    @Nested
    @DisplayName("in 1950")
    class In1950 {

        @Test
        @DisplayName("the USSR-PRC edge is allied (the treaty of February 14, 1950)")
        void sinoSovietAlliance() {
            DyadYear prcUssr = dyad(graph.relationsIn(1950), "prc", "ussr");

            assertThat(prcUssr.status()).isEqualTo("allied");
            assertThat(prcUssr.facts()).anySatisfy(f -> {
                assertThat(f.type()).isEqualTo("treaty");
                assertThat(f.start()).isEqualTo("1950-02-14");
            });
        }
    }

    @Nested
    @DisplayName("in 1951")
    class In1951 {

        @Test
        @DisplayName("the DPRK-PRC tie shows both the joint command and the southward-strategy dispute")
        void jointCommandAndSouthwardDispute() {
            DyadYear dprkPrc = dyad(graph.relationsIn(1951), "dprk", "prc");

            assertThat(dprkPrc.facts()).anySatisfy(f -> {
                assertThat(f.type()).isEqualTo("treaty");
                assertThat(graph.fact(f.id()).details().get("obligations")).asList().contains("joint-command");
                assertThat(f.start()).startsWith("1950-12");
            });
            assertThat(dprkPrc.facts()).anySatisfy(f -> {
                assertThat(f.type()).isEqualTo("dispute");
                assertThat(f.start()).startsWith("1951-01");
                assertThat(citesNote(f, 34) || citesNote(f, 35)).isTrue();
            });
        }

        @Test
        @DisplayName("the Sino-Soviet-DPRK triangle is all allied, and balanced")
        void triangle() {
            Triangle triangle = graph.triangle(1951);

            assertThat(triangle.edges()).extracting(Triangle.Edge::status).containsOnly("allied");
            assertThat(triangle.balance()).isEqualTo("balanced");
        }
    }

    @Nested
    @DisplayName("in 1953")
    class In1953 {

        @Test
        @DisplayName("the Armistice is in force from July 27 and not a year before")
        void armistice() {
            DyadYear dprkUnc = dyad(graph.relationsIn(1953), "dprk", "unc");

            FactSummary armistice = dprkUnc.facts().stream().filter(f -> f.type().equals("treaty"))
                    .filter(f -> f.summary().toLowerCase().contains("armistice"))
                    .findFirst().orElseThrow();
            assertThat(armistice.start()).isEqualTo("1953-07-27");
            assertThat(armistice.certain()).isTrue();
            assertThat(dyad(graph.relationsIn(1952), "dprk", "unc").facts()).extracting(FactSummary::id)
                    .doesNotContain(armistice.id());
        }
    }

    @Nested
    @DisplayName("in 1963 and 1967")
    class SinoSovietSplit {

        @Test
        @DisplayName("in 1963 the DPRK is close to the PRC while Soviet relations are frozen, in 1967 the reverse")
        void sidesInTheSplit() {
            Triangle in1963 = graph.triangle(1963);
            Triangle in1967 = graph.triangle(1967);

            assertThat(edge(in1963, "dprk", "prc").sign()).isGreaterThan(edge(in1963, "dprk", "ussr").sign());
            assertThat(edge(in1967, "dprk", "ussr").sign()).isGreaterThan(edge(in1967, "dprk", "prc").sign());
            assertThat(edge(in1963, "dprk", "ussr").status()).isEqualTo("frozen");
        }

        Triangle.Edge edge(Triangle triangle, String a, String b) {
            return triangle.edges().stream().filter(e -> e.a().equals(a) && e.b().equals(b)).findFirst().orElseThrow();
        }
    }

    @Nested
    @DisplayName("dates of coarse precision")
    class CoarseDates {

        @Test
        @DisplayName("a fact dated only to a decade possibly falls in a year of it, and comes back as uncertain, not dropped")
        void uncertainFact() {
            List<FactSummary> facts = graph.relationsIn(1955).dyads().stream().flatMap(d -> d.facts().stream())
                    .filter(f -> f.startPrecision().equals("decade")).toList();

            assertThat(facts).isNotEmpty().allSatisfy(f -> assertThat(f.certain()).isFalse());
        }

        @Test
        @DisplayName("every fact of a year carries its evidence: an exact quote and its note or section")
        void evidence() {
            assertThat(graph.relationsIn(1962).dyads()).flatExtracting(DyadYear::facts).allSatisfy(f -> {
                assertThat(f.sources()).isNotEmpty();
                assertThat(f.sources().get(0).quote()).isNotBlank();
            });
        }
    }

    @Nested
    @DisplayName("asked by name")
    class ByName {

        @Test
        @DisplayName("'North Korea', 'P'yŏngyang' and 'Kim Il-sung' all limit the relations to the DPRK's dyads")
        void actorByAlias() {
            for (String name : List.of("North Korea", "P'yŏngyang", "Kim Il-sung")) {
                Relations relations = graph.relationsIn(1956, name);
                assertThat(relations.actor()).isEqualTo("dprk");
                assertThat(relations.dyads()).isNotEmpty()
                        .allSatisfy(d -> assertThat(List.of(d.a(), d.b())).contains("dprk"));
            }
        }
    }

    @Nested
    @DisplayName("asked wrongly")
    class Errors {

        @Test
        @DisplayName("a year outside the data's range names the range")
        void yearOutOfRange() {
            assertThatThrownBy(() -> graph.relationsIn(1900)).isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("1900").hasMessageContaining("1945 to");
        }

        @Test
        @DisplayName("an unknown actor suggests the closest ids")
        void unknownActor() {
            assertThatThrownBy(() -> graph.relationsIn(1951, "Bulgaira")).isInstanceOf(NotFoundException.class)
                    .satisfies(e -> assertThat(((NotFoundException) e).suggestions()).contains("bulgaria"));
        }

        @Test
        @DisplayName("a span that ends before it starts is refused")
        void fromAfterTo() {
            assertThatThrownBy(() -> graph.timeline("dprk", "prc", 1960, 1950)).isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("from (1960) is after to (1950)");
        }

        @Test
        @DisplayName("an unknown fact type lists the known ones")
        void unknownType() {
            assertThatThrownBy(() -> graph.facts(Optional.empty(), Optional.of("alliance"), Optional.empty(), Optional.empty()))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("relation");
        }
    }
}
