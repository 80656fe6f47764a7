package org.alliancegraph.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CypherScriptTests {

    @Test
    @DisplayName("splits on semicolons, and gives each statement the line it starts on")
    void splitsStatements() {
        CypherScript script = CypherScript.parse("a.cypher", """
                // a comment; not a statement
                CREATE (:A);

                MATCH (a:A)
                SET a.x = 1;
                """);

        assertThat(script.statements()).extracting(CypherScript.Statement::line).containsExactly(2, 4);
        assertThat(script.statements().get(1).text()).isEqualTo("MATCH (a:A)\nSET a.x = 1");
    }

    @Test
    @DisplayName("semicolons inside strings, quoted names and comments do not end a statement")
    void semicolonsInsideQuotes() {
        CypherScript script = CypherScript.parse("b.cypher", """
                CREATE (:A {quote: 'one; two', other: "three; four", escaped: 'it\\'s; here'});
                /* block; comment */ CREATE (:`odd;label`);
                CREATE (:B) // trailing; comment
                ;
                """);

        assertThat(script.statements()).hasSize(3);
        assertThat(script.statements().get(0).text()).contains("'it\\'s; here'");
        assertThat(script.statements().get(1).text()).contains("`odd;label`");
    }

    @Test
    @DisplayName("a script of comments only has no statement")
    void commentsOnly() {
        assertThat(CypherScript.parse("c.cypher", "// nothing\n/* at all */\n").statements()).isEmpty();
    }

    @Test
    @DisplayName("schema statements are told apart from data statements")
    void schemaStatements() {
        assertThat(ScriptLoader.isSchema("CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE")).isTrue();
        assertThat(ScriptLoader.isSchema("// why\ncreate index b if not exists for (n:B) on (n.x)")).isTrue();
        assertThat(ScriptLoader.isSchema("CREATE (:Index {name: 'CONSTRAINT'})")).isFalse();
    }

    @Test
    @DisplayName("a schema statement after comments and a blank line is still a schema statement")
    void schemaAfterCommentsAndBlankLine() {
        assertThat(ScriptLoader.isSchema("// header\n// more\n\nCREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE"))
                .isTrue();
    }

    @Test
    @DisplayName("a leading UNWIND list is found whole, brackets in strings and comments notwithstanding")
    void unwoundList() {
        String statement = """
                // header ] not the end
                UNWIND [
                  // one
                  {id: 'a]', tags: ['x', 'y']},
                  {id: 'b', note: 'it\\'s, [odd]'}
                ] AS row
                MERGE (n:N {id: row.id})""";

        CypherScript.Unwound unwound = CypherScript.unwound(statement).orElseThrow();

        assertThat(unwound.after()).isEqualTo(" AS row\nMERGE (n:N {id: row.id})");
        assertThat(unwound.elements()).hasSize(2);
        assertThat(unwound.elements().get(0)).startsWith("// one").endsWith("{id: 'a]', tags: ['x', 'y']}");
        assertThat(CypherScript.unrolled(statement)).hasSize(2)
                .allSatisfy(s -> assertThat(s).startsWith("// header ] not the end\nUNWIND [").endsWith("MERGE (n:N {id: row.id})"));
        assertThat(CypherScript.unwound("MATCH (n) RETURN n")).isEmpty();
        assertThat(CypherScript.unwound("UNWIND range(1, 3) AS x RETURN x")).isEmpty();
        assertThat(CypherScript.unrolled("MATCH (n) RETURN n")).containsExactly("MATCH (n) RETURN n");
    }
}
