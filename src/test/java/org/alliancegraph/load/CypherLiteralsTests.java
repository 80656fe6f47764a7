package org.alliancegraph.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CypherLiteralsTests {

    @Test
    @DisplayName("a list of maps in Cypher's literal syntax reads into Cypher's types")
    void readsPlainLiterals() {
        List<Object> rows = CypherLiterals.list("""
                [
                  // a comment
                  {id: 'a', quote: 'the "Soviet" side\\'s view', amount: 614000000, share: 0.9, stated: true,
                   missing: null, notes: [16, 0], tags: ['x', "y"]},
                  /* another */ {id: 'b'}
                ]""").orElseThrow();

        assertThat(rows).hasSize(2);
        @SuppressWarnings("unchecked")
        Map<String, Object> first = (Map<String, Object>) rows.get(0);
        assertThat(first.get("quote")).isEqualTo("the \"Soviet\" side's view");
        assertThat(first.get("amount")).isEqualTo(614_000_000L);
        assertThat(first.get("share")).isEqualTo(0.9);
        assertThat(first.get("stated")).isEqualTo(true);
        assertThat(first).containsEntry("missing", null);
        assertThat(first.get("notes")).isEqualTo(List.of(16L, 0L));
        assertThat(first.get("tags")).isEqualTo(List.of("x", "y"));
    }

    @Test
    @DisplayName("a literal that JSON would read otherwise than Cypher is left to Neo4j")
    void leavesTheRestToNeo4j() {
        assertThat(CypherLiterals.list("[{d: date('1950-06-25')}]")).isEmpty();
        assertThat(CypherLiterals.list("[{x: $param}]")).isEmpty();
        assertThat(CypherLiterals.list("[{`odd key`: 1}]")).isEmpty();
        assertThat(CypherLiterals.list("[{x: TRUE}]")).isEmpty();
        assertThat(CypherLiterals.list("[{x: 0x1F}]")).isEmpty();
        assertThat(CypherLiterals.list("[{x: 99999999999999999999}]")).isEmpty();
        assertThat(CypherLiterals.list("{x: 1}")).isEmpty();
    }
}
