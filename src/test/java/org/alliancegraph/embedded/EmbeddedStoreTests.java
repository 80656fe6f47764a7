package org.alliancegraph.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alliancegraph.load.Ownership;
import org.alliancegraph.load.ScriptFailure;
import org.alliancegraph.load.ScriptLoader;
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

    static void write(EmbeddedNeo4j server, String cypher) {
        server.database().executeTransactionally(cypher);
    }

    static long count(EmbeddedNeo4j server, String label) {
        return server.database().executeTransactionally("MATCH (n:" + label + ") RETURN count(n) AS n", Map.of(),
                r -> (Long) r.next().get("n"));
    }

    EmbeddedStore.Opened open(ScriptSet scripts, EmbeddedStore.Access access) {
        return store().open(scripts, EmbeddedNeo4j.Connectors.none(), false, ScriptLoader.Mode.BATCHED, access, "serve");
    }

    @Test
    @DisplayName("the graph is read-only by default; a write under --writable is kept by the next writable start, "
            + "and the next read-only start finds it, warns and loads again, keeping the users' annotations")
    void readOnlyAndDrift() throws IOException {
        ScriptSet one = scripts("MERGE (:Thing {id: 'a'});");
        try (EmbeddedNeo4j server = open(one, EmbeddedStore.Access.READ_ONLY).server()) {
            assertThatThrownBy(() -> write(server, "CREATE (:Hack)")).hasMessageContaining("read-only");
        }
        try (EmbeddedNeo4j server = open(one, EmbeddedStore.Access.WRITABLE).server()) {
            write(server, "CREATE (:Hack)");
            write(server, "CREATE (:" + Ownership.USERS + " {text: 'a reader note'})");
        }
        progress.clear();
        EmbeddedStore.Opened kept = open(one, EmbeddedStore.Access.WRITABLE);
        try (EmbeddedNeo4j server = kept.server()) {
            assertThat(kept.outcome()).isEqualTo(EmbeddedStore.Outcome.REUSED);
            assertThat(count(server, "Hack")).isEqualTo(1);
            assertThat(progress).anyMatch(line -> line.startsWith("WARNING") && line.contains("kept as it is"));
        }
        progress.clear();
        EmbeddedStore.Opened reloaded = open(one, EmbeddedStore.Access.READ_ONLY);
        try (EmbeddedNeo4j server = reloaded.server()) {
            assertThat(reloaded.outcome()).isEqualTo(EmbeddedStore.Outcome.LOADED);
            assertThat(progress).anyMatch(line -> line.startsWith("WARNING") && line.contains("loading the scripts again"));
            assertThat(count(server, "Hack")).as("the stray write is gone").isZero();
            assertThat(count(server, Ownership.USERS)).as("the annotation survives").isEqualTo(1);
            assertThat(things(server)).isEqualTo(1);
            assertThatThrownBy(() -> write(server, "CREATE (:Hack)")).hasMessageContaining("read-only");
        }
        progress.clear();
        try (EmbeddedNeo4j server = open(one, EmbeddedStore.Access.READ_ONLY).server()) {
            assertThat(progress).anyMatch(line -> line.contains("nothing written since the last load"));
        }
    }

    @Test
    @DisplayName("one process at a time: a second opener of the data directory is told who holds it, and nothing is deleted")
    void oneHolderAtATime() throws IOException {
        ScriptSet one = scripts("MERGE (:Thing {id: 'a'});");
        try (EmbeddedNeo4j server = open(one, EmbeddedStore.Access.READ_ONLY).server()) {
            assertThatThrownBy(() -> store().rebuild(scripts("MERGE (:Thing {id: 'b'});"), ScriptLoader.Mode.BATCHED))
                    .isInstanceOf(StoreLock.StoreBusyException.class).hasMessageContaining("in use by serve (process "
                            + ProcessHandle.current().pid());
            assertThat(things(server)).as("the holder's store still answers").isEqualTo(1);
        }
        store().rebuild(scripts("MERGE (:Thing {id: 'b'}); MERGE (:Thing {id: 'c'});"), ScriptLoader.Mode.BATCHED);
        try (EmbeddedNeo4j server = open(scripts("MERGE (:Thing {id: 'b'}); MERGE (:Thing {id: 'c'});"),
                EmbeddedStore.Access.READ_ONLY).server()) {
            assertThat(things(server)).as("once released, the store is the next holder's").isEqualTo(2);
        }
    }

    @Test
    @DisplayName("a load killed with SIGKILL leaves a store that the next start detects and loads again")
    void killedLoadIsLoadedAgain() throws Exception {
        open(scripts("MERGE (:Thing {id: 'a'});"), EmbeddedStore.Access.READ_ONLY).server().close();
        // MERGE without an index scans every Filler so far: a load that lasts long enough to be killed.
        ScriptSet slow = scripts("MERGE (:Thing {id: 'z'});\nUNWIND range(1, 10000) AS i MERGE (:Filler {i: i});");
        Process load = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), "org.alliancegraph.Main", "load", "--data-dir",
                folder.resolve("data").toString(), "--scripts", folder.resolve("scripts").toString())
                .redirectErrorStream(true).start();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(load.getInputStream()))) {
            String line;
            while ((line = lines.readLine()) != null && !line.contains("schema:")) {
                // until the data transaction has begun
            }
            assertThat(line).as("the load reached its data transaction").isNotNull();
            Thread.sleep(500);
            load.destroyForcibly().waitFor();
        }
        progress.clear();
        EmbeddedStore.Opened next = open(slow, EmbeddedStore.Access.READ_ONLY);
        try (EmbeddedNeo4j server = next.server()) {
            assertThat(next.outcome()).isEqualTo(EmbeddedStore.Outcome.LOADED);
            assertThat(count(server, "Filler")).isEqualTo(10_000);
        }
    }

    @Test
    @DisplayName("a server whose password cannot be set is stopped, its port free again")
    void failedStartReleasesTheServer() throws IOException {
        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        EmbeddedNeo4j.Connectors tooShort = new EmbeddedNeo4j.Connectors("127.0.0.1", port, -1, java.util.Optional.of("abc"));
        assertThatThrownBy(() -> EmbeddedNeo4j.start(folder.resolve("pw"), tooShort)).hasMessageContaining("password");
        try (java.net.ServerSocket again = new java.net.ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }
}
