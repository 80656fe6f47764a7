package org.alliancegraph.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alliancegraph.load.ScriptFailure;
import org.alliancegraph.load.ScriptSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store keeps in step with its scripts, all or nothing, on a small graph of its own. */
class EmbeddedStoreTests {

    @TempDir
    Path folder;

    final List<String> progress = new ArrayList<>();

    ScriptSet scripts(String data) throws IOException {
        Path scripts = Files.createDirectories(folder.resolve("scripts"));
        Files.writeString(scripts.resolve("00-schema.cypher"),
                "CREATE CONSTRAINT thing_id IF NOT EXISTS FOR (t:Thing) REQUIRE t.id IS UNIQUE;");
        Files.writeString(scripts.resolve("10-data.cypher"), data);
        return ScriptSet.fromDirectory(scripts);
    }

    EmbeddedStore store() {
        return new EmbeddedStore(folder.resolve("data"), progress::add);
    }

    static long things(EmbeddedNeo4j server) {
        return server.database().executeTransactionally("MATCH (t:Thing) RETURN count(t) AS n", Map.of(),
                r -> (Long) r.next().get("n"));
    }

    @Test
    @DisplayName("the first open loads the scripts; a second with unchanged scripts reuses the store; a change rebuilds it")
    void loadReuseRebuild() throws IOException {
        try (EmbeddedNeo4j server = store().open(scripts("MERGE (:Thing {id: 'a'});"), EmbeddedNeo4j.Connectors.none(),
                false).server()) {
            assertThat(things(server)).isEqualTo(1);
        }
        EmbeddedStore.Opened reused = store().open(scripts("MERGE (:Thing {id: 'a'});"), EmbeddedNeo4j.Connectors.none(), false);
        try (EmbeddedNeo4j server = reused.server()) {
            assertThat(reused.outcome()).isEqualTo(EmbeddedStore.Outcome.REUSED);
            assertThat(things(server)).isEqualTo(1);
        }
        EmbeddedStore.Opened rebuilt = store().open(scripts("MERGE (:Thing {id: 'a'}); MERGE (:Thing {id: 'b'});"),
                EmbeddedNeo4j.Connectors.none(), false);
        try (EmbeddedNeo4j server = rebuilt.server()) {
            assertThat(rebuilt.outcome()).isEqualTo(EmbeddedStore.Outcome.LOADED);
            assertThat(things(server)).isEqualTo(2);
        }
        EmbeddedStore.Opened fresh = store().open(scripts("MERGE (:Thing {id: 'a'}); MERGE (:Thing {id: 'b'});"),
                EmbeddedNeo4j.Connectors.none(), true);
        try (EmbeddedNeo4j server = fresh.server()) {
            assertThat(fresh.outcome()).isEqualTo(EmbeddedStore.Outcome.LOADED);
        }
    }

    @Test
    @DisplayName("a failing script leaves the previous store answering, and the message names the file, line and statement")
    void failingScriptKeepsPreviousStore() throws IOException {
        store().open(scripts("MERGE (:Thing {id: 'a'});"), EmbeddedNeo4j.Connectors.none(), false).server().close();

        EmbeddedStore.Opened kept = store().open(scripts("MERGE (:Thing {id: 'a'});\nMERGE (:Thing {id: 'b'});\nMERGE (:Thing {id: );"),
                EmbeddedNeo4j.Connectors.none(), false);
        try (EmbeddedNeo4j server = kept.server()) {
            assertThat(kept.outcome()).isEqualTo(EmbeddedStore.Outcome.KEPT_PREVIOUS);
            assertThat(things(server)).as("nothing of the failed load is visible").isEqualTo(1);
            assertThat(kept.failure()).hasValueSatisfying(f -> {
                assertThat(f.script()).isEqualTo("10-data.cypher");
                assertThat(f.line()).isEqualTo(3);
                assertThat(f.getMessage()).contains("10-data.cypher, line 3").contains("MERGE (:Thing {id: )");
            });
        }
        assertThat(Files.exists(folder.resolve("data").resolve(EmbeddedStore.BUILDING))).isFalse();
    }

    @Test
    @DisplayName("a failing script with no previous store to fall back on is an error, and leaves no half-built store")
    void failingFirstLoad() throws IOException {
        ScriptSet broken = scripts("MERGE (:Thing {id: 'a'});\nTHIS IS NOT CYPHER;");

        assertThatThrownBy(() -> store().open(broken, EmbeddedNeo4j.Connectors.none(), false))
                .isInstanceOf(ScriptFailure.class).hasMessageContaining("10-data.cypher, line 2");
        assertThat(Files.exists(folder.resolve("data").resolve(EmbeddedStore.STORE))).isFalse();
        assertThat(Files.exists(folder.resolve("data").resolve(EmbeddedStore.BUILDING))).isFalse();
    }

    @Test
    @DisplayName("an empty data directory gets a copy of the build's store when the scripts are the same, else a load")
    void copiesThePrebuiltStore() throws IOException {
        ScriptSet two = scripts("MERGE (:Thing {id: 'a'}); MERGE (:Thing {id: 'b'});");
        store().open(two, EmbeddedNeo4j.Connectors.none(), false).server().close();
        Path prebuilt = folder.resolve("prebuilt");
        store().saveAsPrebuilt(prebuilt);
        System.setProperty(EmbeddedStore.PREBUILT, prebuilt.toString());
        try {
            EmbeddedStore.Opened copied = new EmbeddedStore(folder.resolve("other"), progress::add)
                    .open(two, EmbeddedNeo4j.Connectors.none(), false);
            try (EmbeddedNeo4j server = copied.server()) {
                assertThat(copied.outcome()).isEqualTo(EmbeddedStore.Outcome.COPIED);
                assertThat(things(server)).isEqualTo(2);
            }
            EmbeddedStore.Opened loaded = new EmbeddedStore(folder.resolve("third"), progress::add)
                    .open(scripts("MERGE (:Thing {id: 'c'});"), EmbeddedNeo4j.Connectors.none(), false);
            try (EmbeddedNeo4j server = loaded.server()) {
                assertThat(loaded.outcome()).as("other scripts: the copy would be another graph").isEqualTo(EmbeddedStore.Outcome.LOADED);
                assertThat(things(server)).isEqualTo(1);
            }
        } finally {
            System.clearProperty(EmbeddedStore.PREBUILT);
        }
    }
}
