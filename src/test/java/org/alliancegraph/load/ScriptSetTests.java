package org.alliancegraph.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptSetTests {

    @TempDir
    Path folder;

    @Test
    @DisplayName("takes the top-level .cypher files in name order and never the queries folder")
    void topLevelInNameOrder() throws IOException {
        Files.writeString(folder.resolve("20-b.cypher"), "CREATE (:B);");
        Files.writeString(folder.resolve("10-a.cypher"), "CREATE (:A);");
        Files.writeString(folder.resolve("notes.txt"), "not a script");
        Files.createDirectories(folder.resolve("queries"));
        Files.writeString(folder.resolve("queries/q.cypher"), "MATCH (n) RETURN n;");

        ScriptSet scripts = ScriptSet.fromDirectory(folder);

        assertThat(scripts.scripts()).extracting(CypherScript::name).containsExactly("10-a.cypher", "20-b.cypher");
    }

    @Test
    @DisplayName("the fingerprint changes when a script changes, and only then")
    void fingerprint() throws IOException {
        Files.writeString(folder.resolve("10-a.cypher"), "CREATE (:A);");
        String first = ScriptSet.fromDirectory(folder).fingerprint();

        assertThat(ScriptSet.fromDirectory(folder).fingerprint()).isEqualTo(first);
        Files.writeString(folder.resolve("10-a.cypher"), "CREATE (:A {changed: true});");
        assertThat(ScriptSet.fromDirectory(folder).fingerprint()).isNotEqualTo(first);
    }

    @Test
    @DisplayName("a missing or empty folder is an error that names it")
    void missingFolder() {
        assertThatThrownBy(() -> ScriptSet.fromDirectory(folder.resolve("nowhere")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nowhere");
        assertThatThrownBy(() -> ScriptSet.fromDirectory(folder))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no .cypher file");
    }

    @Test
    @DisplayName("the project's scripts split into statements that each end where they should")
    void projectScripts() {
        ScriptSet scripts = ScriptSet.fromDirectory(Path.of("cypher"));

        assertThat(scripts.scripts()).extracting(CypherScript::name).startsWith("00-schema.cypher").endsWith("90-derive.cypher");
        assertThat(scripts.scripts()).allSatisfy(s -> assertThat(s.statements()).isNotEmpty());
        assertThat(scripts.scripts().stream().flatMap(s -> s.statements().stream()))
                .allSatisfy(st -> assertThat(st.text()).doesNotEndWith(";"));
    }
}
