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
}
