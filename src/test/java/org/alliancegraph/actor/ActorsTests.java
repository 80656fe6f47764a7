package org.alliancegraph.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.alliancegraph.TestGraph;
import org.alliancegraph.system.Reads;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;

class ActorsTests {

    final Actors actors = new Actors(Reads.on(TestGraph.driver()));

    @Test
    @DisplayName("look-ups ignore case, diacritics, apostrophes and hyphens")
    void folding() {
        assertThat(actors.get("Kim Il-sung").id()).isEqualTo("kim-il-sung");
        assertThat(actors.get("kim ilsong").id()).isEqualTo("kim-il-sung");
        assertThat(actors.get("PAK HŎNYŎNG").id()).isEqualTo("pak-honyong");
        assertThat(actors.get("Pyongyang").id()).isEqualTo("dprk");
        assertThat(actors.get("East Germany").cow()).isEqualTo(265);
    }

    @Test
    @DisplayName("a person stands in dyads for the state it acts for")
    void dyadSide() {
        assertThat(actors.dyadSide("Stalin")).isEqualTo("ussr");
        assertThat(actors.dyadSide("prc")).isEqualTo("prc");
    }

    @Test
    @DisplayName("the Java folding of every name and alias gives a key the graph stores for that actor")
    void javaAndCypherFoldAlike() {
        Map<String, List<String>> keys = TestGraph.driver().executableQuery(
                        "MATCH (n:Name)-[:NAMES]->(a:Actor) RETURN a.id AS id, collect(n.key) AS keys").execute().records()
                .stream().collect(Collectors.toMap(r -> r.get("id").asString(), r -> r.get("keys").asList(Value::asString)));
        for (ActorRecord actor : actors.all()) {
            for (String name : actor.aliases()) {
                assertThat(keys.get(actor.id())).as(actor.id() + " / " + name).contains(Actors.key(name));
            }
            assertThat(keys.get(actor.id())).contains(Actors.key(actor.name()));
        }
    }

    @Test
    @DisplayName("groups list their members: the East European countries include Bulgaria and the GDR")
    void groups() {
        assertThat(actors.get("east-european-countries").members()).contains("bulgaria", "gdr");
    }
}
